import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * Draft.js (X's composer and other React composers). Draft listens to no native beforeinput (React derives its own from
 * textInput and keypress), but it reads a paste into its ContentState over the selection it copied on selectionchange,
 * as one step of its own undo stack: the route other writing tools take for Draft.
 */
export const draftJsFamily: AdapterFamily = {
  name: 'draftjs',
  matches: (el) =>
    el.classList.contains('public-DraftEditor-content') || !!el.querySelector(':scope > [data-contents]'),
  create: (el) => createContentEditableAdapter(el, { family: 'draftjs', beforeInput: false, paste: true }),
};
