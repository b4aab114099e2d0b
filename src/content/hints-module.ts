import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertTextResult } from '../protocol/tab';

/**
 * The hints (editor sessions, underlines, cards) ship as a separate script that the content script imports when an
 * editor first gets focus, so a page nobody writes on parses a few kilobytes instead of all of them. The script
 * hands its entry point over through a symbol on the content script's own global object, which pages cannot see.
 */
export const HINTS_SCRIPT = '/hints.js';

const HANDOFF = Symbol.for('mindful-draft.hints');

export interface HintsController {
  /** puts text into the editor last focused in this frame; null when this frame has none */
  insertText(text: string): Promise<InsertTextResult> | null;
}

export interface HintsModule {
  startHints(ctx: ContentScriptContext): HintsController;
}

type Handoff = Record<symbol, HintsModule | undefined>;

/** Called by the hints script when it runs. */
export function provideHints(module: HintsModule): void {
  (globalThis as unknown as Handoff)[HANDOFF] = module;
}

/** Imports the hints script once (the browser caches the module) and returns its entry point. */
export async function importHints(): Promise<HintsModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL(HINTS_SCRIPT));
  const module = (globalThis as unknown as Handoff)[HANDOFF];
  if (!module) throw new Error(`${HINTS_SCRIPT} did not provide the hints`);
  return module;
}
