import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countTimeline,
  knownHosts,
  knownRules,
  overview,
  timelinePage,
  timelinePageAfter,
} from '../../src/history/queries';
import type { HistoryDB } from '../../src/history/schema';
import { at, freshHistory, store } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

// Wednesday 2024-05-15; its week starts Monday 2024-05-13
const NOW = at('2024-05-15', 15);

describe('overview', () => {
  it('counts this week, last week and 12 weeks per category, counting a shown-then-applied hint once', async () => {
    await store(db, '2024-05-13', { action: 'shown' });
    await store(db, '2024-05-13', { action: 'applied' });
    await store(db, '2024-05-14', { action: 'shown' });
    await store(db, '2024-05-14', { action: 'ignored' });
    await store(db, '2024-05-15', { action: 'ignored', ruleId: 'you-never', category: 'criticism' });
    await store(db, '2024-05-08', { action: 'shown', ruleId: 'you-never', category: 'criticism' });
    await store(db, '2024-02-26', { action: 'shown' }); // first day of the oldest week shown
    await store(db, '2024-02-25', { action: 'shown' }); // just before it: left out
    const o = await overview(db, NOW);
    expect(o.weeks).toHaveLength(12);
    expect(o.weeks[0]!.weekStart).toBe('2024-02-26');
    const thisWeek = o.weeks[11]!;
    const lastWeek = o.weeks[10]!;
    expect(thisWeek.weekStart).toBe('2024-05-13');
    expect(thisWeek.byCategory.blame).toBe(2);
    expect(thisWeek.byCategory.criticism).toBe(1);
    expect(thisWeek.total).toBe(3);
    expect(thisWeek.applied).toBe(1);
    expect(lastWeek.byCategory.criticism).toBe(1);
    expect(o.weeks[0]!.byCategory.blame).toBe(1);
    expect(o.total).toEqual({ occurrences: 5, applied: 1 });
    expect(o.patterns.map((p) => [p.ruleId, p.occurrences, p.applied, p.ignored])).toEqual([
      ['your-fault', 3, 1, 1],
      ['you-never', 2, 0, 1],
    ]);
  });

  it('reads only the per-day counts, folded and pending, never the events', async () => {
    for (let i = 0; i < 20; i++) await store(db, '2024-05-14', { action: i % 2 ? 'shown' : 'applied' });
    const cursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const indexCursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await overview(db, NOW);
    expect(cursor).not.toHaveBeenCalled();
    expect(indexCursor).not.toHaveBeenCalled();
    expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['tallies', 'pendingTallies']);
  });
});

describe('timeline', () => {
  beforeEach(async () => {
    await store(db, '2024-05-01', { host: 'mail.google.com' }, 9);
    await store(db, '2024-05-02', { host: 'app.slack.com', ruleId: 'you-never', category: 'criticism' }, 9);
    await store(db, '2024-05-03', { host: 'mail.google.com', ruleId: 'you-never', category: 'criticism' }, 9);
    await store(db, '2024-05-04', { host: 'app.slack.com' }, 9);
    await store(db, '2024-05-05', { host: 'mail.google.com' }, 9);
  });

  it.each([
    [{}, ['05', '04', '03', '02', '01']],
    [{ category: 'criticism' as const }, ['03', '02']],
    [{ host: 'app.slack.com' }, ['04', '02']],
    [{ category: 'blame' as const, host: 'mail.google.com' }, ['05', '01']],
    [{ fromDay: '2024-05-02', toDay: '2024-05-04' }, ['04', '03', '02']],
    [{ category: 'blame' as const, fromDay: '2024-05-02' }, ['05', '04']],
    [{ host: 'mail.google.com', toDay: '2024-05-03' }, ['03', '01']],
    [{ fromDay: '2024-05-04', toDay: '2024-05-02' }, []],
  ])('filter %o, newest first', async (filter, days) => {
    const rows = await timelinePage(db, filter, 0, 50);
    expect(rows.map((r) => r.day.slice(-2))).toEqual(days);
    expect(await countTimeline(db, filter)).toBe(days.length);
  });

  it('pages from any offset', async () => {
    expect((await timelinePage(db, {}, 1, 2)).map((r) => r.day)).toEqual(['2024-05-04', '2024-05-03']);
    expect((await timelinePage(db, {}, 4, 2)).map((r) => r.day)).toEqual(['2024-05-01']);
    expect(await timelinePage(db, {}, 9, 2)).toEqual([]);
  });

  it('reads on after a given event, in the same order as paging by offset, even when times are equal', async () => {
    // several events in the same millisecond: the primary key orders them
    for (let i = 0; i < 4; i++) await store(db, '2024-05-03', { host: 'app.slack.com' }, 9);
    for (const filter of [
      {},
      { host: 'app.slack.com' },
      { category: 'blame' as const },
      { category: 'blame' as const, host: 'app.slack.com' },
    ]) {
      const all = await timelinePage(db, filter, 0, 100);
      for (let i = 0; i < all.length; i++) {
        const after = await timelinePageAfter(db, filter, all[i]!, 3);
        expect(after.map((e) => e.id)).toEqual(all.slice(i + 1, i + 4).map((e) => e.id));
      }
    }
  });

  it('lists the sites and rules seen, each once', async () => {
    expect(await knownHosts(db)).toEqual(['app.slack.com', 'mail.google.com']);
    expect(await knownRules(db)).toEqual(['you-never', 'your-fault']);
  });
});
