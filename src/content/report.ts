import { browser } from 'wxt/browser';
import type { HintEvent, HintEventMessage } from '../protocol/history';

/**
 * Tells the background what happened to a hint, for the writer's private history. Fire and forget: with no receiver
 * (or an extension being updated) the message is simply lost, never an error on the page.
 */
export function reportHintEvent(event: HintEvent): void {
  const message: HintEventMessage = { type: 'hint-event', event };
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // the extension context is gone
  }
}
