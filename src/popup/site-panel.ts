import { browser } from 'wxt/browser';
import { disableSite, enableSite, sitePattern } from '../background/site-registration';
import { defaultSiteFor } from '../content/sites';
import { getSettings, isAddedSite, isPaused, pauseSite, resumeSite } from '../settings/settings';
import { h, switchButton } from './dom';
import { siteOf, type TargetTab } from './target-tab';

/**
 * The current site's controls: hints on/off on a default site; "Check drafts on this site" elsewhere, which asks for
 * that site's permission and registers the content script for it.
 */
export async function renderSitePanel(root: HTMLElement, tab: TargetTab | null): Promise<void> {
  const status = h('p', { class: 'status', role: 'status' });
  const site = siteOf(tab?.url);
  root.replaceChildren();
  if (!tab || !site) {
    root.append(h('p', { class: 'muted', text: 'Mindful Draft can’t check drafts on this page.' }));
    return;
  }
  const settings = await getSettings();
  const known = defaultSiteFor(site.host);
  root.append(
    h('p', { class: 'site-name' }, h('span', { class: 'muted', text: known ? `${known.name} · ` : '' }), site.host),
  );

  if (known) {
    const toggle = switchButton('Hints on this site', !isPaused(settings, site.host), (on) => {
      void (on ? resumeSite(site.host) : pauseSite(site.host)).then(() => {
        status.textContent = on
          ? 'Hints are on here.'
          : 'Paused: no hints on this site, and nothing from it is kept in your history.';
      });
    });
    toggle.id = 'site-hints';
    root.append(toggle, status);
    return;
  }

  const added =
    isAddedSite(settings, site.origin) &&
    (await browser.permissions.contains({ origins: [sitePattern(site.origin)] }).catch(() => false));
  const toggle = switchButton('Check drafts on this site', added, (on) => {
    if (on) {
      // the permission request runs first, inside the click: the browser allows its prompt only then
      void enableSite(site.origin, tab.id).then((result) => {
        if (result.ok) {
          status.textContent = `Checking drafts on ${site.origin}, now and whenever you come back.`;
        } else {
          toggle.setAttribute('aria-checked', 'false');
          status.textContent = result.reason;
        }
      });
    } else {
      void disableSite(site.origin).then(() => {
        status.textContent = `Stopped checking ${site.origin}. Hints already on the page go away when it reloads.`;
      });
    }
  });
  toggle.id = 'site-check';
  root.append(
    toggle,
    h('p', {
      class: 'muted small',
      text: 'This site is not one Mindful Draft checks by default. Turning it on asks your browser for permission to read drafts here.',
    }),
    status,
  );
}
