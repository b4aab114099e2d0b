import { addDays, dayOf, startOfDay } from './days';
import type { HistoryDB, StoredEvent } from './schema';
import { addToTallies } from './tallies';
import { atomically } from './atomic';

export interface Deleted {
  events: number;
  notes: number;
}

/**
 * Deletes the events and notes whose time falls in [from, to), and their counts, in one transaction: a failure leaves
 * everything as it was.
 */
export async function deleteTimeRange(db: HistoryDB, from: number, to: number): Promise<Deleted> {
  if (!(to > from)) return { events: 0, notes: 0 };
  const range = IDBKeyRange.bound(from, to, false, true);
  const tx = db.transaction(['events', 'tallies', 'pendingTallies', 'notes'], 'readwrite');
  return atomically(tx, async () => {
    const removed: StoredEvent[] = [];
    const pending: Promise<void>[] = [];
    for (let c = await tx.objectStore('events').index('time').openCursor(range); c; c = await c.continue()) {
      removed.push(c.value);
      pending.push(c.delete());
    }
    let notes = 0;
    for (let c = await tx.objectStore('notes').index('time').openCursor(range); c; c = await c.continue()) {
      notes++;
      pending.push(c.delete());
    }
    await Promise.all([...pending, addToTallies(tx, removed, -1)]);
    return { events: removed.length, notes };
  });
}

/** Deletes whole local days, `fromDay` through `toDay` inclusive. */
export function deleteDays(db: HistoryDB, fromDay: string, toDay: string): Promise<Deleted> {
  return deleteTimeRange(db, startOfDay(fromDay), startOfDay(addDays(toDay, 1)));
}

/** Everything: events, counts, notes and goals. */
export async function deleteEverything(db: HistoryDB): Promise<void> {
  const tx = db.transaction(['events', 'tallies', 'pendingTallies', 'notes', 'goals'], 'readwrite');
  await Promise.all([
    tx.objectStore('events').clear(),
    tx.objectStore('tallies').clear(),
    tx.objectStore('pendingTallies').clear(),
    tx.objectStore('notes').clear(),
    tx.objectStore('goals').clear(),
    tx.done,
  ]);
}

/** Removes events and notes from days older than `retentionDays` before today; goals are kept. */
export function applyRetention(db: HistoryDB, retentionDays: number, now = Date.now()): Promise<Deleted> {
  const days = Math.max(1, Math.floor(retentionDays));
  const cutoff = startOfDay(addDays(dayOf(now), -days));
  return deleteTimeRange(db, 0, cutoff);
}
