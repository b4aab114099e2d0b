import { newId } from './ids';
import type { HistoryDB, Note } from './schema';

export const NOTE_MAX_LENGTH = 10_000;

export async function addNote(db: HistoryDB, text: string, eventIds: string[] = [], now = Date.now()): Promise<Note> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('The note is empty.');
  if (trimmed.length > NOTE_MAX_LENGTH)
    throw new Error(`Keep a note under ${NOTE_MAX_LENGTH.toLocaleString('en')} characters.`);
  const note: Note = { id: newId(), time: now, text: trimmed, eventIds: [...new Set(eventIds)] };
  await db.add('notes', note);
  return note;
}

/** Notes linked to an event, through the multi-entry index. */
export function notesForEvent(db: HistoryDB, eventId: string): Promise<Note[]> {
  return db.getAllFromIndex('notes', 'eventIds', eventId);
}

/** Newest first. */
export async function listNotes(db: HistoryDB, limit = 200): Promise<Note[]> {
  const notes: Note[] = [];
  for (
    let c = await db.transaction('notes').store.index('time').openCursor(null, 'prev');
    c && notes.length < limit;
    c = await c.continue()
  ) {
    notes.push(c.value);
  }
  return notes;
}
