/**
 * The reflection history's IndexedDB schema and its whole upgrade path, in one place.
 *
 * Version 1 (the original): `events` (indexes `time`, `category-time`), `goals`, `notes` (each note linked to at most one
 * event through `eventId`).
 * Version 2: every event gains `day` (its local calendar day), `events` gains `host-time`, `ruleId-time` and
 * `category-host-time` so each timeline filter is one index range; a derived `tallies` store keeps per-day counts so the
 * overview and goal progress never scan events; a note can link to several events (`eventIds`, multi-entry index).
 * Version 3: `pendingTallies` holds the counts of newly recorded events until they are folded into `tallies`, so
 * recording an event writes without first reading its day's count.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Category } from '../engine/types';
import type { HintAction } from '../protocol/history';
import { dayOf } from './days';

export const DB_NAME = 'mindful-draft-history';
export const DB_VERSION = 3;

export interface StoredEvent {
  /** random and unique, so an export imported twice is recognised */
  id: string;
  /** milliseconds since the epoch */
  time: number;
  /** local calendar day of `time` when it was recorded, YYYY-MM-DD; the tallies are keyed by it */
  day: string;
  host: string;
  ruleId: string;
  category: Category;
  action: HintAction;
  /** the flagged words: kept at privacy level "words" and "sentence" */
  match?: string;
  /** the whole sentence: kept at privacy level "sentence" only */
  sentence?: string;
  /** the applied rewording: kept at privacy level "sentence" only, as it carries the sentence's words */
  replacement?: string;
}

/** How many events of one rule and action fell on one day. Derived from `events`, never exported. */
export interface Tally {
  day: string;
  category: Category;
  ruleId: string;
  action: HintAction;
  count: number;
}

export type GoalScope = { kind: 'category'; category: Category } | { kind: 'rule'; ruleId: string; category: Category };

export const CHECK_IN_FEELINGS = ['on-track', 'some-progress', 'struggling'] as const;
export type CheckInFeeling = (typeof CHECK_IN_FEELINGS)[number];

export interface CheckIn {
  id: string;
  time: number;
  day: string;
  /** hints of the goal's pattern in the week up to the check-in, as computed then */
  count: number;
  feeling: CheckInFeeling;
  note: string;
}

export interface Goal {
  id: string;
  title: string;
  scope: GoalScope;
  /** the most hints of this pattern per week the writer aims for */
  targetPerWeek: number;
  startDay: string;
  endDay: string;
  checkInEveryDays: number;
  createdAt: number;
  checkIns: CheckIn[];
}

export interface Note {
  id: string;
  time: number;
  text: string;
  eventIds: string[];
}

export interface HistorySchema extends DBSchema {
  events: {
    key: string;
    value: StoredEvent;
    indexes: {
      time: number;
      'category-time': [string, number];
      'host-time': [string, number];
      'ruleId-time': [string, number];
      'category-host-time': [string, string, number];
    };
  };
  tallies: { key: [string, string, string, string]; value: Tally };
  /** one row per event recorded since the last fold; readers add them to `tallies` */
  pendingTallies: { key: number; value: Tally };
  goals: { key: string; value: Goal };
  notes: { key: string; value: Note; indexes: { time: number; eventIds: string } };
}

export type HistoryDB = IDBPDatabase<HistorySchema>;
type UpgradeTransaction = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/** A version-1 note, before notes could link to several events. */
interface NoteV1 {
  id: string;
  time: number;
  text: string;
  eventId?: string;
}

export const TALLY_KEY_PATH = ['day', 'category', 'ruleId', 'action'];

function createVersion1(db: IDBDatabase): void {
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('time', 'time');
  events.createIndex('category-time', ['category', 'time']);
  db.createObjectStore('goals', { keyPath: 'id' });
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('time', 'time');
}

async function upgradeToVersion2(db: IDBPDatabase<HistorySchema>, tx: UpgradeTransaction): Promise<void> {
  const events = tx.objectStore('events');
  events.createIndex('host-time', ['host', 'time']);
  events.createIndex('ruleId-time', ['ruleId', 'time']);
  events.createIndex('category-host-time', ['category', 'host', 'time']);
  const tallies = db.createObjectStore('tallies', { keyPath: TALLY_KEY_PATH });
  const counts = new Map<string, Tally>();
  for (let cursor = await events.openCursor(); cursor; cursor = await cursor.continue()) {
    const event = cursor.value;
    if (!event.day) {
      event.day = dayOf(event.time);
      await cursor.update(event);
    }
    const key = JSON.stringify([event.day, event.category, event.ruleId, event.action]);
    const tally = counts.get(key);
    if (tally) tally.count++;
    else
      counts.set(key, {
        day: event.day,
        category: event.category,
        ruleId: event.ruleId,
        action: event.action,
        count: 1,
      });
  }
  for (const tally of counts.values()) await tallies.put(tally);

  const notes = tx.objectStore('notes');
  for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as unknown as NoteV1 & { eventIds?: string[] };
    if (Array.isArray(old.eventIds)) continue;
    const note: Note = {
      id: old.id,
      time: old.time,
      text: old.text,
      eventIds: old.eventId ? [old.eventId] : [],
    };
    await cursor.update(note);
  }
  notes.createIndex('eventIds', 'eventIds', { multiEntry: true });
}

/**
 * Opens (creating or upgrading as needed) the history database. Extension contexts only: a content script's IndexedDB
 * belongs to the website it runs on. `onGone` runs when this connection closes to let a newer version upgrade.
 */
export function openHistory(onGone?: () => void): Promise<HistoryDB> {
  return openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) createVersion1(db as unknown as IDBDatabase);
      if (oldVersion < 2) await upgradeToVersion2(db, tx);
      if (oldVersion < 3) db.createObjectStore('pendingTallies', { autoIncrement: true });
    },
    blocking(_current, _next, event) {
      // another context opened a newer version: step aside rather than block its upgrade
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated() {
      onGone?.();
    },
  });
}

let shared: Promise<HistoryDB> | undefined;

/** One connection per context, reopened after the browser or a newer version closed it. */
export function historyDb(): Promise<HistoryDB> {
  shared ??= openHistory(() => {
    shared = undefined;
  }).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Forget the shared connection (tests swap the IndexedDB factory between cases). */
export function closeHistoryDb(): void {
  void shared?.then((db) => db.close()).catch(() => undefined);
  shared = undefined;
}
