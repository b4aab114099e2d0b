import { beforeEach, describe, expect, it } from 'vitest';
import { recordEvent, toStoredEvent } from '../../src/history/record';
import type { HistoryDB } from '../../src/history/schema';
import type { PrivacyLevel } from '../../src/settings/settings';
import { at, freshHistory, hint, recountedTallies, storedTallies } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
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
  it('keeps a per-day tally for every rule and action in the same transaction', async () => {
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 9)));
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 18)));
    await recordEvent(db, toStoredEvent(hint({ action: 'applied' }), 'words', at('2024-05-06', 18)));
    await recordEvent(db, toStoredEvent(hint(), 'counts', at('2024-05-07', 8)));
    expect(await db.get('tallies', ['2024-05-06', 'blame', 'your-fault', 'shown'])).toMatchObject({ count: 2 });
    expect(await db.get('tallies', ['2024-05-06', 'blame', 'your-fault', 'applied'])).toMatchObject({ count: 1 });
    expect(await db.get('tallies', ['2024-05-07', 'blame', 'your-fault', 'shown'])).toMatchObject({ count: 1 });
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('refuses a second event with the same id and leaves the tallies untouched', async () => {
    const event = toStoredEvent(hint(), 'words', at('2024-05-06'));
    await recordEvent(db, event);
    await expect(recordEvent(db, { ...event, action: 'applied' })).rejects.toThrow();
    expect(await db.count('events')).toBe(1);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });
});
