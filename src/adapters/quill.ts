import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/** Quill 2 replaces the target range of an insertReplacementText in its own Delta model (and its history). */
export const quillFamily: AdapterFamily = {
  name: 'quill',
  matches: (el) => el.classList.contains('ql-editor'),
  create: (el) =>
    createContentEditableAdapter(el, {
      family: 'quill',
      beforeInput: true,
      skip: (node) => node.classList.contains('ql-ui') || node.classList.contains('ql-cursor'),
    }),
};
