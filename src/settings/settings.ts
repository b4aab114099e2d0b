import { storage } from 'wxt/utils/storage';
import type { Category } from '../engine/types';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, normalizeHost, normalizeOrigin, normalizeSettings } from './normalize';

export { DEFAULT_SETTINGS } from './normalize';

export type PrivacyLevel = 'counts' | 'words' | 'sentence';

/** A word or phrase the writer wants to avoid, with the wording they prefer; the engine treats it like a rule. */
export interface CustomPhrase {
  id: string;
  phrase: string;
  replacement: string;
  category: Category;
  /** when it was added (ms since the epoch); 0 for phrases added before this was kept */
  createdAt: number;
}

export interface Settings {
  disabledCategories: Category[];
  mutedRules: string[];
  /** host names where the writer switched hints off */
  pausedSites: string[];
  /** origins the writer turned checking on for, beyond the default sites */
  addedSites: string[];
  customPhrases: CustomPhrase[];
  privacyLevel: PrivacyLevel;
  retentionDays: number;
}

/**
 * The one settings item. Every context reads it when it needs it (the background per request) or watches it (content
 * scripts, open settings pages), so a change applies to open tabs without a reload.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies a change to the latest stored settings; the change sees and returns whole, valid settings. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function isPaused(settings: Settings, host: string): boolean {
  return settings.pausedSites.includes(normalizeHost(host));
}

export function isAddedSite(settings: Settings, origin: string): boolean {
  const canonical = normalizeOrigin(origin);
  return canonical !== null && settings.addedSites.includes(canonical);
}

const without = <T>(list: T[], item: T): T[] => list.filter((x) => x !== item);
const withItem = <T>(list: T[], item: T): T[] => (list.includes(item) ? list : [...list, item]);

export async function muteRule(ruleId: string): Promise<void> {
  await updateSettings((s) => ({ ...s, mutedRules: withItem(s.mutedRules, ruleId) }));
}

export async function unmuteRule(ruleId: string): Promise<void> {
  await updateSettings((s) => ({ ...s, mutedRules: without(s.mutedRules, ruleId) }));
}

export async function pauseSite(host: string): Promise<void> {
  await updateSettings((s) => ({ ...s, pausedSites: withItem(s.pausedSites, normalizeHost(host)) }));
}

export async function resumeSite(host: string): Promise<void> {
  await updateSettings((s) => ({ ...s, pausedSites: without(s.pausedSites, normalizeHost(host)) }));
}

export async function setCategoryEnabled(category: Category, enabled: boolean): Promise<void> {
  await updateSettings((s) => ({
    ...s,
    disabledCategories: enabled ? without(s.disabledCategories, category) : withItem(s.disabledCategories, category),
  }));
}

/** Records an origin the writer turned checking on for; the permission and the script registration live elsewhere. */
export async function addSite(origin: string): Promise<void> {
  const canonical = normalizeOrigin(origin);
  if (!canonical) throw new Error(`"${origin}" is not a web address`);
  await updateSettings((s) => ({ ...s, addedSites: withItem(s.addedSites, canonical) }));
}

export async function removeSite(origin: string): Promise<void> {
  const canonical = normalizeOrigin(origin) ?? origin;
  await updateSettings((s) => ({ ...s, addedSites: without(s.addedSites, canonical) }));
}

export async function setPrivacy(privacyLevel: PrivacyLevel, retentionDays: number): Promise<void> {
  await updateSettings((s) => ({ ...s, privacyLevel, retentionDays }));
}
