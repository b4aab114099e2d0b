import { unwrap } from 'idb';
import { EXPORT_FORMAT, EXPORT_VERSION, type HistoryExport } from './export-format';
import type { Goal, HistoryDB, StoredEvent, Tally } from './schema';
import { mergeTallies, pendingTallyOf } from './tallies';

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

/** How far an import has come: `done` of `total` events written or found already there. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Writes issued at once: small enough that the page stays responsive between batches. */
export const IMPORT_BATCH = 500;

/**
 * Adds a validated export to the history in one transaction. Records are matched by id, so importing the same file
 * twice adds nothing the second time; if anything fails (a full disk, say) the transaction aborts and nothing is
 * changed.
 *
 * The writes go out in batches, each issued from the callback of the previous batch's last settled write (a
 * transaction stays open only while it has requests, so this keeps one transaction without holding the page for the
 * whole file), and `onProgress` hears after each batch. An event whose id is already stored fails its `add` with a ConstraintError,
 * which is caught and counted instead of aborting: no separate lookup per event.
 */
export function importHistory(
  db: HistoryDB,
  data: HistoryExport,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportResult> {
  const tx = unwrap(db).transaction(['events', 'tallies', 'goals', 'notes'], 'readwrite');
  const events = tx.objectStore('events');
  const goals = tx.objectStore('goals');
  const notes = tx.objectStore('notes');
  const tallies = tx.objectStore('tallies');
  const result: ImportResult = {
    eventsAdded: 0,
    eventsAlreadyThere: 0,
    goalsAdded: 0,
    goalsMerged: 0,
    notesAdded: 0,
    notesAlreadyThere: 0,
  };
  const added: StoredEvent[] = [];

  return new Promise<ImportResult>((resolve, reject) => {
    let failure: unknown;
    const fail = (error: unknown): void => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
    };
    /** Runs a step in a request callback; a throw aborts the whole import. */
    const step =
      <A extends unknown[]>(fn: (...args: A) => void) =>
      (...args: A): void => {
        try {
          fn(...args);
        } catch (error) {
          fail(error);
        }
      };
    tx.oncomplete = () => (failure === undefined ? resolve(result) : reject(failure));
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('The import was stopped.', 'AbortError'));

    /** An `add` whose key is already stored counts as already there instead of failing the transaction. */
    const addOnce = (store: IDBObjectStore, value: unknown, onAdded: () => void, onThere: () => void): void => {
      const request = store.add(value);
      request.onsuccess = step(onAdded);
      request.onerror = step((event: Event) => {
        if (request.error?.name !== 'ConstraintError') return; // anything else aborts the transaction
        event.preventDefault();
        event.stopPropagation();
        onThere();
      });
    };

    /** Issues `count` pieces of work in batches; `work(i, settle)` calls `settle` once piece i is written. */
    const inBatches = (count: number, work: (i: number, settle: () => void) => void, after: () => void): void => {
      let settled = 0;
      const issue = (from: number): void => {
        const to = Math.min(count, from + IMPORT_BATCH);
        const settle = (): void => {
          settled++;
          if (settled < to) return;
          if (to < count) issue(to);
          else after();
        };
        for (let i = from; i < to; i++) work(i, settle);
      };
      if (count === 0) after();
      else issue(0);
    };

    const writeTallies = (): void => {
      const list = mergeTallies(added.map(pendingTallyOf));
      inBatches(
        list.length,
        (i, settle) => {
          const delta = list[i]!;
          const get = tallies.get([delta.day, delta.category, delta.ruleId, delta.action]);
          get.onsuccess = step(() => {
            const current = get.result as Tally | undefined;
            const put = tallies.put({ ...delta, count: (current?.count ?? 0) + delta.count });
            put.onsuccess = step(settle);
          });
        },
        () => undefined,
      );
    };

    const writeGoalsAndNotes = (): void => {
      for (const goal of data.goals) {
        const get = goals.get(goal.id);
        get.onsuccess = step(() => {
          const local = get.result as Goal | undefined;
          if (!local) {
            result.goalsAdded++;
            goals.add(goal);
            return;
          }
          const merged = mergeGoal(local, goal);
          if (merged) {
            result.goalsMerged++;
            goals.put(merged);
          }
        });
      }
      for (const note of data.notes)
        addOnce(
          notes,
          note,
          () => result.notesAdded++,
          () => result.notesAlreadyThere++,
        );
      writeTallies();
    };

    const total = data.events.length;
    step(() =>
      inBatches(
        total,
        (i, settle) => {
          const event = data.events[i]!;
          const done = (): void => {
            const processed = result.eventsAdded + result.eventsAlreadyThere;
            if (processed % IMPORT_BATCH === 0 || processed === total) onProgress({ done: processed, total });
            settle();
          };
          addOnce(
            events,
            event,
            () => {
              result.eventsAdded++;
              added.push(event);
              done();
            },
            () => {
              result.eventsAlreadyThere++;
              done();
            },
          );
        },
        writeGoalsAndNotes,
      ),
    )();
  });
}
