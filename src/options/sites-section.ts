import { disableSite } from '../background/site-registration';
import { DEFAULT_SITES } from '../content/sites';
import { resumeSite, type Settings } from '../settings/settings';
import { h } from '../popup/dom';

export function renderSites(root: HTMLElement, settings: Settings): void {
  const paused = settings.pausedSites.length
    ? h(
        'ul',
        { class: 'rows', id: 'paused-list' },
        ...settings.pausedSites.map((host) => {
          const button = h('button', {
            type: 'button',
            'aria-label': `Turn hints back on for ${host}`,
            text: 'Turn back on',
          });
          button.addEventListener('click', () => void resumeSite(host));
          return h('li', {}, h('span', { text: host }), button);
        }),
      )
    : h('p', { class: 'muted', text: 'None. Pause a site from the toolbar menu while you are on it.' });
  const added = settings.addedSites.length
    ? h(
        'ul',
        { class: 'rows', id: 'added-list' },
        ...settings.addedSites.map((origin) => {
          const button = h('button', { type: 'button', 'aria-label': `Stop checking ${origin}`, text: 'Remove' });
          button.addEventListener('click', () => void disableSite(origin));
          return h('li', {}, h('span', { text: origin }), button);
        }),
      )
    : h('p', {
        class: 'muted',
        text: 'None. On any other site, choose “Check drafts on this site” in the toolbar menu.',
      });
  root.replaceChildren(
    h('h3', { text: 'Paused sites' }),
    paused,
    h('h3', { text: 'Sites you added' }),
    added,
    h(
      'details',
      {},
      h('summary', { text: 'Sites checked by default' }),
      h('p', { class: 'small', text: DEFAULT_SITES.map((s) => s.name).join(', ') }),
    ),
  );
}
