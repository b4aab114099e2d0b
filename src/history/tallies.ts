import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { atomically } from './atomic';
import type { HistorySchema, StoredEvent, Tally } from './schema';

type Counted = Pick<StoredEvent, 'day' | 'category' | 'ruleId' | 'action'>;
type TallyTransaction<Stores extends StoreNames<HistorySchema>[]> = IDBPTransaction<HistorySchema, Stores, 'readwrite'>;

/** The row an event adds to `pendingTallies` when it is recorded. */
export function pendingTallyOf(event: Counted): Tally {
  return { day: event.day, category: event.category, ruleId: event.ruleId, action: event.action, count: 1 };
}

function keyOf(t: Counted): [string, string, string, string] {
  return [t.day, t.category, t.ruleId, t.action];
}

/** Sums rows that share a day, rule and action into one, in the tallies' key order. */
export function mergeTallies(rows: Iterable<Tally>): Tally[] {
  const merged = new Map<string, Tally>();
  for (const row of rows) {
    const key = JSON.stringify(keyOf(row));
    const sum = merged.get(key);
    if (sum) sum.count += row.count;
    else merged.set(key, { ...row });
  }
  return [...merged.values()].sort(byKey);
}

/** The order IndexedDB keeps tallies in: field by field, each string by code unit (as < compares them). */
function byKey(a: Tally, b: Tally): number {
  const [x, y] = [keyOf(a), keyOf(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/**
 * Folds every pending count into `tallies`, and adds (sign 1) or removes (sign -1) `events` from them, inside the
 * caller's transaction. Folding first matters when removing: an event recorded since the last fold has its count only
 * in `pendingTallies`.
 */
export async function addToTallies<Stores extends StoreNames<HistorySchema>[]>(
  tx: TallyTransaction<Stores>,
  events: Iterable<Counted>,
  sign: 1 | -1,
): Promise<void> {
  const pending = tx.objectStore('pendingTallies');
  const tallies = tx.objectStore('tallies');
  // getAll is answered before clear runs: requests in one transaction run in the order they were made
  const [queued] = await Promise.all([pending.getAll(), pending.clear()]);
  const deltas = mergeTallies([...queued, ...[...events].map((e) => ({ ...pendingTallyOf(e), count: sign }))]);
  await Promise.all(
    deltas.map(async (delta) => {
      const key = keyOf(delta);
      const current = await tallies.get(key);
      const count = (current?.count ?? 0) + delta.count;
      if (count > 0) await tallies.put({ ...delta, count });
      else if (current) await tallies.delete(key);
    }),
  );
}

/** Moves the pending counts into `tallies` in one transaction, so that readers have few rows to add up. */
export async function foldPendingTallies(db: IDBPDatabase<HistorySchema>): Promise<void> {
  const tx = db.transaction(['tallies', 'pendingTallies'], 'readwrite');
  await atomically(tx, () => addToTallies(tx, [], 1));
}
