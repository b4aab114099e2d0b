import type { IDBPObjectStore } from 'idb';
import type { HistorySchema, StoredEvent, Tally } from './schema';

type TallyStore = IDBPObjectStore<HistorySchema, ('events' | 'tallies')[], 'tallies', 'readwrite'>;

/** Adds (sign 1) or removes (sign -1) events from the per-day counts, inside the caller's transaction. */
export async function addToTallies(
  store: TallyStore,
  events: Iterable<Pick<StoredEvent, 'day' | 'category' | 'ruleId' | 'action'>>,
  sign: 1 | -1,
): Promise<void> {
  const deltas = new Map<string, Tally>();
  for (const e of events) {
    const key = JSON.stringify([e.day, e.category, e.ruleId, e.action]);
    const delta = deltas.get(key);
    if (delta) delta.count += sign;
    else deltas.set(key, { day: e.day, category: e.category, ruleId: e.ruleId, action: e.action, count: sign });
  }
  await Promise.all(
    [...deltas.values()].map(async (delta) => {
      const key: [string, string, string, string] = [delta.day, delta.category, delta.ruleId, delta.action];
      const current = await store.get(key);
      const count = (current?.count ?? 0) + delta.count;
      if (count > 0) await store.put({ ...delta, count });
      else if (current) await store.delete(key);
    }),
  );
}
