import { storage } from 'wxt/utils/storage';

/** A problem the background met while recording, shown on the reflection page until recording works again. */
export interface HistoryStatus {
  problem: 'quota';
  since: number;
  /** events that could not be stored since then */
  notStored: number;
}

export const historyStatusItem = storage.defineItem<HistoryStatus | null>('local:historyStatus', { fallback: null });

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const e = error as { name?: string; message?: string; inner?: unknown };
  return e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? '');
}

export const QUOTA_MESSAGE =
  'The browser has no more room for your history, so new hints are not being recorded. Everything already saved is safe. ' +
  'Export your history, then delete older months (or free disk space) to start recording again.';
