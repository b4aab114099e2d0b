import { draftJsFamily } from './draftjs';
import { lexicalFamily } from './lexical';
import { plainFamily } from './plain';
import { proseMirrorFamily } from './prosemirror';
import { quillFamily } from './quill';
import { slateFamily } from './slate';
import { textFieldFamily } from './textarea';
import type { AdapterContext, AdapterFamily, EditorAdapter } from './types';

/** Most specific first: the plain contenteditable family matches every editing host. */
export const FAMILIES: readonly AdapterFamily[] = [
  textFieldFamily,
  lexicalFamily,
  slateFamily,
  proseMirrorFamily,
  quillFamily,
  draftJsFamily,
  plainFamily,
];

export function adapterFor(el: HTMLElement, ctx: AdapterContext): EditorAdapter | null {
  const family = FAMILIES.find((f) => f.matches(el));
  return family ? family.create(el, ctx) : null;
}
