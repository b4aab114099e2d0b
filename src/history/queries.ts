import { CATEGORIES, type Category } from '../engine/types';
import { addDays, dayOf, startOfDay, weekStart } from './days';
import type { HistoryDB, StoredEvent, Tally } from './schema';
import { mergeTallies } from './tallies';

/**
 * Tallies of days `fromDay` through `toDay`, straight from the tallies' key order plus the counts not yet folded into
 * them (no event is read), one row per day, rule and action.
 */
export async function readTallies(db: HistoryDB, fromDay: string, toDay: string): Promise<Tally[]> {
  // an array key sorts after every string, so [toDay, []] closes the range after all of toDay's keys
  const upper = [toDay, []] as unknown as [string, string, string, string];
  const tx = db.transaction(['tallies', 'pendingTallies']);
  const [folded, pending] = await Promise.all([
    tx.objectStore('tallies').getAll(IDBKeyRange.bound([fromDay], upper)),
    tx.objectStore('pendingTallies').getAll(),
  ]);
  return mergeTallies([...folded, ...pending.filter((t) => t.day >= fromDay && t.day <= toDay)]);
}

/** One hint met, counted once whether the content script reported it shown, resolved, or both. */
export interface Occurrences {
  category: Category;
  ruleId: string;
  day: string;
  occurrences: number;
  applied: number;
  ignored: number;
  muted: number;
}

