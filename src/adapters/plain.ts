import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * Any other contenteditable: webmail composers (nested divs, <br>, quoted replies), chat boxes. The browser's own
 * editing is the editor here, so its insertText is the input path; a page that listens for beforeinput still gets one.
 */
export const plainFamily: AdapterFamily = {
  name: 'contenteditable',
  matches: (el) => el.isContentEditable,
  create: (el) => createContentEditableAdapter(el, { family: 'contenteditable', beforeInput: true }),
};
