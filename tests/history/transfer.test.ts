import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHistoryExport, type HistoryExport } from '../../src/history/export-format';
import { createGoal, recordCheckIn } from '../../src/history/goals';
import { addNote } from '../../src/history/notes';
import type { HistoryDB } from '../../src/history/schema';
import { exportHistory, importHistory } from '../../src/history/transfer';
import { at, freshHistory, recountedTallies, store, storedTallies } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});

async function fill(target: HistoryDB): Promise<void> {
  const first = await store(target, '2024-05-01', { action: 'shown' });
  await store(target, '2024-05-01', { action: 'applied', host: 'app.slack.com' });
  await store(target, '2024-05-02', {
    action: 'ignored',
    ruleId: 'you-never',
    category: 'criticism',
    match: '<img src=x>',
  });
  await addNote(target, 'Tired that day.', [first.id], at('2024-05-01', 13));
  const goal = await createGoal(
    target,
    {
      title: 'Less blame',
      scope: { kind: 'category', category: 'blame' },
      targetPerWeek: 2,
      startDay: '2024-05-01',
      endDay: '2024-05-31',
      checkInEveryDays: 7,
    },
    at('2024-05-01'),
  );
  await recordCheckIn(target, goal.id, { feeling: 'on-track', note: 'Good week' }, at('2024-05-08'));
}

async function snapshot(target: HistoryDB): Promise<unknown> {
  const sortById = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => a.id.localeCompare(b.id));
  return {
    events: sortById(await target.getAll('events')),
    goals: sortById(await target.getAll('goals')),
    notes: sortById(await target.getAll('notes')),
    tallies: await storedTallies(target),
  };
}

function roundTrip(data: HistoryExport): string {
  return JSON.stringify(data);
}

describe('export and import', () => {
  it('round-trips everything through a versioned JSON file into an empty history', async () => {
    await fill(db);
    const exported = await exportHistory(db, at('2024-06-01'));
    expect(exported).toMatchObject({ format: 'mindful-draft-history', version: 1 });
    expect(exported.events.map((e) => e.day)).toEqual(['2024-05-01', '2024-05-01', '2024-05-02']);
    const before = await snapshot(db);

    const parsed = parseHistoryExport(roundTrip(exported));
    if (!parsed.ok) throw new Error(parsed.message);
    const other = await freshHistory();
    const result = await importHistory(other, parsed.data);
    expect(result).toEqual({
      eventsAdded: 3,
      eventsAlreadyThere: 0,
      goalsAdded: 1,
      goalsMerged: 0,
      notesAdded: 1,
      notesAlreadyThere: 0,
    });
    expect(await snapshot(other)).toEqual(before);
  });

  it('importing the same file twice creates no duplicates', async () => {
    await fill(db);
    const file = roundTrip(await exportHistory(db));
    const parsed = parseHistoryExport(file);
    if (!parsed.ok) throw new Error(parsed.message);
    const before = await snapshot(db);
    expect(await importHistory(db, parsed.data)).toEqual({
      eventsAdded: 0,
      eventsAlreadyThere: 3,
      goalsAdded: 0,
      goalsMerged: 0,
      notesAdded: 0,
      notesAlreadyThere: 1,
    });
    await importHistory(db, parsed.data);
    expect(await snapshot(db)).toEqual(before);
  });

  it('merges into an existing history: new events are added, a known goal gains only the missing check-ins', async () => {
    await fill(db);
    const exported = await exportHistory(db);
    const goal = exported.goals[0]!;
    const extraCheckIn = { ...goal.checkIns[0]!, id: 'from-other-machine', day: '2024-05-15', time: at('2024-05-15') };
    exported.goals[0] = { ...goal, title: 'Renamed elsewhere', checkIns: [...goal.checkIns, extraCheckIn] };
    exported.events.push({ ...exported.events[0]!, id: 'new-event', day: '2024-05-03', time: at('2024-05-03') });
    const parsed = parseHistoryExport(JSON.stringify(exported));
    if (!parsed.ok) throw new Error(parsed.message);
    const result = await importHistory(db, parsed.data);
    expect(result).toMatchObject({ eventsAdded: 1, eventsAlreadyThere: 3, goalsMerged: 1 });
    const local = await db.get('goals', goal.id);
    expect(local?.title).toBe('Less blame');
    expect(local?.checkIns.map((c) => c.id)).toEqual([goal.checkIns[0]!.id, 'from-other-machine']);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
  });

  it('a failing write changes nothing', async () => {
    await fill(db);
    const exported = await exportHistory(db);
    const other = await freshHistory();
    await store(other, '2024-04-01');
    const before = await snapshot(other);
    const parsed = parseHistoryExport(JSON.stringify(exported));
    if (!parsed.ok) throw new Error(parsed.message);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importHistory(other, parsed.data)).rejects.toThrow(/quota/i);
    put.mockRestore();
    expect(await snapshot(other)).toEqual(before);
  });
});

