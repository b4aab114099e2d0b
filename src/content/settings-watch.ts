import { browser } from 'wxt/browser';
import { normalizeHost, normalizeSettings } from '../settings/normalize';
import type { Settings } from '../settings/settings';

/** The storage key of `settingsItem` ('local:settings'): read here without the storage wrapper to keep the page's script small. */
const KEY = 'settings';

/**
 * Calls back with the current settings and again whenever they change in any context (popup, options, another tab),
 * so open tabs follow without a reload. Values pass through the same normalizer the settings module uses.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[KEY];
    if (area === 'local' && change && !stopped) onChange(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local
    .get(KEY)
    .then((all) => {
      if (!stopped) onChange(normalizeSettings(all[KEY]));
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

export function isSitePaused(settings: Settings, host: string): boolean {
  return settings.pausedSites.includes(normalizeHost(host));
}
