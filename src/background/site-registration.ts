import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { addSite, getSettings, removeSite, settingsItem } from '../settings/settings';
import { normalizeOrigin } from '../settings/normalize';

/** The content script as built (entrypoints/content.ts → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE: string = '/content-scripts/content.js';
const ID_PREFIX = 'added-site:';

/** "https://example.org" → "https://example.org/*", the pattern both the permission and the registration use. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}

function scriptFor(origin: string): Browser.scripting.RegisteredContentScript {
  return {
    id: `${ID_PREFIX}${origin}`,
    matches: [sitePattern(origin)],
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
    // editors in about:blank and srcdoc frames belong to the page that made them (Chrome only knows this key)
    ...(import.meta.env.BROWSER === 'firefox' ? {} : { matchOriginAsFallback: true }),
  };
}

async function hasPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [sitePattern(origin)] });
  } catch {
    return false;
  }
}

let queue: Promise<void> = Promise.resolve();

/**
 * Makes the registered content scripts match the sites the writer added and still allows: registers what is missing,
 * unregisters what was removed. Safe to call from any extension context at any time; calls never overlap in one context,
 * and a script another context registered first counts as done.
 */
export function syncSiteRegistrations(): Promise<void> {
  queue = queue.then(sync, sync);
  return queue;
}

async function sync(): Promise<void> {
  const settings = await getSettings();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = new Set(registered.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX)));
  const wanted: string[] = [];
  for (const origin of settings.addedSites) if (await hasPermission(origin)) wanted.push(origin);
  const stale = [...ours].filter((id) => !wanted.some((o) => `${ID_PREFIX}${o}` === id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale }).catch(() => undefined);
  for (const origin of wanted) {
    if (ours.has(`${ID_PREFIX}${origin}`)) continue;
    try {
      await browser.scripting.registerContentScripts([scriptFor(origin)]);
    } catch (error) {
      // another extension page registered it a moment ago; anything else is worth knowing about
      if (!/duplicate/i.test(String(error))) throw error;
    }
  }
}

export type EnableResult = { ok: true } | { ok: false; reason: string };

/**
 * Turns checking on for a site the content script does not cover by default. Must run straight from a click: the
 * browser only shows its permission prompt during a user gesture, so nothing may be awaited before the request.
 */
export function enableSite(origin: string, tabId?: number): Promise<EnableResult> {
  const canonical = normalizeOrigin(origin);
  if (!canonical) return Promise.resolve({ ok: false, reason: 'Only web pages (http and https) can be checked.' });
  const request = browser.permissions.request({ origins: [sitePattern(canonical)] });
  return request.then(
    async (granted): Promise<EnableResult> => {
      if (!granted) return { ok: false, reason: `Permission to read drafts on ${canonical} was not given.` };
      await addSite(canonical);
      await syncSiteRegistrations();
      // the page that is open now starts checking without a reload, which would lose the draft being written
      if (tabId !== undefined) {
        await browser.scripting
          .executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE as ScriptPublicPath] })
          .catch(() => undefined);
      }
      return { ok: true };
    },
    (error: unknown) => ({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
  );
}

/** Turns checking off for an added site: forgets it, unregisters the script and gives the permission back. */
export async function disableSite(origin: string): Promise<void> {
  const canonical = normalizeOrigin(origin) ?? origin;
  await removeSite(canonical);
  await syncSiteRegistrations();
  await browser.permissions.remove({ origins: [sitePattern(canonical)] }).catch(() => false);
}

/**
 * Background wiring: registrations follow the settings (a site removed on the options page stops being checked), and a
 * permission the writer withdrew in the browser's own extension settings removes the site from the list.
 */
export function startSiteRegistration(): void {
  settingsItem.watch(() => void syncSiteRegistrations().catch(() => undefined));
  browser.permissions.onRemoved.addListener((removed) => {
    void (async () => {
      const settings = await getSettings();
      for (const origin of settings.addedSites) {
        if ((removed.origins ?? []).includes(sitePattern(origin))) await removeSite(origin);
      }
      await syncSiteRegistrations();
    })().catch(() => undefined);
  });
  void syncSiteRegistrations().catch(() => undefined);
}
