// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/adapters';

/** The markup Draft.js 0.11 renders for a two-block draft (as in X's composer), trimmed of styles. */
const block = (key: string, text: string): string =>
  `<div data-block="true" data-editor="k" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" ` +
  `class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0"><span data-text="true">${text}</span>` +
  `</span></div></div>`;
const DRAFT =
  '<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate ' +
  'public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true">' +
  block('a', 'Thanks for the notes.') +
  block('b', "It's your fault.") +
  '</div></div></div></div>';

function mount(html: string): HTMLElement {
  // trusted test markup, built by the parser for readability
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return document.querySelector('[contenteditable="true"]') as HTMLElement;
}

const ctx = { measuringLayer: () => document.body };

describe('choosing the Draft.js adapter', () => {
  it("takes Draft's editor root, and reads its blocks as lines", () => {
    const adapter = adapterFor(mount(DRAFT), ctx);
    expect(adapter?.family).toBe('draftjs');
    expect(adapter?.read()).toBe("Thanks for the notes.\nIt's your fault.");
    adapter?.dispose();
  });

  it('knows a Draft root by its contents element when the class is renamed', () => {
    const adapter = adapterFor(mount(DRAFT.replace('public-DraftEditor-content', 'composer')), ctx);
    expect(adapter?.family).toBe('draftjs');
    adapter?.dispose();
  });

  it('leaves other contenteditable composers to their own families', () => {
    expect(adapterFor(mount('<div contenteditable="true"><div>Hi</div></div>'), ctx)?.family).toBe('contenteditable');
    expect(
      adapterFor(mount('<div contenteditable="true" data-lexical-editor="true"><p>Hi</p></div>'), ctx)?.family,
    ).toBe('lexical');
  });
});
