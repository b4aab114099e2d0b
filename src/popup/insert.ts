import { browser } from 'wxt/browser';
import type { InsertTextMessage, InsertTextResult } from '../protocol/tab';
import { isRecord, isString } from '../protocol/validate';

/** The content script's answer, checked like any message from another context. */
export function parseInsertTextResult(value: unknown): InsertTextResult | null {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return null;
  if (value.reason !== undefined && !isString(value.reason, 500)) return null;
  return value.reason === undefined ? { ok: value.ok } : { ok: value.ok, reason: value.reason };
}

export const NOT_RUNNING =
  'Mindful Draft is not running on this page, so it cannot insert here. Reload the page if you just installed or updated it, or turn on “Check drafts on this site”.';
export const NO_TAB = 'Open the page you are writing on, then insert from there.';

/**
 * Puts the text into the editor the writer last focused on the tab, through the content script (the same input path as
 * applying a suggestion, so the page's editor and its undo history see an ordinary edit).
 */
export async function insertIntoTab(tabId: number | undefined, text: string): Promise<InsertTextResult> {
  if (tabId === undefined) return { ok: false, reason: NO_TAB };
  const message: InsertTextMessage = { type: 'insert-text', text };
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, message);
  } catch {
    // no content script answered: not a checked site, or the page predates the extension
    return { ok: false, reason: NOT_RUNNING };
  }
  if (raw === undefined) return { ok: false, reason: NOT_RUNNING };
  const result = parseInsertTextResult(raw);
  if (!result)
    return { ok: false, reason: 'The page answered in a way Mindful Draft does not understand; nothing was inserted.' };
  if (!result.ok && !result.reason)
    return { ok: false, reason: 'Nothing was inserted. Click into the message box first.' };
  return result;
}

/** Copies with the async clipboard, falling back to a hidden field where that is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}
