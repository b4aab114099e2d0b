import { beforeEach, describe, expect, it } from 'vitest';
import { countTimeline, timelinePage, timelinePageAfter, type TimelineFilter } from '../../src/history/queries';
import { recordEvent, toStoredEvent } from '../../src/history/record';
import type { HistoryDB } from '../../src/history/schema';
import { locateRow, mapTimeline, MOST_PER_STRETCH, timelinePageAt } from '../../src/history/timeline-positions';
import { at, freshHistory, hint, store } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});

const FILTERS: TimelineFilter[] = [
  {},
  { category: 'criticism' },
  { host: 'app.slack.com' },
  { category: 'blame', host: 'mail.google.com' },
  { fromDay: '2024-05-02', toDay: '2024-05-03' },
  { category: 'blame', fromDay: '2024-05-03' },
  { host: 'mail.google.com', toDay: '2024-05-02' },
  { category: 'criticism', host: 'app.slack.com', fromDay: '2024-05-02', toDay: '2024-05-02' },
];

/** Every page read through the map equals the same page read by skipping from the top. */
async function expectSameAsSkipping(filter: TimelineFilter, limit: number): Promise<void> {
  const map = await mapTimeline(db, filter);
  const all = await timelinePage(db, filter, 0, 10_000);
  expect(map.total).toBe(all.length);
  expect(map.total).toBe(await countTimeline(db, filter));
  for (let offset = 0; offset <= all.length; offset++) {
    const page = await timelinePageAt(db, map, offset, limit);
    expect(page.map((e) => e.id)).toEqual(all.slice(offset, offset + limit).map((e) => e.id));
  }
}

describe('jumping to a row of the timeline', () => {
  it('lands on the same rows as skipping from the top, for every filter combination', async () => {
    const hosts = ['mail.google.com', 'app.slack.com'];
    const rules = [
      { ruleId: 'your-fault', category: 'blame' as const },
      { ruleId: 'you-never', category: 'criticism' as const },
    ];
    let n = 0;
    for (const day of ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04']) {
      for (let hour = 0; hour < 24; hour += 3) {
        await store(db, day, { host: hosts[n % 2]!, ...rules[Math.floor(n / 2) % 2]! }, hour);
        n++;
      }
    }
    for (const filter of FILTERS) await expectSameAsSkipping(filter, 3);
  });

  it('keeps day boundaries: the last millisecond of a day and the first of the next stay in order', async () => {
    const midnight = at('2024-05-02', 0);
    for (const time of [midnight - 2, midnight - 1, midnight, midnight + 1, at('2024-05-03', 0) - 1]) {
      await recordEvent(db, toStoredEvent(hint(), 'words', time));
    }
    await expectSameAsSkipping({}, 2);
    await expectSameAsSkipping({ fromDay: '2024-05-02' }, 2);
    await expectSameAsSkipping({ toDay: '2024-05-01' }, 2);
    expect((await timelinePageAt(db, await mapTimeline(db, { fromDay: '2024-05-02' }), 0, 9)).length).toBe(3);
  });

  it('orders events of the same millisecond as the index does, even when they outnumber a stretch', async () => {
    const time = at('2024-05-02', 9);
    for (let i = 0; i < MOST_PER_STRETCH + 20; i++) {
      const host = i % 3 ? 'mail.google.com' : 'app.slack.com';
      await recordEvent(db, toStoredEvent(hint({ host }), 'words', time));
    }
    await store(db, '2024-05-01', {}, 8);
    await store(db, '2024-05-03', {}, 8);
    const map = await mapTimeline(db, {});
    expect(map.stretches.find((s) => s.to - s.from === 1)?.count).toBe(MOST_PER_STRETCH + 20);
    const all = await timelinePage(db, {}, 0, 1_000);
    for (const offset of [0, 1, 2, 300, MOST_PER_STRETCH, MOST_PER_STRETCH + 20, MOST_PER_STRETCH + 21]) {
      const page = await timelinePageAt(db, map, offset, 2);
      expect(page.map((e) => e.id)).toEqual(all.slice(offset, offset + 2).map((e) => e.id));
    }
    await expectSameAsSkipping({ host: 'app.slack.com' }, 4);
  });

  it('cuts a long history into stretches small enough that a jump skips few rows', async () => {
    const tx = db.transaction(['events', 'tallies'], 'readwrite');
    const start = at('2024-01-01');
    for (let i = 0; i < 3_000; i++) {
      // bunched: most events in a few hours, the rest spread over months
      const time = i < 2_000 ? start + i * 1_000 : start + (i - 2_000) * 7_200_000;
      void tx.objectStore('events').add(toStoredEvent(hint(), 'words', time, `e-${String(i).padStart(5, '0')}`));
    }
    await tx.done;
    const map = await mapTimeline(db, {});
    expect(map.total).toBe(3_000);
    expect(Math.max(...map.stretches.map((s) => s.count))).toBeLessThanOrEqual(MOST_PER_STRETCH);
    for (let i = 1; i < map.stretches.length; i++)
      expect(map.stretches[i]!.to).toBeLessThanOrEqual(map.stretches[i - 1]!.from);
    const all = await timelinePage(db, {}, 0, 3_000);
    for (const offset of [0, 999, 1_000, 1_999, 2_500, 2_999]) {
      const page = await timelinePageAt(db, map, offset, 5);
      expect(page.map((e) => e.id)).toEqual(all.slice(offset, offset + 5).map((e) => e.id));
    }
    // the cursor skips at most one stretch's worth of rows, wherever it lands
    for (let offset = 0; offset < 3_000; offset += 7)
      expect(locateRow(map, offset)!.skip).toBeLessThan(MOST_PER_STRETCH);
    expect(locateRow(map, 3_000)).toBeNull();
    expect(await timelinePageAt(db, map, 3_000, 5)).toEqual([]);
  });

  it('maps an empty timeline and an impossible date range to nothing', async () => {
    expect((await mapTimeline(db, {})).stretches).toEqual([]);
    await store(db, '2024-05-02');
    const reversed = await mapTimeline(db, { fromDay: '2024-05-03', toDay: '2024-05-01' });
    expect(reversed.total).toBe(0);
    expect(await timelinePageAt(db, reversed, 0, 5)).toEqual([]);
  });

  it('counts a few stretches at a time, each batch after the caller says it is idle', async () => {
    const start = at('2024-01-01');
    for (let i = 0; i < 40; i++) await recordEvent(db, toStoredEvent(hint(), 'words', start + i * 86_400_000));
    let waits = 0;
    const map = await mapTimeline(db, {}, () => {
      waits++;
      return new Promise((resolve) => setTimeout(resolve, 1));
    });
    expect(map.total).toBe(40);
    expect(waits).toBeGreaterThan(1);
  });

  it('reads on after an event deleted meanwhile from the events that followed it', async () => {
    for (let i = 0; i < 6; i++) await store(db, '2024-05-01', {}, i + 8);
    const all = await timelinePage(db, {}, 0, 10);
    await db.delete('events', all[2]!.id);
    expect((await timelinePageAfter(db, {}, all[2]!, 2)).map((e) => e.id)).toEqual([all[3]!.id, all[4]!.id]);
  });

  it('is a snapshot: events stored after the map was made do not shift the rows it finds', async () => {
    for (let i = 0; i < 5; i++) await store(db, '2024-05-01', {}, i + 8);
    const map = await mapTimeline(db, {});
    const before = await timelinePageAt(db, map, 2, 2);
    await store(db, '2024-05-09');
    expect(await timelinePageAt(db, map, 2, 2)).toEqual(before);
  });
});
