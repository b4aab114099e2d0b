import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** the page's address; missing when the browser does not show it to the extension */
  url?: string;
}

/**
 * The tab the popup acts on. From the toolbar that is the active tab of the current window (clicking the button lets the
 * extension read its address). Opened as a page, `popup.html?tab=<id>` names the tab instead; since no click granted
 * access to it, its address comes along as `&url=` when the opener knows it (the toolbar grant cannot be given to a page).
 */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const params = new URLSearchParams(search);
  const asked = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(asked) && asked >= 0) {
    const tab = await browser.tabs.get(asked).catch(() => null);
    if (!tab || tab.id === undefined) return null;
    const url = tab.url ?? params.get('url') ?? undefined;
    return url ? { id: tab.id, url } : { id: tab.id };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

/** True when opened from the toolbar (not as a page), where closing after an action hands focus back to the page. */
export function isToolbarPopup(search = location.search): boolean {
  return !new URLSearchParams(search).has('tab');
}

export interface Site {
  /** host name, as the content script reports it and pausing keys on */
  host: string;
  /** scheme, host and port: what a permission and a registration are for */
  origin: string;
}

/** The site of a web page; null for the browser's own pages, files and other schemes nothing can be checked on. */
export function siteOf(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return { host: parsed.hostname.toLowerCase(), origin: parsed.origin };
  } catch {
    return null;
  }
}
