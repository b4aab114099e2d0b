import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * ProseMirror (and TipTap on top of it). ProseMirror reads the browser's own edits back from the DOM into a
 * transaction, so the browser's insertText is the input path, and prosemirror-history undoes it. A synthetic
 * beforeinput is left out: ProseMirror ignores it.
 */
export const proseMirrorFamily: AdapterFamily = {
  name: 'prosemirror',
  matches: (el) => el.classList.contains('ProseMirror'),
  create: (el) =>
    createContentEditableAdapter(el, {
      family: 'prosemirror',
      beforeInput: false,
      skip: (node) => node.classList.contains('ProseMirror-widget'),
    }),
};
