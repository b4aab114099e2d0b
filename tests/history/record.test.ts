import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordEvent, toStoredEvent } from '../../src/history/record';
import type { HistoryDB } from '../../src/history/schema';
import { readTallies } from '../../src/history/queries';
import { foldPendingTallies } from '../../src/history/tallies';
import type { PrivacyLevel } from '../../src/settings/settings';
import { at, freshHistory, hint, recountedTallies, storedTallies } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('privacy levels', () => {
  const applied = hint({ action: 'applied', replacement: 'I felt let down when we missed the train.' });
  it.each<[PrivacyLevel, Record<string, string | undefined>]>([
    ['counts', { match: undefined, sentence: undefined, replacement: undefined }],
    ['words', { match: "It's your fault", sentence: undefined, replacement: undefined }],
    [
      'sentence',
      {
        match: "It's your fault",
        sentence: "It's your fault we missed the train.",
        replacement: 'I felt let down when we missed the train.',
      },
    ],
  ])('at "%s" keeps only the allowed text', async (level, text) => {
    const event = toStoredEvent(applied, level, at('2024-05-06'));
    await recordEvent(db, event);
    const stored = await db.get('events', event.id);
    expect(stored).toBeDefined();
    for (const [field, value] of Object.entries(text)) {
      expect(stored?.[field as 'match']).toBe(value);
      if (value === undefined) expect(Object.keys(stored ?? {})).not.toContain(field);
    }
    expect(stored).toMatchObject({
      host: 'mail.google.com',
      ruleId: 'your-fault',
      category: 'blame',
      action: 'applied',
      day: '2024-05-06',
    });
  });
});

describe('recording events', () => {
  it('counts every rule and action per day in the same transaction, without reading a count first', async () => {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 9)));
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 18)));
    await recordEvent(db, toStoredEvent(hint({ action: 'applied' }), 'words', at('2024-05-06', 18)));
    await recordEvent(db, toStoredEvent(hint(), 'counts', at('2024-05-07', 8)));
    expect(get).not.toHaveBeenCalled();
    expect(getAll).not.toHaveBeenCalled();
    expect(await db.count('pendingTallies')).toBe(4);
    const counts = (await readTallies(db, '2024-05-06', '2024-05-07')).map((t) => [t.day, t.action, t.count]);
    expect(counts).toEqual([
      ['2024-05-06', 'applied', 1],
      ['2024-05-06', 'shown', 2],
      ['2024-05-07', 'shown', 1],
    ]);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('folds pending counts into the per-day tallies without changing what readers see', async () => {
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 9)));
    await foldPendingTallies(db);
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 18)));
    await recordEvent(db, toStoredEvent(hint({ action: 'applied' }), 'words', at('2024-05-06', 18)));
    expect(await db.get('tallies', ['2024-05-06', 'blame', 'your-fault', 'shown'])).toMatchObject({ count: 1 });
    const before = await readTallies(db, '2024-05-06', '2024-05-06');
    await foldPendingTallies(db);
    expect(await db.count('pendingTallies')).toBe(0);
    expect(await db.get('tallies', ['2024-05-06', 'blame', 'your-fault', 'shown'])).toMatchObject({ count: 2 });
    expect(await db.get('tallies', ['2024-05-06', 'blame', 'your-fault', 'applied'])).toMatchObject({ count: 1 });
    expect(await readTallies(db, '2024-05-06', '2024-05-06')).toEqual(before);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
    // nothing pending: folding again changes nothing
    await foldPendingTallies(db);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('reads only the days asked for, pending counts included', async () => {
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-05')));
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06')));
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-08')));
    expect((await readTallies(db, '2024-05-06', '2024-05-07')).map((t) => t.day)).toEqual(['2024-05-06']);
  });

  it('refuses a second event with the same id and leaves the tallies untouched', async () => {
    const event = toStoredEvent(hint(), 'words', at('2024-05-06'));
    await recordEvent(db, event);
    await expect(recordEvent(db, { ...event, action: 'applied' })).rejects.toThrow();
    expect(await db.count('events')).toBe(1);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });
});
