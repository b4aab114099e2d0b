import { CATEGORIES, type Category } from '../engine/types';
import { isRecord, isString } from './validate';

export const HINT_ACTIONS = ['shown', 'applied', 'ignored', 'muted'] as const;
export type HintAction = (typeof HINT_ACTIONS)[number];

/**
 * What happened to one hint, reported once per occurrence (never per keystroke) by the content script.
 * The background decides what of `match` and `sentence` to keep, per the privacy level in settings.
 */
export interface HintEvent {
  ruleId: string;
  category: Category;
  action: HintAction;
  /** the flagged words */
  match: string;
  /** the sentence they were in */
  sentence: string;
  /** the page's host name */
  host: string;
  /** when the replacement was applied, its text */
  replacement?: string;
}

export interface HintEventMessage {
  type: 'hint-event';
  event: HintEvent;
}

export function parseHintEventMessage(value: unknown): HintEventMessage | null {
  if (!isRecord(value) || value.type !== 'hint-event' || !isRecord(value.event)) return null;
  const e = value.event;
  if (
    !isString(e.ruleId, 200) ||
    !(CATEGORIES as readonly unknown[]).includes(e.category) ||
    !(HINT_ACTIONS as readonly unknown[]).includes(e.action) ||
    !isString(e.match, 2_000) ||
    !isString(e.sentence, 4_000) ||
    !isString(e.host, 300) ||
    (e.replacement !== undefined && !isString(e.replacement, 4_000))
  ) {
    return null;
  }
  const event: HintEvent = {
    ruleId: e.ruleId,
    category: e.category as Category,
    action: e.action as HintAction,
    match: e.match,
    sentence: e.sentence,
    host: e.host,
  };
  if (e.replacement !== undefined) event.replacement = e.replacement as string;
  return { type: 'hint-event', event };
}

/** Sent by the background to open extension pages after it stores events, so the reflection page can offer them. */
export interface HistoryChangedMessage {
  type: 'history-changed';
  /** how many events were just stored */
  added: number;
}

export function parseHistoryChangedMessage(value: unknown): HistoryChangedMessage | null {
  if (!isRecord(value) || value.type !== 'history-changed') return null;
  const added = value.added;
  if (typeof added !== 'number' || !Number.isInteger(added) || added < 1 || added > 1_000_000) return null;
  return { type: 'history-changed', added };
}
