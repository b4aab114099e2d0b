/**
 * The sites Mindful Draft checks by default: the content script's `matches`, and the list the popup and options page
 * show. Composers on these sites live in the top page or in iframes of the same origin.
 */
export interface DefaultSite {
  name: string;
  matches: readonly string[];
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { name: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    name: 'Outlook',
    matches: [
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.cloud.microsoft/*',
    ],
  },
  { name: 'Yahoo Mail', matches: ['https://mail.yahoo.com/*'] },
  { name: 'Proton Mail', matches: ['https://mail.proton.me/*'] },
  { name: 'Fastmail', matches: ['https://app.fastmail.com/*', 'https://www.fastmail.com/*'] },
  { name: 'Slack', matches: ['https://app.slack.com/*'] },
  { name: 'Discord', matches: ['https://discord.com/*'] },
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
  { name: 'Messenger', matches: ['https://www.messenger.com/*'] },
  { name: 'Telegram Web', matches: ['https://web.telegram.org/*'] },
  { name: 'Microsoft Teams', matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
  { name: 'Google Chat', matches: ['https://chat.google.com/*'] },
  { name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { name: 'Instagram', matches: ['https://www.instagram.com/*'] },
];

/** Every default match pattern, in the order above. */
export const DEFAULT_SITE_MATCHES: string[] = DEFAULT_SITES.flatMap((s) => [...s.matches]);

/** The default site a host name belongs to, if any: a cheap check that needs no match-pattern engine. */
export function defaultSiteFor(hostname: string): DefaultSite | undefined {
  return DEFAULT_SITES.find((site) => site.matches.some((m) => new URL(m.replace('/*', '/')).hostname === hostname));
}
