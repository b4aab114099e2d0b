import { beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, deleteDays, deleteEverything } from '../../src/history/delete';
import { createGoal } from '../../src/history/goals';
import { addNote } from '../../src/history/notes';
import type { HistoryDB } from '../../src/history/schema';
import { foldPendingTallies } from '../../src/history/tallies';
import { at, freshHistory, recountedTallies, store, storedTallies } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});

describe('retention', () => {
  it('removes events and notes from days older than the retention period, at day boundaries', async () => {
    const now = at('2025-01-10', 8);
    await store(db, '2024-01-09', {}, 23); // 367 days before: gone
    await store(db, '2024-01-10', {}, 0); // exactly 366 days before: gone
    await store(db, '2024-01-11', {}, 0); // 365 days before: kept
    await store(db, '2024-06-01');
    await addNote(db, 'an old thought', [], at('2023-12-31'));
    await addNote(db, 'a recent one', [], at('2024-12-31'));
    const removed = await applyRetention(db, 365, now);
    expect(removed).toEqual({ events: 2, notes: 1 });
    expect((await db.getAll('events')).map((e) => e.day).sort()).toEqual(['2024-01-11', '2024-06-01']);
    expect((await db.getAll('notes')).map((n) => n.text)).toEqual(['a recent one']);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it.each([
    [30, 1],
    [7, 0],
    [400, 3],
  ])('with %i days keeps %i of the sample events', async (days, kept) => {
    const now = at('2024-06-30');
    await store(db, '2024-06-05');
    await store(db, '2024-03-01');
    await store(db, '2023-07-01');
    await applyRetention(db, days, now);
    expect(await db.count('events')).toBe(kept);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });
});

describe('deleting', () => {
  it('deletes a range of whole days, inclusive, and keeps the counts true', async () => {
    for (const day of ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04']) {
      await store(db, day, {}, 0);
      await store(db, day, { action: 'applied' }, 23);
    }
    await addNote(db, 'on the third', [], at('2024-05-03'));
    expect(await deleteDays(db, '2024-05-02', '2024-05-03')).toEqual({ events: 4, notes: 1 });
    expect((await db.getAll('events')).map((e) => e.day).sort()).toEqual([
      '2024-05-01',
      '2024-05-01',
      '2024-05-04',
      '2024-05-04',
    ]);
    expect(await db.count('notes')).toBe(0);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('removes events recorded since the last fold from the counts, some folded and some still pending', async () => {
    await store(db, '2024-05-02', {}, 9);
    await foldPendingTallies(db);
    await store(db, '2024-05-02', {}, 10);
    await store(db, '2024-05-02', { action: 'applied' }, 11);
    await store(db, '2024-05-03', {}, 9);
    expect(await db.count('pendingTallies')).toBe(3);
    expect(await deleteDays(db, '2024-05-02', '2024-05-02')).toEqual({ events: 3, notes: 0 });
    // the deletion folded what was pending before taking the deleted events off
    expect(await db.count('pendingTallies')).toBe(0);
    expect(await db.getAll('tallies')).toEqual([
      { day: '2024-05-03', category: 'blame', ruleId: 'your-fault', action: 'shown', count: 1 },
    ]);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('deletes everything, goals included', async () => {
    await store(db, '2024-05-01');
    await addNote(db, 'note');
    await createGoal(db, {
      title: 'Less blame',
      scope: { kind: 'category', category: 'blame' },
      targetPerWeek: 1,
      startDay: '2024-05-01',
      endDay: '2024-05-31',
      checkInEveryDays: 7,
    });
    await deleteEverything(db);
    for (const name of ['events', 'tallies', 'pendingTallies', 'notes', 'goals'] as const)
      expect(await db.count(name)).toBe(0);
  });
});
