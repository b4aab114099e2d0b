import { CATEGORIES, type Category } from '../engine/types';
import type { CustomPhrase, PrivacyLevel, Settings } from './settings';

export const PRIVACY_LEVELS: readonly PrivacyLevel[] = ['counts', 'words', 'sentence'];
/** Retention choices offered on the options page, in days. */
export const RETENTION_CHOICES = [7, 30, 90, 365, 730] as const;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  mutedRules: [],
  pausedSites: [],
  addedSites: [],
  customPhrases: [],
  privacyLevel: 'words',
  retentionDays: 365,
};

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** "Mail.Google.com." → "mail.google.com": the form the content script reports a page's host in. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.+$/, '');
}

/** "HTTPS://Example.org:443/path" → "https://example.org": origins compare equal however they were written. */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function customPhrases(value: unknown): CustomPhrase[] {
  if (!Array.isArray(value)) return [];
  const out: CustomPhrase[] = [];
  const ids = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.phrase !== 'string' || !item.phrase.trim()) continue;
    if (!(CATEGORIES as readonly unknown[]).includes(item.category)) continue;
    let id = typeof item.id === 'string' ? item.id : '';
    if (!/^[a-z0-9-]{1,40}$/.test(id) || ids.has(id)) id = `p${out.length + 1}-${ids.size}`;
    ids.add(id);
    out.push({
      id,
      phrase: item.phrase.trim(),
      replacement: typeof item.replacement === 'string' ? item.replacement.trim() : '',
      category: item.category as Category,
      createdAt: typeof item.createdAt === 'number' && Number.isFinite(item.createdAt) ? item.createdAt : 0,
    });
  }
  return out;
}

/**
 * Whatever is in storage, made into valid settings: unknown fields dropped, lists de-duplicated, missing fields from the
 * defaults. Storage can hold anything (an older version, a hand-edited profile), and nothing downstream should have to care.
 */
export function normalizeSettings(value: unknown): Settings {
  const raw = isRecord(value) ? value : {};
  const retention = typeof raw.retentionDays === 'number' ? Math.round(raw.retentionDays) : NaN;
  return {
    disabledCategories: unique(strings(raw.disabledCategories)).filter((c): c is Category =>
      (CATEGORIES as readonly string[]).includes(c),
    ),
    mutedRules: unique(strings(raw.mutedRules).map((r) => r.trim())),
    pausedSites: unique(strings(raw.pausedSites).map(normalizeHost)).filter(Boolean),
    addedSites: unique(
      strings(raw.addedSites)
        .map(normalizeOrigin)
        .filter((o): o is string => o !== null),
    ),
    customPhrases: customPhrases(raw.customPhrases),
    privacyLevel: (PRIVACY_LEVELS as readonly unknown[]).includes(raw.privacyLevel)
      ? (raw.privacyLevel as PrivacyLevel)
      : DEFAULT_SETTINGS.privacyLevel,
    retentionDays: Number.isFinite(retention)
      ? Math.min(MAX_RETENTION_DAYS, Math.max(MIN_RETENTION_DAYS, retention))
      : DEFAULT_SETTINGS.retentionDays,
  };
}