/** Groups tallies by day and rule. A hint is shown before it is resolved, so occurrences = max(shown, resolved). */
export function occurrencesOf(tallies: Tally[]): Occurrences[] {
  const groups = new Map<string, Occurrences & { shown: number }>();
  for (const t of tallies) {
    const key = `${t.day}\u0000${t.ruleId}\u0000${t.category}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        category: t.category,
        ruleId: t.ruleId,
        day: t.day,
        occurrences: 0,
        shown: 0,
        applied: 0,
        ignored: 0,
        muted: 0,
      };
      groups.set(key, g);
    }
    g[t.action] += t.count;
  }
  return [...groups.values()].map(({ shown, ...g }) => ({
    ...g,
    occurrences: Math.max(shown, g.applied + g.ignored + g.muted),
  }));
}

export interface WeekSummary {
  /** the Monday that starts the week */
  weekStart: string;
  byCategory: Record<Category, number>;
  total: number;
  applied: number;
}

export interface PatternSummary {
  ruleId: string;
  category: Category;
  occurrences: number;
  applied: number;
  ignored: number;
  muted: number;
}

export interface Overview {
  /** the last 12 weeks, oldest first; the last one is this week */
  weeks: WeekSummary[];
  /** most frequent patterns over those weeks, most frequent first */
  patterns: PatternSummary[];
  total: { occurrences: number; applied: number };
}

function emptyCounts(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

export const OVERVIEW_WEEKS = 12;

export async function overview(db: HistoryDB, now = Date.now(), topPatterns = 5): Promise<Overview> {
  const today = dayOf(now);
  const first = addDays(weekStart(today), -7 * (OVERVIEW_WEEKS - 1));
  const weeks: WeekSummary[] = [];
  for (let i = 0; i < OVERVIEW_WEEKS; i++) {
    weeks.push({ weekStart: addDays(first, 7 * i), byCategory: emptyCounts(), total: 0, applied: 0 });
  }
  const byWeek = new Map(weeks.map((w) => [w.weekStart, w]));
  const patterns = new Map<string, PatternSummary>();
  let occurrences = 0;
  let applied = 0;
  for (const o of occurrencesOf(await readTallies(db, first, today))) {
    const week = byWeek.get(weekStart(o.day));
    if (!week) continue;
    week.byCategory[o.category] += o.occurrences;
    week.total += o.occurrences;
    week.applied += o.applied;
    occurrences += o.occurrences;
    applied += o.applied;
    const key = `${o.ruleId}\u0000${o.category}`;
    const p = patterns.get(key) ?? {
      ruleId: o.ruleId,
      category: o.category,
      occurrences: 0,
      applied: 0,
      ignored: 0,
      muted: 0,
    };
    p.occurrences += o.occurrences;
    p.applied += o.applied;
    p.ignored += o.ignored;
    p.muted += o.muted;
    patterns.set(key, p);
  }
  const top = [...patterns.values()]
    .sort((a, b) => b.occurrences - a.occurrences || a.ruleId.localeCompare(b.ruleId))
    .slice(0, topPatterns);
  return { weeks, patterns: top, total: { occurrences, applied } };
}

export interface TimelineFilter {
  category?: Category;
  host?: string;
  /** first day shown, inclusive */
  fromDay?: string;
  /** last day shown, inclusive */
  toDay?: string;
}

export type TimelineIndex = 'time' | 'category-time' | 'host-time' | 'category-host-time';

/** Where a filter's events sit: one index, the key prefix the filter fixes, and the time span [from, to). */
export interface TimelineQuery {
  index: TimelineIndex;
  prefix: string[];
  from: number;
  to: number;
}

/** Every filter combination is one contiguous range of one index, so counting and paging never scan. */
export function timelineQuery(filter: TimelineFilter): TimelineQuery {
  const from = filter.fromDay ? startOfDay(filter.fromDay) : 0;
  const to = filter.toDay ? startOfDay(addDays(filter.toDay, 1)) : Number.MAX_SAFE_INTEGER;
  if (filter.category && filter.host)
    return { index: 'category-host-time', prefix: [filter.category, filter.host], from, to };
  if (filter.category) return { index: 'category-time', prefix: [filter.category], from, to };
  if (filter.host) return { index: 'host-time', prefix: [filter.host], from, to };
  return { index: 'time', prefix: [], from, to };
}

/** The query's index keys whose time falls in [from, to). */
export function timeRange(query: TimelineQuery, from = query.from, to = query.to): IDBKeyRange {
  if (query.index === 'time') return IDBKeyRange.bound(from, to, false, true);
  return IDBKeyRange.bound([...query.prefix, from], [...query.prefix, to], false, true);
}

/** The time part of one of the timeline indexes' keys. */
export function timeOfKey(key: IDBValidKey): number {
  return (Array.isArray(key) ? key[key.length - 1] : key) as number;
}

export async function countTimeline(db: HistoryDB, filter: TimelineFilter): Promise<number> {
  if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) return 0;
  const query = timelineQuery(filter);
  return db.countFromIndex('events', query.index, timeRange(query));
}

/** Events newest first, `limit` of them from position `offset`. */
export async function timelinePage(
  db: HistoryDB,
  filter: TimelineFilter,
  offset: number,
  limit: number,
): Promise<StoredEvent[]> {
  if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) return [];
  const query = timelineQuery(filter);
  const tx = db.transaction('events');
  let cursor = await tx.store.index(query.index).openCursor(timeRange(query), 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  const rows: StoredEvent[] = [];
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

function indexKeyOf(index: TimelineIndex, e: StoredEvent): IDBValidKey {
  if (index === 'time') return e.time;
  if (index === 'category-time') return [e.category, e.time];
  if (index === 'host-time') return [e.host, e.time];
  return [e.category, e.host, e.time];
}

/**
 * The `limit` events that follow `after` in the timeline's order. The cursor opens at `after`'s own key (a range ending
 * there), so it never walks down from the newest event: reading on from a loaded page costs the same at row 90,000 as
 * at row 50. Events of the same key are ordered by id, and only those are stepped over to reach `after`.
 */
export async function timelinePageAfter(
  db: HistoryDB,
  filter: TimelineFilter,
  after: StoredEvent,
  limit: number,
): Promise<StoredEvent[]> {
  const query = timelineQuery(filter);
  const rows: StoredEvent[] = [];
  if (after.time < query.from || after.time >= query.to) return rows;
  const key = indexKeyOf(query.index, after);
  const range = IDBKeyRange.bound(timeRange(query).lower, key);
  const tx = db.transaction('events');
  let cursor = await tx.store.index(query.index).openCursor(range, 'prev');
  if (cursor && indexedDB.cmp(cursor.key, key) === 0 && cursor.primaryKey !== after.id)
    cursor = await cursor.continuePrimaryKey(key as never, after.id);
  if (cursor && cursor.primaryKey === after.id) cursor = await cursor.continue();
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

/** Distinct values of the first part of a compound index, by jumping from one value to the next. */
async function distinctPrefixes(db: HistoryDB, index: 'host-time' | 'ruleId-time'): Promise<string[]> {
  const values: string[] = [];
  const tx = db.transaction('events');
  let cursor = await tx.store.index(index).openKeyCursor();
  while (cursor) {
    const value = (cursor.key as [string, number])[0];
    values.push(value);
    cursor = await cursor.continue([value, []] as unknown as [string, number]);
  }
  return values;
}

export function knownHosts(db: HistoryDB): Promise<string[]> {
  return distinctPrefixes(db, 'host-time');
}

export function knownRules(db: HistoryDB): Promise<string[]> {
  return distinctPrefixes(db, 'ruleId-time');
}

export function getEvents(db: HistoryDB, ids: string[]): Promise<(StoredEvent | undefined)[]> {
  const tx = db.transaction('events');
  return Promise.all(ids.map((id) => tx.store.get(id)));
}
