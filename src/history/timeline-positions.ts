/**
 * Jumping to any row of the timeline with one short read.
 *
 * Skipping tens of thousands of rows with a cursor costs seconds, so a map of the filtered timeline is built once per
 * filter: its time span cut into stretches, each with the number of events the filter keeps in it, newest first. A row
 * index then falls in one stretch, and a cursor opened at that stretch's end skips at most a stretch's worth of rows.
 *
 * The counts come from the same index range the cursor reads, not from the per-day tallies: those carry no site, and an
 * event's `day` is the calendar day where and when it was recorded (or what an imported file said), which need not
 * match its time in today's zone. Counting the index makes every filter combination exact, equal times included.
 */
import { timelineQuery, timeOfKey, timeRange, type TimelineFilter, type TimelineQuery } from './queries';
import type { HistoryDB, StoredEvent } from './schema';

/** Events at times [from, to) that the filter keeps. */
export interface Stretch {
  from: number;
  to: number;
  count: number;
}

export interface TimelineMap {
  query: TimelineQuery;
  /** newest first; stretches without events are left out */
  stretches: Stretch[];
  /** events in all stretches */
  total: number;
}

/** How many stretches the whole span is first cut into. */
const FIRST_CUTS = 512;
/** A stretch holding more events than this is cut again, so a jump never skips more. */
export const MOST_PER_STRETCH = 600;
/** Counts asked for at once: rows the writer is waiting for are read in between, not after hundreds of counts. */
const COUNTS_AT_ONCE = 16;
/** How many pieces an over-full stretch is cut into. */
const RECUTS = 16;

function cut(from: number, to: number, parts: number): { from: number; to: number }[] {
  const step = Math.max(1, Math.ceil((to - from) / parts));
  const pieces: { from: number; to: number }[] = [];
  for (let start = from; start < to; start += step) pieces.push({ from: start, to: Math.min(to, start + step) });
  return pieces;
}

/**
 * Maps the timeline under `filter`. The counting runs in the database (no event is read), a few counts at a time, each
 * batch after `whenIdle` resolves so the caller can put its own reads first. Events stored afterwards lie beyond the
 * map's newest stretch and are not counted, like a snapshot.
 */
export async function mapTimeline(
  db: HistoryDB,
  filter: TimelineFilter,
  whenIdle: () => Promise<void> = () => Promise.resolve(),
): Promise<TimelineMap> {
  const query = timelineQuery(filter);
  const map: TimelineMap = { query, stretches: [], total: 0 };
  if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) return map;
  const ends = db.transaction('events').store.index(query.index);
  const [newest, oldest] = await Promise.all([
    ends.openKeyCursor(timeRange(query), 'prev'),
    ends.openKeyCursor(timeRange(query), 'next'),
  ]);
  if (!newest || !oldest) return map;
  const pending = cut(timeOfKey(oldest.key), timeOfKey(newest.key) + 1, FIRST_CUTS);
  const done: Stretch[] = [];
  while (pending.length > 0) {
    const batch = pending.splice(0, COUNTS_AT_ONCE);
    await whenIdle();
    const index = db.transaction('events').store.index(query.index);
    const counts = await Promise.all(batch.map((s) => index.count(timeRange(query, s.from, s.to))));
    batch.forEach((s, i) => {
      const count = counts[i]!;
      if (count === 0) return;
      // one millisecond cannot be cut: its events are skipped by the cursor
      if (count > MOST_PER_STRETCH && s.to - s.from > 1) pending.push(...cut(s.from, s.to, RECUTS));
      else done.push({ ...s, count });
    });
  }
  map.stretches = done.sort((a, b) => b.from - a.from);
  map.total = done.reduce((sum, s) => sum + s.count, 0);
  return map;
}

/** Where row `offset` (0 = newest) lies: the stretch holding it and how many of that stretch's rows come before it. */
export function locateRow(map: TimelineMap, offset: number): { stretch: Stretch; skip: number } | null {
  let before = 0;
  for (const stretch of map.stretches) {
    if (offset < before + stretch.count) return { stretch, skip: offset - before };
    before += stretch.count;
  }
  return null;
}

/** The same rows as `timelinePage(db, filter, offset, limit)`, found through the map: one short read at any offset. */
export async function timelinePageAt(
  db: HistoryDB,
  map: TimelineMap,
  offset: number,
  limit: number,
): Promise<StoredEvent[]> {
  const place = locateRow(map, offset);
  if (!place) return [];
  // from the stretch's end down to the filter's start, so a page may run on into older stretches
  const range = timeRange(map.query, map.query.from, place.stretch.to);
  const tx = db.transaction('events');
  let cursor = await tx.store.index(map.query.index).openCursor(range, 'prev');
  if (cursor && place.skip > 0) cursor = await cursor.advance(place.skip);
  const rows: StoredEvent[] = [];
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}
