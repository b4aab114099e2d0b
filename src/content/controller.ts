import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from '../adapters';
import type { Box } from '../adapters/types';
import type { CardAction } from '../hints/card';
import { Overlay } from '../hints/overlay';
import type { InsertTextResult } from '../protocol/tab';
import type { HintsController } from './hints-module';
import { DEFAULT_SETTINGS } from '../settings/normalize';
import type { Settings } from '../settings/settings';
import { createAnalysisClient } from './analysis-client';
import { deepActiveElement } from './active-element';
import { nearestHint, type Hint } from './hint-model';
import { pageHost } from './page-host';
import { reportHintEvent } from './report';
import { isSitePaused, watchSettings } from './settings-watch';
import { ANALYSIS_DELAY_MS, EditorSession, type SessionHost } from './session';
import { isOpenHintShortcut } from './shortcut';
import { editorFor } from './targets';

const isTextField = (el: Element): boolean => el.nodeName === 'TEXTAREA' || el.nodeName === 'INPUT';

function isFocused(el: HTMLElement): boolean {
  const active = deepActiveElement(el.ownerDocument);
  return !!active && (active === el || el.contains(active));
}

/** Where the card goes: below the last line of the flagged words, starting at their first line's left edge. */
function anchorOf(boxes: readonly Box[]): Box | null {
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  return first && last ? { left: first.left, top: last.top, width: last.width, height: last.height } : null;
}

/**
 * Wires the page: finds the editor the writer is in, keeps one session per editor, draws the active one's hints, and
 * puts the popup's text into the editor last focused. The loader starts it when an editor first gets focus.
 */
