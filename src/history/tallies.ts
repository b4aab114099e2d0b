import type { IDBPObjectStore } from 'idb';
import type { HistorySchema, StoredEvent, Tally } from './schema';

type TallyStore = IDBPObjectStore<HistorySchema, ('events' | 'tallies')[], 'tallies', 'readwrite'>;

/** Adds (sign 1) or removes (sign -1) events from the per-day counts, inside the caller's transaction. */
export async function addToTallies(
  store: TallyStore,
  events: Iterable<Pick<StoredEvent, 'day' | 'category' | 'ruleId' | 'action'>>,
  sign: 1 | -1,
): Promise<void> {
  await Promise.all(await queueTallies(store, events, sign));
}

/**
 * As `addToTallies`, but resolves once every write is queued, with the writes themselves: a caller with nothing else to
 * do in the transaction can commit it then instead of waiting for them to report back.
 */
export async function queueTallies(
  store: TallyStore,
  events: Iterable<Pick<StoredEvent, 'day' | 'category' | 'ruleId' | 'action'>>,
  sign: 1 | -1,
): Promise<Promise<unknown>[]> {
  const deltas = new Map<string, Tally>();
  for (const e of events) {
    const key = JSON.stringify([e.day, e.category, e.ruleId, e.action]);
    const delta = deltas.get(key);
    if (delta) delta.count += sign;
    else deltas.set(key, { day: e.day, category: e.category, ruleId: e.ruleId, action: e.action, count: sign });
  }
  // each write is wrapped: an async function returning the bare request would wait for it to finish
  const queued = await Promise.all(
    [...deltas.values()].map(async (delta): Promise<{ write: Promise<unknown> }> => {
      const key: [string, string, string, string] = [delta.day, delta.category, delta.ruleId, delta.action];
      const current = await store.get(key);
      const count = (current?.count ?? 0) + delta.count;
      const write: Promise<unknown> =
        count > 0 ? store.put({ ...delta, count }) : current ? store.delete(key) : Promise.resolve();
      // a failed write aborts the transaction, which the caller hears from; it may fail before the caller awaits it
      write.catch(() => undefined);
      return { write };
    }),
  );
  return queued.map((q) => q.write);
}
