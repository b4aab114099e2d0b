/**
 * When to fold pending counts into the tallies: a while after the first event recorded since the last fold (off the
 * path of that event, and once for a whole burst of them), or at once when many are waiting, so that readers never
 * have many rows to add up.
 */
export const FOLD_AFTER_MS = 5_000;
export const FOLD_AT_MOST = 200;

export interface FoldSchedule {
  /** one more event holds its count in the pending store */
  recorded(): void;
}

export function createFoldSchedule(
  fold: () => Promise<void>,
  afterMs = FOLD_AFTER_MS,
  atMost = FOLD_AT_MOST,
): FoldSchedule {
  let waiting = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    waiting = 0;
    try {
      await fold();
    } catch (error) {
      // the counts stay pending, where readers still see them; the next fold takes them along
      console.error('Mindful Draft could not fold the pending counts', error);
    }
  };
  return {
    recorded() {
      waiting++;
      if (waiting >= atMost) void run();
      else timer ??= setTimeout(() => void run(), afterMs);
    },
  };
}