describe('malformed or foreign files are refused with a clear message', () => {
  const event = {
    id: 'e1',
    time: 1714557600000,
    day: '2024-05-01',
    host: 'mail.google.com',
    ruleId: 'your-fault',
    category: 'blame',
    action: 'shown',
  };
  const goal = {
    id: 'g1',
    title: 'Less blame',
    scope: { kind: 'category', category: 'blame' },
    targetPerWeek: 2,
    startDay: '2024-05-01',
    endDay: '2024-05-31',
    checkInEveryDays: 7,
    createdAt: 1714557600000,
    checkIns: [{ id: 'c1', time: 1714557600000, day: '2024-05-08', count: 1, feeling: 'on-track', note: '' }],
  };
  const note = { id: 'n1', time: 1714557600000, text: 'A note', eventIds: ['e1'] };
  const valid = {
    format: 'mindful-draft-history',
    version: 1,
    exportedAt: '2024-06-01T00:00:00.000Z',
    events: [event],
    goals: [goal],
    notes: [note],
  };
  const withEvent = (change: Record<string, unknown>): unknown => ({ ...valid, events: [{ ...event, ...change }] });
  const withGoal = (change: Record<string, unknown>): unknown => ({ ...valid, goals: [{ ...goal, ...change }] });
  const withNote = (change: Record<string, unknown>): unknown => ({ ...valid, notes: [{ ...note, ...change }] });

  it('accepts the valid sample these cases start from', () => {
    expect(parseHistoryExport(JSON.stringify(valid)).ok).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"format": "mindful-draft-history", ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a JSON list', '[]', /not a Mindful Draft history export/],
    ['JSON null', 'null', /not a Mindful Draft history export/],
    [
      'a foreign JSON file',
      JSON.stringify({ name: 'my-package', version: '1.0.0' }),
      /not a Mindful Draft history export/,
    ],
    [
      'another format name',
      JSON.stringify({ ...valid, format: 'other-app-history' }),
      /not a Mindful Draft history export/,
    ],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), /newer version.*format version 2/],
    ['a version that is not a number', JSON.stringify({ ...valid, version: '1' }), /unknown format version/],
    ['events missing', JSON.stringify({ ...valid, events: undefined }), /events should be a list/],
    ['goals not a list', JSON.stringify({ ...valid, goals: {} }), /goals should be a list/],
    ['notes missing', JSON.stringify({ ...valid, notes: null }), /notes should be a list/],
    ['an event that is not an object', JSON.stringify({ ...valid, events: ['e1'] }), /events\[0\] should be an object/],
    ['an event without id', JSON.stringify(withEvent({ id: undefined })), /events\[0\]\.id should be text/],
    ['an empty event id', JSON.stringify(withEvent({ id: '' })), /events\[0\]\.id is empty/],
    ['a fractional time', JSON.stringify(withEvent({ time: 1.5 })), /events\[0\]\.time should be a whole number/],
    ['a negative time', JSON.stringify(withEvent({ time: -1 })), /events\[0\]\.time should be a whole number/],
    ['a time as text', JSON.stringify(withEvent({ time: '2024-05-01' })), /events\[0\]\.time/],
    ['an impossible day', JSON.stringify(withEvent({ day: '2024-02-30' })), /events\[0\]\.day should be a date/],
    [
      'an unknown category',
      JSON.stringify(withEvent({ category: 'sarcasm' })),
      /events\[0\]\.category should be one of blame/,
    ],
    [
      'an unknown action',
      JSON.stringify(withEvent({ action: 'deleted' })),
      /events\[0\]\.action should be one of shown/,
    ],
    ['a host that is not text', JSON.stringify(withEvent({ host: 42 })), /events\[0\]\.host should be text/],
    [
      'an overlong match',
      JSON.stringify(withEvent({ match: 'x'.repeat(2001) })),
      /events\[0\]\.match should be text of at most 2,000/,
    ],
    ['a sentence that is not text', JSON.stringify(withEvent({ sentence: ['a'] })), /events\[0\]\.sentence/],
    [
      'a repeated event id',
      JSON.stringify({ ...valid, events: [event, event] }),
      /events\[1\]\.id repeats the id of events\[0\]/,
    ],
    ['a goal without title', JSON.stringify(withGoal({ title: '' })), /goals\[0\]\.title is empty/],
    [
      'a goal scope of unknown kind',
      JSON.stringify(withGoal({ scope: { kind: 'site', category: 'blame' } })),
      /goals\[0\]\.scope\.kind/,
    ],
    [
      'a rule goal without rule',
      JSON.stringify(withGoal({ scope: { kind: 'rule', category: 'blame' } })),
      /goals\[0\]\.scope\.ruleId/,
    ],
    ['a negative target', JSON.stringify(withGoal({ targetPerWeek: -3 })), /goals\[0\]\.targetPerWeek/],
    [
      'a goal ending before it starts',
      JSON.stringify(withGoal({ endDay: '2024-04-01' })),
      /goals\[0\]\.endDay comes before/,
    ],
    ['a check-in period of 0 days', JSON.stringify(withGoal({ checkInEveryDays: 0 })), /goals\[0\]\.checkInEveryDays/],
    ['check-ins not a list', JSON.stringify(withGoal({ checkIns: 'none' })), /goals\[0\]\.checkIns should be a list/],
    [
      'a check-in with an unknown feeling',
      JSON.stringify(withGoal({ checkIns: [{ ...goal.checkIns[0], feeling: 'meh' }] })),
      /goals\[0\]\.checkIns\[0\]\.feeling/,
    ],
    ['a repeated goal id', JSON.stringify({ ...valid, goals: [goal, goal] }), /goals\[1\]\.id repeats/],
    ['an empty note', JSON.stringify(withNote({ text: '' })), /notes\[0\]\.text is empty/],
    [
      'note links that are not ids',
      JSON.stringify(withNote({ eventIds: [1, 2] })),
      /notes\[0\]\.eventIds should be a list of event ids/,
    ],
    ['a repeated note id', JSON.stringify({ ...valid, notes: [note, note] }), /notes\[1\]\.id repeats/],
  ])('%s', async (_case, file, message) => {
    const parsed = parseHistoryExport(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).toMatch(/Nothing was changed\.$/);
  });

  it('the page never gets to write a refused file: the history stays as it was', async () => {
    await fill(db);
    const before = await snapshot(db);
    const parsed = parseHistoryExport(
      JSON.stringify({ ...valid, events: [event, { ...event, id: 'e2', category: 'x' }] }),
    );
    expect(parsed.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });
});
