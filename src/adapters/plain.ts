import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * Any other contenteditable: webmail composers (nested divs, <br>, quoted replies), chat boxes, and editors that keep
 * their own model and undo stack without marking their root (Squire, roosterjs, CKEditor 5). The replacement is offered
 * as a paste first: such editors take it into their model as one undo step and cancel the event. A page that does not
 * handle it gets the browser's own insertText, which is also what its undo knows.
 */
export const plainFamily: AdapterFamily = {
  name: 'contenteditable',
  matches: (el) => el.isContentEditable,
  // Firefox keeps what a content script puts in a DataTransfer from the page, so there the paste would be empty
  create: (el) =>
    createContentEditableAdapter(el, {
      family: 'contenteditable',
      beforeInput: false,
      paste: import.meta.env.BROWSER !== 'firefox',
    }),
};
