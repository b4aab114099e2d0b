/**
 * Versions of the stored settings and how each one becomes the next. A migration is written against the shapes of its own
 * two versions only (never against today's types), so a profile several versions old still walks every step correctly.
 */
export const SETTINGS_VERSION = 2;

type Stored = Record<string, unknown>;

function isRecord(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(value: unknown, map: (s: string) => string | null = (s) => s): unknown {
  if (!Array.isArray(value)) return value;
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const mapped = map(item);
    if (mapped && !out.includes(mapped)) out.push(mapped);
  }
  return out;
}

function origin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * v1 → v2: custom phrases gain `createdAt` (0 = added before dates were kept), and lists written by v1 are cleaned:
 * hosts lower-cased (the content script reports them that way, so "Mail.google.com" never matched), origins written
 * canonically (so removing a site removes its registration), duplicates dropped, retention kept within 1–3650 days.
 */
function v2(old: unknown): Stored {
  const value: Stored = isRecord(old) ? { ...old } : {};
  value.mutedRules = dedupe(value.mutedRules, (s) => s.trim() || null);
  value.disabledCategories = dedupe(value.disabledCategories);
  value.pausedSites = dedupe(value.pausedSites, (s) => s.trim().toLowerCase().replace(/\.+$/, '') || null);
  value.addedSites = dedupe(value.addedSites, origin);
  if (Array.isArray(value.customPhrases)) {
    value.customPhrases = value.customPhrases.filter(isRecord).map((p) => ({ createdAt: 0, ...p }));
  }
  if (typeof value.retentionDays === 'number') {
    value.retentionDays = Math.min(3650, Math.max(1, Math.round(value.retentionDays)));
  }
  return value;
}

/** wxt storage runs these in order from the stored version up to SETTINGS_VERSION. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: v2 };
