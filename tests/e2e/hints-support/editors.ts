import type { Frame, Page } from 'playwright-core';

/** One fixture page with a real editor, and where in it the editor lives. */
export interface EditorFixture {
  name: string;
  file: string;
  /** the editing element, in the frame returned by `frame` */
  selector: string;
  /** the frame the editor (and so the content script drawing its hints) lives in */
  frame(page: Page): Promise<Frame>;
  /** a form field: its text has no DOM ranges, so geometry is checked against canvas text metrics */
  field?: boolean;
  /** the page already holds a quoted reply under the composer: the writer types above it */
  quotedReply?: boolean;
  /** the editor merges edits closer than this into one undo step (Quill: 1 s; ProseMirror 0.5 s; Lexical 0.3 s) */
  undoMergeMs?: number;
}

const top = async (page: Page): Promise<Frame> => page.mainFrame();

export const EDITORS: EditorFixture[] = [
  { name: 'textarea', file: 'textarea.html', selector: '#editor', frame: top, field: true },
  { name: 'webmail contenteditable', file: 'webmail.html', selector: '#editor', frame: top, quotedReply: true },
  { name: 'Lexical', file: 'lexical.html', selector: '#editor', frame: top, undoMergeMs: 300 },
  { name: 'Quill', file: 'quill.html', selector: '.ql-editor', frame: top, undoMergeMs: 1_000 },
  { name: 'Slate', file: 'slate.html', selector: '#editor', frame: top },
  { name: 'ProseMirror', file: 'prosemirror.html', selector: '#editor', frame: top, undoMergeMs: 500 },
  { name: 'Draft.js', file: 'draftjs.html', selector: '.public-DraftEditor-content', frame: top },
  { name: 'Squire', file: 'squire.html', selector: '#editor', frame: top },
  { name: 'roosterjs', file: 'roosterjs.html', selector: '#editor', frame: top },
  { name: 'CKEditor 5', file: 'ckeditor.html', selector: '#editor', frame: top },
  {
    name: 'contenteditable in an iframe',
    file: 'iframe.html',
    selector: '#editor',
    frame: async (page) => {
      const handle = await page.waitForSelector('#frame');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('the fixture iframe has no frame');
      await frame.waitForSelector('#editor');
      return frame;
    },
  },
];
