import { createContentEditableAdapter } from './contenteditable';
import type { AdapterFamily } from './types';

/**
 * Lexical (WhatsApp Web, Messenger, many new composers). Lexical handles insertReplacementText itself, from the
 * selection it copied on selectionchange, and records it in its own history, so Ctrl+Z undoes it.
 */
export const lexicalFamily: AdapterFamily = {
  name: 'lexical',
  matches: (el) => el.getAttribute('data-lexical-editor') === 'true',
  create: (el) => createContentEditableAdapter(el, { family: 'lexical', beforeInput: true }),
};
