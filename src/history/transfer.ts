import { EXPORT_FORMAT, EXPORT_VERSION, type HistoryExport } from './export-format';
import type { Goal, HistoryDB, StoredEvent } from './schema';
import { addToTallies } from './tallies';
import { atomically } from './atomic';

/** Everything the history holds, read in one transaction so the file is a consistent snapshot. */
export async function exportHistory(db: HistoryDB, now = Date.now()): Promise<HistoryExport> {
  const tx = db.transaction(['events', 'goals', 'notes']);
  const [events, goals, notes] = await Promise.all([
    tx.objectStore('events').index('time').getAll(),
    tx.objectStore('goals').getAll(),
    tx.objectStore('notes').index('time').getAll(),
    tx.done,
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    events,
    goals,
    notes,
  };
}

export interface ImportResult {
  eventsAdded: number;
  eventsAlreadyThere: number;
  goalsAdded: number;
  goalsMerged: number;
  notesAdded: number;
  notesAlreadyThere: number;
}

/** A goal in both places keeps the local settings and gains the check-ins only the file has. */
function mergeGoal(local: Goal, imported: Goal): Goal | null {
  const known = new Set(local.checkIns.map((c) => c.id));
  const extra = imported.checkIns.filter((c) => !known.has(c.id));
  if (extra.length === 0) return null;
  return { ...local, checkIns: [...local.checkIns, ...extra].sort((a, b) => a.time - b.time) };
}

/**
 * Adds a validated export to the history in one transaction. Records are matched by id, so importing the same file
 * twice adds nothing the second time; if anything fails (a full disk, say) nothing is changed.
 */
export async function importHistory(db: HistoryDB, data: HistoryExport): Promise<ImportResult> {
  const tx = db.transaction(['events', 'tallies', 'goals', 'notes'], 'readwrite');
  const events = tx.objectStore('events');
  const goals = tx.objectStore('goals');
  const notes = tx.objectStore('notes');
  const result: ImportResult = {
    eventsAdded: 0,
    eventsAlreadyThere: 0,
    goalsAdded: 0,
    goalsMerged: 0,
    notesAdded: 0,
    notesAlreadyThere: 0,
  };
  const added: StoredEvent[] = [];
  const writes: Promise<unknown>[] = [];
  const work = async (): Promise<void> => {
    const eventKeys = await Promise.all(data.events.map((e) => events.getKey(e.id)));
    data.events.forEach((event, i) => {
      if (eventKeys[i] !== undefined) {
        result.eventsAlreadyThere++;
        return;
      }
      added.push(event);
      writes.push(events.add(event));
    });
    result.eventsAdded = added.length;
    const localGoals = await Promise.all(data.goals.map((g) => goals.get(g.id)));
    data.goals.forEach((goal, i) => {
      const local = localGoals[i];
      if (!local) {
        result.goalsAdded++;
        writes.push(goals.add(goal));
        return;
      }
      const merged = mergeGoal(local, goal);
      if (merged) {
        result.goalsMerged++;
        writes.push(goals.put(merged));
      }
    });
    const noteKeys = await Promise.all(data.notes.map((n) => notes.getKey(n.id)));
    data.notes.forEach((note, i) => {
      if (noteKeys[i] !== undefined) {
        result.notesAlreadyThere++;
        return;
      }
      result.notesAdded++;
      writes.push(notes.add(note));
    });
    writes.push(addToTallies(tx.objectStore('tallies'), added, 1));
    await Promise.all(writes);
  };
  await atomically(tx, work);
  return result;
}