export function startHints(ctx: ContentScriptContext): HintsController {
  const doc = document;
  const host = pageHost();
  const client = createAnalysisClient(() => host);
  let settings: Settings = DEFAULT_SETTINGS;
  let paused = false;
  let muted = new Set<string>();
  let overlay: Overlay | null = null;
  const sessions = new WeakMap<HTMLElement, EditorSession>();
  const observers = new WeakMap<EditorSession, MutationObserver>();
  let active: EditorSession | null = null;
  let lastFocused: EditorSession | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const resizes = new ResizeObserver(() => requestRender());

  const sessionHost: SessionHost = {
    client,
    canAnalyze: (s) => !paused && s === active && s.element.isConnected,
    isMuted: (ruleId) => muted.has(ruleId),
    report: (event) => reportHintEvent({ ...event, host }),
    changed: (s) => {
      if (s === active) requestRender();
    },
    edited: (s, from) => {
      if (s !== active) return;
      // typing costs no layout: marks after the caret are hidden, and everything is measured again at the pause
      overlay?.hideFrom(from);
      clearTimeout(settle);
      settle = setTimeout(() => {
        settle = undefined;
        requestRender();
      }, ANALYSIS_DELAY_MS);
    },
  };

  const ui = (): Overlay => {
    overlay ??= new Overlay(doc, {
      onAction: (hint, action, byKeyboard) => void onAction(hint, action, byKeyboard),
      onBadge: () => openNearest(true),
    });
    return overlay;
  };

  function requestRender(): void {
    // while the writer types, the pause redraws (scrolling that typing causes included)
    if (!frame && settle === undefined) frame = requestAnimationFrame(render);
  }

  function render(): void {
    frame = 0;
    const s = active;
    if (!s || paused || !s.element.isConnected) {
      overlay?.clear();
      return;
    }
    // a field's value can change without an input event (the page cleared it after sending)
    if (isTextField(s.element)) s.onChange();
    const hints = s.visible();
    if (!hints.length && !overlay) return;
    const o = ui();
    const visible = hints.length ? s.adapter.visibleBox() : null;
    const drawn = visible
      ? hints.map((hint) => ({
          hint,
          boxes: s.adapter
            .boxes(hint.start, hint.end)
            .filter(
              (b) =>
                b.left < visible.left + visible.width &&
                b.left + b.width > visible.left &&
                b.top < visible.top + visible.height &&
                b.top + b.height > visible.top,
            ),
        }))
      : [];
    o.draw(
      drawn.filter((d) => d.boxes.length),
      visible,
    );
    const open = o.card.hint;
    if (open) {
      if (!hints.includes(open)) o.card.close();
      else o.card.place(anchorOf(o.boxesOf(open)));
    }
  }

  function activate(editor: HTMLElement): void {
    let s = sessions.get(editor);
    if (!s) {
      const adapter = adapterFor(editor, { measuringLayer: () => ui().measuring });
      if (!adapter) return;
      s = new EditorSession(adapter, sessionHost);
      sessions.set(editor, s);
      if (!isTextField(editor)) {
        const session = s;
        const observer = new MutationObserver(() => session.onChange());
        observer.observe(editor, { childList: true, subtree: true, characterData: true });
        observers.set(s, observer);
      }
    }
    lastFocused = s;
    startWatching();
    if (active !== s) {
      if (active) resizes.unobserve(active.element);
      overlay?.card.close();
      active = s;
      resizes.observe(editor);
    }
    if (!paused) {
      client.warmUp();
      s.onChange();
      s.schedule(0);
    }
    requestRender();
  }

  function deactivate(): void {
    const s = active;
    if (!s) return;
    resizes.unobserve(s.element);
    observers.get(s)?.disconnect();
    s.dispose();
    sessions.delete(s.element);
    if (lastFocused === s) lastFocused = null;
    active = null;
    overlay?.clear();
  }

  function openCard(s: EditorSession, hint: Hint, focus: boolean): void {
    const o = ui();
    s.saved = s.adapter.selection();
    const boxes = o.boxesOf(hint);
    o.card.open(hint, anchorOf(boxes.length ? boxes : s.adapter.boxes(hint.start, hint.end)), focus);
  }

  function openNearest(focus: boolean): void {
    const s = active;
    if (!s || paused) return;
    const caret = s.adapter.selection() ?? s.saved;
    const hint = nearestHint(s.visible(), caret ? caret.end : 0);
    if (hint) openCard(s, hint, focus);
  }

  function restoreFocus(s: EditorSession): void {
    if (!s.element.isConnected) return;
    s.element.focus({ preventScroll: true });
    if (s.saved) s.adapter.select(s.saved.start, s.saved.end);
  }

  async function onAction(hint: Hint, action: CardAction, _byKeyboard: boolean): Promise<void> {
    const s = active;
    const o = ui();
    o.card.close();
    if (!s) return;
    switch (action.type) {
      case 'apply':
        // the adapter focuses the editor and leaves the caret after the new words
        await s.apply(hint, action.suggestion);
        return;
      case 'ignore':
        s.ignore(hint);
        break;
      case 'mute-rule':
        muted.add(hint.ruleId);
        s.dropRule(hint.ruleId);
        s.reportOf(hint, 'muted');
        client.send({ type: 'mute-rule', ruleId: hint.ruleId });
        break;
      case 'pause-site':
        paused = true;
        s.reset();
        o.clear();
        client.send({ type: 'pause-site', host });
        break;
      case 'close':
        break;
    }
    restoreFocus(s);
  }

  function applySettings(next: Settings): void {
    const before = settings;
    const wasPaused = paused;
    settings = next;
    paused = isSitePaused(next, host);
    muted = new Set(next.mutedRules);
    const rules = (x: Settings): string => JSON.stringify([x.mutedRules, x.disabledCategories, x.customPhrases]);
    const rulesChanged = rules(before) !== rules(next);
    if (rulesChanged) client.reset();
    if (paused) {
      active?.reset();
      overlay?.clear();
    } else if (active && (rulesChanged || wasPaused)) {
      active.reset();
      active.flush();
    }
    requestRender();
  }

  // watching settings and the page starts with the first editor the writer focuses: a page nobody writes on pays
  // nothing for them
  let unwatch: (() => void) | undefined;
  const startWatching = (): void => {
    if (unwatch) return;
    unwatch = watchSettings(applySettings);
    pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
  };
  ctx.onInvalidated(() => {
    unwatch?.();
    client.dispose();
    resizes.disconnect();
    pageObserver.disconnect();
    if (active) observers.get(active)?.disconnect();
    overlay?.dispose();
  });

  const onFocus = (): void => {
    const editor = editorFor(deepActiveElement(doc));
    if (editor) activate(editor);
  };
  ctx.addEventListener(
    doc,
    'focusin',
    (e) => {
      const editor = editorFor(e.composedPath()[0] ?? null);
      if (editor) activate(editor);
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'focusout',
    (e) => {
      const s = active;
      if (!s || !e.composedPath().includes(s.element)) return;
      // leaving the editor finishes the sentence being typed; remember the caret for the popup's "insert"
      s.saved = s.adapter.selection() ?? s.saved;
      s.flush();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'input',
    (e) => {
      const s = active;
      if (s && isTextField(s.element) && e.composedPath().includes(s.element)) s.onChange();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'click',
    (e) => {
      const s = active;
      if (!s || !overlay || e.composedPath().includes(overlay.host)) return;
      const inEditor = e.composedPath().includes(s.element);
      const hint = inEditor ? overlay.hintAt(e.clientX, e.clientY) : null;
      if (hint) openCard(s, hint, false);
      else overlay.card.close();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (e) => {
      const s = active;
      if (!s || !e.composedPath().includes(s.element)) return;
      if (isOpenHintShortcut(e)) {
        e.preventDefault();
        e.stopPropagation();
        openNearest(true);
      } else if (e.key === 'Escape' && overlay?.card.isOpen) {
        e.preventDefault();
        e.stopPropagation();
        overlay.card.close();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(doc, 'scroll', () => requestRender(), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => requestRender());
  if (window.visualViewport) {
    ctx.addEventListener(window.visualViewport, 'resize', () => requestRender());
    ctx.addEventListener(window.visualViewport, 'scroll', () => requestRender());
  }
  // single-page apps swap composers without a page load
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (active && !active.element.isConnected) deactivate();
    onFocus();
  });
  const pageObserver = new MutationObserver((records) => {
    const s = active;
    if (!s) return;
    if (!s.element.isConnected) deactivate();
    // changes elsewhere on the page can move the editor; its own changes are followed through its session
    else if (s.visible().length && records.some((r) => !s.element.contains(r.target))) requestRender();
  });

  async function insertText(s: EditorSession, text: string): Promise<InsertTextResult> {
    const length = s.adapter.read().length;
    const at = (isFocused(s.element) ? s.adapter.selection() : null) ?? s.saved ?? { start: length, end: length };
    const ok = await s.adapter.replace(Math.min(at.start, length), Math.min(at.end, length), text);
    return ok ? { ok: true } : { ok: false, reason: 'This editor did not accept the text. Paste it instead.' };
  }

  onFocus();
  return {
    insertText(text) {
      const s = lastFocused?.element.isConnected ? lastFocused : null;
      return s ? insertText(s, text) : null;
    },
  };
}
