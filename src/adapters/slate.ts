import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * Slate (slate-react; Discord, many React composers). Slate turns beforeinput's target range into its own selection
 * and inserts through its model; its zero-width placeholders for empty lines are not text.
 */
export const slateFamily: AdapterFamily = {
  name: 'slate',
  matches: (el) => el.hasAttribute('data-slate-editor'),
  create: (el) =>
    createContentEditableAdapter(el, {
      family: 'slate',
      beforeInput: true,
      skip: (node) => node.hasAttribute('data-slate-zero-width') || node.hasAttribute('data-slate-placeholder'),
    }),
};
