import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHistoryExport, type HistoryExport } from '../../src/history/export-format';
import { toStoredEvent } from '../../src/history/record';
import type { HistoryDB } from '../../src/history/schema';
import { IMPORT_BATCH, importHistory, type ImportProgress } from '../../src/history/transfer';
import { at, freshHistory, hint, recountedTallies, store, storedTallies } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});

const EVENTS = IMPORT_BATCH * 2 + 500;

function bigExport(): HistoryExport {
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const day = `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`;
    const category = i % 3 ? ('blame' as const) : ('criticism' as const);
    events.push(
      toStoredEvent(
        hint({ category, ruleId: `${category}-${i % 5}`, host: i % 2 ? 'app.slack.com' : 'mail.google.com' }),
        'words',
        at(day, i % 24),
        `big-${i}`,
      ),
    );
  }
  const parsed = parseHistoryExport(
    JSON.stringify({ format: 'mindful-draft-history', version: 1, exportedAt: '', events, goals: [], notes: [] }),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

describe('importing a large file', () => {
  it('reports progress after every batch, ending at the whole file, and keeps the counts exact', async () => {
    const progress: ImportProgress[] = [];
    const result = await importHistory(db, bigExport(), (p) => progress.push(p));
    expect(result).toMatchObject({ eventsAdded: EVENTS, eventsAlreadyThere: 0 });
    expect(progress).toEqual([
      { done: IMPORT_BATCH, total: EVENTS },
      { done: IMPORT_BATCH * 2, total: EVENTS },
      { done: EVENTS, total: EVENTS },
    ]);
    expect(await db.count('events')).toBe(EVENTS);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('importing it again adds nothing, and still reports its progress', async () => {
    const data = bigExport();
    await importHistory(db, data);
    const before = await storedTallies(db);
    const progress: ImportProgress[] = [];
    const again = await importHistory(db, data, (p) => progress.push(p));
    expect(again).toMatchObject({ eventsAdded: 0, eventsAlreadyThere: EVENTS });
    expect(progress.at(-1)).toEqual({ done: EVENTS, total: EVENTS });
    expect(await db.count('events')).toBe(EVENTS);
    expect(await storedTallies(db)).toEqual(before);
  });

  it('a write failing in a late batch changes nothing, although earlier batches were reported', async () => {
    const mine = await store(db, '2024-04-01');
    const tallies = await storedTallies(db);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++calls === IMPORT_BATCH * 2 + 10)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const progress: ImportProgress[] = [];
    await expect(importHistory(db, bigExport(), (p) => progress.push(p))).rejects.toThrow(/quota/i);
    spy.mockRestore();
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect((await db.getAll('events')).map((e) => e.id)).toEqual([mine.id]);
    expect(await storedTallies(db)).toEqual(tallies);
  });
});
