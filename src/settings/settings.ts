import { storage } from 'wxt/utils/storage';
import type { Category } from '../engine/types';

export type PrivacyLevel = 'counts' | 'words' | 'sentence';

/** A word or phrase the writer wants to avoid, with the wording they prefer; the engine treats it like a rule. */
export interface CustomPhrase {
  id: string;
  phrase: string;
  replacement: string;
  category: Category;
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

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  mutedRules: [],
  pausedSites: [],
  addedSites: [],
  customPhrases: [],
  privacyLevel: 'words',
  retentionDays: 365,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function isPaused(settings: Settings, host: string): boolean {
  return settings.pausedSites.includes(host);
}

export async function muteRule(ruleId: string): Promise<void> {
  const settings = await getSettings();
  if (settings.mutedRules.includes(ruleId)) return;
  await settingsItem.setValue({ ...settings, mutedRules: [...settings.mutedRules, ruleId] });
}

export async function pauseSite(host: string): Promise<void> {
  const settings = await getSettings();
  if (settings.pausedSites.includes(host)) return;
  await settingsItem.setValue({ ...settings, pausedSites: [...settings.pausedSites, host] });
}
