import type { HintEvent } from '../protocol/history';
import type { PrivacyLevel } from '../settings/settings';
import { dayOf } from './days';
import { newId } from './ids';
import type { HistoryDB, StoredEvent } from './schema';
import { pendingTallyOf } from './tallies';
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
 * Stores one event and its pending count in one transaction: if the disk is full the transaction aborts as a whole, so
 * the history never holds an event its counts miss, and nothing already stored is touched. Neither write reads first:
 * the count joins `tallies` later, when the background folds them.
 */
export async function recordEvent(db: HistoryDB, event: StoredEvent): Promise<void> {
  // relaxed: a hint event is not worth waiting for the disk to flush; an interrupted write aborts as a whole anyway
  const tx = db.transaction(['events', 'pendingTallies'], 'readwrite', { durability: 'relaxed' });
  await atomically(tx, () => {
    const writes = Promise.all([
      tx.objectStore('events').add(event),
      tx.objectStore('pendingTallies').add(pendingTallyOf(event)),
    ]);
    // both writes are queued: committing now, rather than when they report back, spares a round trip per hint shown
    tx.commit();
    return writes;
  });
}
