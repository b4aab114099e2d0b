/**
 * Runs `work` inside `tx` and waits for the commit. If any step fails the transaction is aborted, so either every write
 * lands or none does (a request that throws before reaching IndexedDB would otherwise let the others commit).
 */
export async function atomically<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  // an aborted transaction rejects `done` even when work failed first: that rejection is expected, not unhandled
  tx.done.catch(() => undefined);
  try {
    const [result] = await Promise.all([Promise.resolve().then(work), tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
}
