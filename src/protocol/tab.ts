import { isRecord, isString } from './validate';

/** popup → content script of the active tab: put text into the editor the user last focused there */
export interface InsertTextMessage {
  type: 'insert-text';
  text: string;
}

export interface InsertTextResult {
  ok: boolean;
  /** why nothing was inserted, in words for the user */
  reason?: string;
}

export function parseInsertTextMessage(value: unknown): InsertTextMessage | null {
  if (!isRecord(value) || value.type !== 'insert-text' || !isString(value.text, 10_000)) return null;
  return { type: 'insert-text', text: value.text };
}
