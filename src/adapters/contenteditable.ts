import { lineBoxes, toBox, visibleBoxOf } from './geometry';
import { domPoint, readTextMap, textOffset, type TextMap, type TextMapOptions } from './text-map';
import type { Box, EditorAdapter, TextSelection } from './types';

export interface ContentEditableOptions extends TextMapOptions {
  family: string;
  /**
   * Offer the replacement as a `beforeinput` insertReplacementText first. Editors that own their model (Lexical,
   * Slate, Quill) handle it and cancel the event; for the rest the browser's own insertText follows.
   */
  beforeInput: boolean;
  /**
   * Offer it as a synthetic paste instead: editors that ignore a synthetic beforeinput but read pasted text into their
   * own model and undo stack (Draft.js) handle it and cancel the event.
   */
  paste?: boolean;
}

/**
 * How long an editor that cancelled our event may take to show the change before we call it a refusal. Cancelling says
 * it took the job, and some finish later (a paste read through getAsString, a busy page): typing the words in ourselves
 * too early would apply them twice, with two undo steps. The wait ends as soon as the text changes.
 */
const HANDLED_WAIT_MS = 2_000;

export function createContentEditableAdapter(el: HTMLElement, options: ContentEditableOptions): EditorAdapter {
  const doc = el.ownerDocument;
  let map: TextMap | null = null;
  let dirty = true;
  const observer = new MutationObserver(() => {
    dirty = true;
  });
  observer.observe(el, { childList: true, subtree: true, characterData: true });

  const view = doc.defaultView;
  // read once (and again when measuring): asking for a style while the page is mid-edit would force a style pass
  let collapse = false;
  const readStyle = (): void => {
    const whiteSpace = view?.getComputedStyle(el).whiteSpace ?? 'pre-wrap';
    collapse = whiteSpace === 'normal' || whiteSpace === 'nowrap';
  };
  readStyle();
  const read = (): string => {
    map = readTextMap(el, { ...options, collapse });
    dirty = false;
    return map.text;
  };
  const current = (): TextMap => {
    if (dirty || !map) read();
    return map as TextMap;
  };

  const rangeFor = (start: number, end: number): Range | null => {
    const m = current();
    const from = domPoint(m, start, start === end ? 'backward' : 'forward');
    const to = domPoint(m, end, 'backward');
    if (!from || !to) return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (range.collapsed && start !== end) range.setEnd(from.node, from.offset);
    return range;
  };

  const select = (start: number, end: number): void => {
    const range = rangeFor(start, end);
    const selection = doc.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const holds = (start: number, text: string): boolean => read().slice(start, start + text.length) === text;

  return {
    family: options.family,
    element: el,
    read,
    boxes(start, end) {
      const m = current();
      const rects: DOMRect[] = [];
      for (const seg of m.segments) {
        if (seg.end <= start || seg.start >= end) continue;
        const range = doc.createRange();
        range.setStart(seg.node, seg.offset + Math.max(0, start - seg.start));
        range.setEnd(seg.node, seg.offset + Math.min(seg.end, end) - seg.start);
        for (const r of range.getClientRects()) rects.push(r);
      }
      return lineBoxes(rects);
    },
    visibleBox(): Box | null {
      readStyle();
      return visibleBoxOf(el, toBox(el.getBoundingClientRect()));
    },
    selection(): TextSelection | null {
      const selection = doc.getSelection();
      if (!selection || !selection.anchorNode || !selection.focusNode) return null;
      if (!el.contains(selection.anchorNode) || !el.contains(selection.focusNode)) return null;
      const m = current();
      const a = textOffset(m, selection.anchorNode, selection.anchorOffset);
      const b = textOffset(m, selection.focusNode, selection.focusOffset);
      return { start: Math.min(a, b), end: Math.max(a, b) };
    },
    select,
    async replace(start, end, text) {
      const before = read();
      if (start < 0 || end > before.length || start > end) return false;
      el.focus({ preventScroll: true });
      select(start, end);
      await selectionSettled(doc);
      const range = rangeFor(start, end);
      if (!range) return false;
      let cancelled = false;
      if (options.paste) {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const event = new ClipboardEvent('paste', {
          clipboardData: data,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        cancelled = !el.dispatchEvent(event);
      } else if (options.beforeInput) {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const event = new InputEvent('beforeinput', {
          inputType: 'insertReplacementText',
          data: null,
          dataTransfer: data,
          targetRanges: [new StaticRange(range)],
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        cancelled = !el.dispatchEvent(event);
      }
      if (cancelled) {
        const deadline = performance.now() + HANDLED_WAIT_MS;
        while (read() === before && performance.now() < deadline) await nextFrame(doc);
        if (read() !== before) {
          await nextFrame(doc);
          if (finish(start, text)) return true;
          // Firefox hides what a content script puts in a DataTransfer from the page, so an editor can read our event
          // as "replace with nothing": the words are gone and the suggestion is missing. Type it in where they were.
          if (read() !== before.slice(0, start) + before.slice(end)) return false;
          select(start, start);
          doc.execCommand('insertText', false, text);
          await nextFrame(doc);
          return finish(start, text);
        }
      }
      // the editor left it to the browser (or refused our event): the browser's own insertText, undoable with Ctrl+Z
      select(start, end);
      doc.execCommand('insertText', false, text);
      await nextFrame(doc);
      return finish(start, text);
    },
    dispose() {
      observer.disconnect();
    },
  };

  function finish(start: number, text: string): boolean {
    if (!holds(start, text)) return false;
    const caret = start + text.length;
    const now = doc.getSelection();
    const anchor = now?.anchorNode;
    const at = now && anchor && el.contains(anchor) ? textOffset(current(), anchor, now.anchorOffset) : -1;
    if (at !== caret || !now?.isCollapsed) select(caret, caret);
    return true;
  }
}

/** Resolves after the page has seen our selection change: editors such as Lexical copy the selection on selectionchange. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      doc.removeEventListener('selectionchange', finish);
      clearTimeout(timer);
      // let the editor's own selectionchange listener (registered before ours or after) run first
      setTimeout(done, 0);
    };
    const timer = setTimeout(finish, 50);
    doc.addEventListener('selectionchange', finish);
  });
}

function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise((done) => {
    if (!view) return done();
    // rAF does not run in background tabs; a timeout keeps applying from hanging there
    const timer = view.setTimeout(done, 50);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      done();
    });
  });
}
