/**
 * The framework editors in Firefox: each keeps its own model of the text, so a hint has to be drawn over what the
 * editor renders and applied through the editor's input path, or the model, the page and undo drift apart.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from './support/firefox';
import { suggestionsIn, undo, waitForCard, waitForEditorText, waitForUnderline } from './support/hints';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefoxExtension();
});
afterAll(async () => {
  await session?.close();
});

interface FrameworkEditor {
  name: string;
  file: string;
  selector: string;
  /** edits closer together than this are one undo step in this editor */
  undoMergeMs: number;
  /**
   * The editor keeps its own undo snapshots at word boundaries and takes a replacement as one step only from a paste,
   * which Firefox cannot hand it from an extension: Ctrl+Z takes back the suggestion and the last word typed before it.
   */
  coarseUndo?: boolean;
}

const EDITORS: FrameworkEditor[] = [
  { name: 'Lexical', file: 'lexical.html', selector: '#editor', undoMergeMs: 300 },
  { name: 'Quill', file: 'quill.html', selector: '.ql-editor', undoMergeMs: 1_000 },
  { name: 'Slate', file: 'slate.html', selector: '#editor', undoMergeMs: 0 },
  { name: 'ProseMirror', file: 'prosemirror.html', selector: '#editor', undoMergeMs: 500 },
  { name: 'Draft.js', file: 'draftjs.html', selector: '.public-DraftEditor-content', undoMergeMs: 0 },
  { name: 'Squire', file: 'squire.html', selector: '#editor', undoMergeMs: 0, coarseUndo: true },
  { name: 'roosterjs', file: 'roosterjs.html', selector: '#editor', undoMergeMs: 0, coarseUndo: true },
  { name: 'CKEditor 5', file: 'ckeditor.html', selector: '#editor', undoMergeMs: 0 },
];

const BEFORE = 'Thanks for the notes.';
const FLAGGED = "It's your fault.";
const RULE = 'your-fault';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The text as the editor's own model holds it (each fixture exposes `editorModelText`). */
const modelText = (page: Page): Promise<string> =>
  page.evaluate(() =>
    (window as unknown as { editorModelText(): string })
      .editorModelText()
      .replace(/\u00a0/g, ' ')
      .trim(),
  );

const waitForModel = (page: Page, check: (text: string) => boolean, what: string): Promise<string> =>
  waitForEditorText(() => modelText(page), check, `in its model ${what}`);

describe('framework editors in Firefox', () => {
  it.each(EDITORS)(
    '$name: the hint sits on the words, applying goes into the editor model, Ctrl+Z restores',
    async (editor) => {
      const page = await session.openFixture(editor.file);
      await page.bringToFront();
      await page.waitForSelector(editor.selector);
      await page.click(editor.selector);
      await page.keyboard.type(`${BEFORE} ${FLAGGED}`);
      await waitForModel(page, (t) => t === `${BEFORE} ${FLAGGED}`, 'the typed draft');

      const mark = await waitForUnderline(page, RULE);
      const box = await page.$eval(editor.selector, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(mark.left).toBeGreaterThan(box.left);
      expect(mark.top).toBeGreaterThanOrEqual(box.top);
      expect(mark.top + mark.height).toBeLessThanOrEqual(box.bottom + 1);

      // let the typing close its undo step, so Ctrl+Z takes back the suggestion alone
      await sleep(editor.undoMergeMs + 200);
      await page.mouse.click(mark.left + mark.width / 2, mark.top + mark.height / 2);
      const card = await waitForCard(page);
      const [suggestion] = await suggestionsIn(card);
      expect(suggestion).toBeTruthy();
      await (await card.$('button[data-action="apply"]'))!.click();

      const applied = await waitForModel(page, (t) => t.includes(suggestion!), 'the suggestion');
      expect(applied).not.toContain(FLAGGED);
      expect(applied.startsWith(BEFORE)).toBe(true);
      expect(applied.split(suggestion!)).toHaveLength(2);
      // what the page shows is what the model holds
      const shown = await page.$eval(editor.selector, (el) =>
        (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim(),
      );
      expect(shown).toBe(applied);

      await page.focus(editor.selector);
      await undo(page);
      if (editor.coarseUndo)
        await waitForModel(
          page,
          (t) =>
            t.startsWith(`${BEFORE} It`) && FLAGGED.startsWith(t.slice(BEFORE.length + 1)) && !t.includes(suggestion!),
          'the draft before the suggestion, up to its last word',
        );
      else await waitForModel(page, (t) => t === `${BEFORE} ${FLAGGED}`, 'the original draft again');
      await page.close();
    },
  );

  it('sends nothing anywhere', () => {
    const unexpected = session.proxy.blocked.filter((url) => new URL(url).pathname !== '/favicon.ico');
    expect(unexpected).toEqual([]);
  });
});
