import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeHistoryDb, openHistory, type HistoryDB, type StoredEvent, type Tally } from '../../src/history/schema';
import { toStoredEvent, recordEvent } from '../../src/history/record';
import { mergeTallies } from '../../src/history/tallies';
import type { HintEvent } from '../../src/protocol/history';
import type { Category } from '../../src/engine/types';

/** A fresh, empty IndexedDB for each test. */
export async function freshHistory(): Promise<HistoryDB> {
  closeHistoryDb();
  globalThis.indexedDB = new IDBFactory();
  return openHistory();
}

export function hint(overrides: Partial<HintEvent> = {}): HintEvent {
  return {
    ruleId: 'your-fault',
    category: 'blame',
    action: 'shown',
    match: "It's your fault",
    sentence: "It's your fault we missed the train.",
    host: 'mail.google.com',
    ...overrides,
  };
}

/** Local noon of a day, so tests hold in any time zone. */
export function at(day: string, hour = 12, minute = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
}

export async function store(
  db: HistoryDB,
  day: string,
  overrides: Partial<HintEvent> & { category?: Category } = {},
  hour = 12,
): Promise<StoredEvent> {
  const event = toStoredEvent(hint(overrides), 'words', at(day, hour));
  await recordEvent(db, event);
  return event;
}

/** Tallies recomputed from the events, to check the stored ones never drift. */
export async function recountedTallies(db: HistoryDB): Promise<Tally[]> {
  const counts = new Map<string, Tally>();
  for (const e of await db.getAll('events')) {
    const key = JSON.stringify([e.day, e.category, e.ruleId, e.action]);
    const t = counts.get(key) ?? { day: e.day, category: e.category, ruleId: e.ruleId, action: e.action, count: 0 };
    t.count++;
    counts.set(key, t);
  }
  return [...counts.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The stored counts as readers see them: the folded tallies plus those still pending. */
export async function storedTallies(db: HistoryDB): Promise<Tally[]> {
  const rows = mergeTallies([...(await db.getAll('tallies')), ...(await db.getAll('pendingTallies'))]);
  return rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
