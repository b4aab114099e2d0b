import type { HintEvent } from '../protocol/history';
import type { PrivacyLevel } from '../settings/settings';
import { dayOf } from './days';
import { newId } from './ids';
import type { HistoryDB, StoredEvent } from './schema';
import { queueTallies } from './tallies';
import { atomically } from './atomic';

/** Keeps only the text the privacy level allows: "counts" none, "words" the flagged words, "sentence" the whole sentence. */
export function toStoredEvent(event: HintEvent, privacy: PrivacyLevel, time: number, id = newId()): StoredEvent {
  const stored: StoredEvent = {
    id,
    time,
    day: dayOf(time),
    host: event.host,
    ruleId: event.ruleId,
    category: event.category,
    action: event.action,
  };
  if (privacy === 'words' || privacy === 'sentence') stored.match = event.match;
  if (privacy === 'sentence') {
    stored.sentence = event.sentence;
    if (event.replacement !== undefined) stored.replacement = event.replacement;
  }
  return stored;
}

/**
 * Stores one event and its tally in one transaction: if the disk is full the transaction aborts as a whole, so the
 * history never holds an event its counts miss, and nothing already stored is touched.
 */
export async function recordEvent(db: HistoryDB, event: StoredEvent): Promise<void> {
  // relaxed: a hint event is not worth waiting for the disk to flush; an interrupted write aborts as a whole anyway
  const tx = db.transaction(['events', 'tallies'], 'readwrite', { durability: 'relaxed' });
  const count = async (): Promise<void> => {
    const writes = await queueTallies(tx.objectStore('tallies'), [event], 1);
    // Both writes are queued: committing now, rather than when the last one reports back, spares a round trip to the
    // database on every hint shown.
    tx.commit();
    await Promise.all(writes);
  };
  await atomically(tx, () => Promise.all([tx.objectStore('events').add(event), count()]));
}
