import { browser, type Browser } from 'wxt/browser';
import { ANALYSIS_PORT } from '../protocol/analysis';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseInsertTextMessage, type InsertTextResult } from '../protocol/tab';
import { deepActiveElement } from './active-element';
import type { HintsController, HintsModule } from './hints-module';
import { editorFor } from './targets';

/** When no frame of the tab has an editor, the top frame says so, after giving frames that have one time to answer. */
const NO_EDITOR_ANSWER_MS = 300;
const NO_EDITOR: InsertTextResult = { ok: false, reason: 'Click into the message you are writing, then try again.' };

const later = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Opens the analysis port while the hints script loads: the background starts loading its engine on connect, so the
 * first sentence the writer types is not kept waiting for it. The hints open their own port before this one closes.
 */
function wakeEngine(): Browser.runtime.Port | null {
  try {
    return browser.runtime.connect({ name: ANALYSIS_PORT });
  } catch {
    // the extension was reloaded or removed: this page's script is an orphan
    return null;
  }
}

/**
 * What runs on every matched page: it waits for the writer to focus something to check, and only then loads the
 * hints. Until that moment it answers the popup's "insert" itself, since no editor in this frame was ever focused.
 */
export function startLoader(ctx: ContentScriptContext, load: () => Promise<HintsModule>): void {
  let loading: Promise<HintsController | null> | null = null;
  let controller: HintsController | null = null;

  // called once: by the focus listener only while nothing is loading, or for an editor focused before this script ran
  const start = (): void => {
    const warm = wakeEngine();
    loading = load()
      .then((module) => (ctx.isValid ? (controller = module.startHints(ctx)) : null))
      .catch((error: unknown) => {
        console.warn('Mindful Draft could not start its hints:', error);
        return null;
      })
      .finally(() => warm?.disconnect());
  };

  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      if (!loading && editorFor(e.composedPath()[0] ?? null)) start();
    },
    { capture: true },
  );

  const noEditor = async (): Promise<InsertTextResult> => {
    await later(NO_EDITOR_ANSWER_MS);
    return NO_EDITOR;
  };

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: InsertTextResult) => void): true | undefined => {
    const message = parseInsertTextMessage(raw);
    if (!message) return undefined;
    let answer: Promise<InsertTextResult> | null;
    if (controller) answer = controller.insertText(message.text);
    else if (loading) {
      // the hints are on their way: the editor the writer just focused gets the text once they are
      answer = loading.then((ready) => ready?.insertText(message.text) ?? noEditor());
    } else answer = null;
    // a frame without an editor stays silent, so that the frame that has one answers; the top frame says none has
    if (!answer && window !== window.top) return undefined;
    void (answer ?? noEditor()).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  if (editorFor(deepActiveElement(document))) start();
}
