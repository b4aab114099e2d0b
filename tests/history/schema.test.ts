import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { dayOf } from '../../src/history/days';
import { closeHistoryDb, DB_NAME, DB_VERSION, openHistory, TALLY_KEY_PATH } from '../../src/history/schema';
import { knownHosts, readTallies, timelinePage } from '../../src/history/queries';
import { recordEvent, toStoredEvent } from '../../src/history/record';
import { pendingTallyOf } from '../../src/history/tallies';
import { notesForEvent } from '../../src/history/notes';
import { at, hint, recountedTallies, storedTallies } from './support';

interface FixtureStore {
  keyPath: string;
  indexes: { name: string; keyPath: string | string[] }[];
  records: Record<string, unknown>[];
}
interface Fixture {
  name: string;
  version: number;
  stores: Record<string, FixtureStore>;
}

const fixture = JSON.parse(readFileSync('tests/history/fixtures/history-v1.json', 'utf8')) as Fixture;

/** Builds the stored version-1 database exactly as the fixture describes it, without any of today's code. */
function createVersion1Database(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(fixture.name, fixture.version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [name, spec] of Object.entries(fixture.stores)) {
        const os = db.createObjectStore(name, { keyPath: spec.keyPath });
        for (const index of spec.indexes) os.createIndex(index.name, index.keyPath);
        for (const record of spec.records) os.add(record);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  closeHistoryDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('history schema', () => {
  it('creates every store and the indexes the page queries use', async () => {
    const db = await openHistory();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'goals', 'notes', 'pendingTallies', 'tallies']);
    const tx = db.transaction(['events', 'notes', 'tallies']);
    expect([...tx.objectStore('events').indexNames].sort()).toEqual([
      'category-host-time',
      'category-time',
      'host-time',
      'ruleId-time',
      'time',
    ]);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['eventIds', 'time']);
    expect(tx.objectStore('tallies').keyPath).toEqual(['day', 'category', 'ruleId', 'action']);
    expect(db.transaction('pendingTallies').objectStore('pendingTallies').autoIncrement).toBe(true);
    db.close();
  });

  it('upgrades the stored version-1 database and keeps every record', async () => {
    expect(fixture.name).toBe(DB_NAME);
    await createVersion1Database();
    const db = await openHistory();
    expect(db.version).toBe(DB_VERSION);

    const v1Events = fixture.stores.events!.records;
    const events = await db.getAll('events');
    expect(events).toHaveLength(v1Events.length);
    for (const old of v1Events) {
      const now = events.find((e) => e.id === old.id);
      // every field kept as it was, plus the day it fell on
      expect(now).toEqual({ ...old, day: dayOf(old.time as number) });
    }

    expect(await db.getAll('goals')).toEqual(
      [...fixture.stores.goals!.records].sort((a, b) => String(a.id).localeCompare(String(b.id))),
    );

    const notes = await db.getAll('notes');
    expect(notes).toHaveLength(fixture.stores.notes!.records.length);
    expect(notes.find((n) => n.id === 'v1-note-1')).toEqual({
      id: 'v1-note-1',
      time: fixture.stores.notes!.records[0]!.time,
      text: 'I was tired and snapped.',
      eventIds: ['v1-event-4'],
    });
    expect(notes.find((n) => n.id === 'v1-note-2')?.eventIds).toEqual([]);
    expect((await notesForEvent(db, 'v1-event-4')).map((n) => n.id)).toEqual(['v1-note-1']);

    // the counts built during the upgrade match the events, and the new indexes answer queries
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
    expect(await knownHosts(db)).toEqual(['app.slack.com', 'mail.google.com', 'outlook.live.com', 'web.whatsapp.com']);
    const slack = await timelinePage(db, { host: 'app.slack.com' }, 0, 10);
    expect(slack.map((e) => e.id)).toEqual(['v1-event-4', 'v1-event-3']);
    const criticismOnSlack = await timelinePage(db, { category: 'criticism', host: 'app.slack.com' }, 0, 10);
    expect(criticismOnSlack).toHaveLength(2);
    db.close();
  });

  it('upgrades a version-2 database: its counts stay as they were and new ones wait in the pending store', async () => {
    const event = { ...toStoredEvent(hint(), 'words', at('2024-05-06'), 'v2-event'), day: '2024-05-06' };
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        const db = request.result;
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('time', 'time');
        events.createIndex('category-time', ['category', 'time']);
        events.createIndex('host-time', ['host', 'time']);
        events.createIndex('ruleId-time', ['ruleId', 'time']);
        events.createIndex('category-host-time', ['category', 'host', 'time']);
        db.createObjectStore('tallies', { keyPath: TALLY_KEY_PATH }).add({ ...pendingTallyOf(event), count: 1 });
        db.createObjectStore('goals', { keyPath: 'id' });
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('time', 'time');
        notes.createIndex('eventIds', 'eventIds', { multiEntry: true });
        events.add(event);
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openHistory();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('pendingTallies')).toBe(0);
    expect(await storedTallies(db)).toEqual(await recountedTallies(db));
    await recordEvent(db, toStoredEvent(hint(), 'words', at('2024-05-06', 15)));
    expect(await db.count('pendingTallies')).toBe(1);
    expect((await readTallies(db, '2024-05-06', '2024-05-06')).map((t) => t.count)).toEqual([2]);
    db.close();
  });

  it('opens an already upgraded database without changing it', async () => {
    await createVersion1Database();
    const first = await openHistory();
    const before = { events: await first.getAll('events'), tallies: await first.getAll('tallies') };
    first.close();
    const again = await openHistory();
    expect(await again.getAll('events')).toEqual(before.events);
    expect(await again.getAll('tallies')).toEqual(before.tallies);
    again.close();
  });
});
