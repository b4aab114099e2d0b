import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from './support/firefox';
import {
  suggestionsIn,
  underlines,
  undo,
  waitForCard,
  waitForEditorText,
  waitForPageText,
  waitForUnderline,
} from './support/hints';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefoxExtension();
});
afterAll(async () => {
  await session?.close();
});

const FLAGGED = 'You never listen to me.';
const DRAFT = `I told you about the deadline on Monday. ${FLAGGED} `;
const RULE = 'you-never';

/** What the writer sees in the editor, for a textarea or a contenteditable. */
const editorText = (page: Page): Promise<string> =>
  page.$eval('#editor', (el) =>
    (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).replace(/\u00a0/g, ' ').trim(),
  );

const waitForText = (page: Page, check: (text: string) => boolean, what: string): Promise<string> =>
  waitForEditorText(() => editorText(page), check, what);

describe('the built extension in Firefox', () => {
  it('installs with its add-on id and runs its background page', async () => {
    const state = await session.inBackground<{ id: string; version: number; url: string; optional: string[] }>(
      `const manifest = browser.runtime.getManifest();
       return { id: browser.runtime.id, version: manifest.manifest_version, url: location.href,
                optional: manifest.optional_permissions };`,
    );
    expect(state).toEqual({
      id: 'mindful-draft@mindfuldraft.org',
      version: 2,
      url: `${session.origin}/_generated_background_page.html`,
      // "check drafts on this site" can ask Firefox for a site only if the pattern is declared here
      optional: ['https://*/*', 'http://*/*'],
    });
  });

  it('serves fixtures under a real site name and refuses everything else', async () => {
    const page = await session.openFixture('plain.html');
    expect(await page.evaluate(() => location.host)).toBe('mail.google.com');
    expect(await page.$('#editor')).not.toBeNull();
    await page.goto('https://example.org/').catch(() => undefined);
    expect(session.proxy.blocked).toContain('https://example.org/');
    await page.close();
  });

  it('underlines a flagged sentence in a textarea, applies a suggestion from the card, and Ctrl+Z restores', async () => {
    const page = await session.openFixture('plain.html');
    await page.bringToFront();
    await page.click('#editor');
    await page.keyboard.type(DRAFT);
    const mark = await waitForUnderline(page, RULE);
    const box = await page.$eval('#editor', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    // the underline sits on the flagged words, inside the textarea
    expect(mark.left).toBeGreaterThan(box.left);
    expect(mark.top + mark.height).toBeLessThanOrEqual(box.bottom);

    // clicking the underlined words opens the card
    await page.mouse.click(mark.left + mark.width / 2, mark.top + mark.height / 2);
    const card = await waitForCard(page);
    const [suggestion] = await suggestionsIn(card);
    expect(suggestion).toBeTruthy();
    const apply = await card.$('button[data-action="apply"]');
    await apply!.click();

    const applied = await waitForText(page, (t) => t.includes(suggestion!), 'the suggestion');
    expect(applied).not.toContain('You never listen');
    expect(applied.split(suggestion!)).toHaveLength(2);
    expect(applied.startsWith('I told you about the deadline on Monday. ')).toBe(true);

    await page.focus('#editor');
    await undo(page);
    await waitForText(page, (t) => t === DRAFT.trim(), 'the original draft again');
    await page.close();
  });

  it('does the same in a contenteditable composer, from the keyboard', async () => {
    const page = await session.openFixture('webmail.html');
    await page.bringToFront();
    await page.click('#editor');
    await page.keyboard.type(DRAFT);
    await waitForUnderline(page, RULE);

    // the shortcut opens the hint nearest the caret, with focus on its first suggestion
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyM');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const card = await waitForCard(page);
    const [suggestion] = await suggestionsIn(card);
    expect(suggestion).toBeTruthy();
    const focused = await page.evaluate(
      () => document.querySelector('mindful-draft')?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null,
    );
    expect(focused).toBe('apply');
    await page.keyboard.press('Enter');

    const applied = await waitForText(page, (t) => t.includes(suggestion!), 'the suggestion');
    expect(applied).not.toContain('You never listen');
    expect(applied.split(suggestion!)).toHaveLength(2);
    // the caret is back in the editor: typing goes on after the new words
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');

    await undo(page);
    await waitForText(page, (t) => t === DRAFT.trim(), 'the original draft again');
    await page.close();
  });

  it('records what happened on the reflection page, in the extension itself', async () => {
    const page = await session.openExtensionPage('reflection.html#timeline');
    await page.waitForSelector('article.event[data-action="applied"]', { timeout: 10_000 });
    const applied = await page.$$eval('article.event[data-action="applied"]', (rows) =>
      rows.map((r) => (r as HTMLElement).innerText),
    );
    // one applied suggestion from each editor, on the site it happened on, with the flagged words (default privacy)
    expect(applied).toHaveLength(2);
    for (const row of applied) {
      expect(row).toContain('mail.google.com');
      expect(row).toContain('You never listen to me');
    }
    await page.close();
  });

  it('inserts a phrase from the popup into the editor last focused in the tab', async () => {
    const page = await session.openFixture('plain.html');
    await page.click('#editor');
    await page.keyboard.type('Hi Sam. ');
    // without the "tabs" permission Firefox hides tab addresses, so find the tab as the active one
    await page.bringToFront();
    const tabId = await session.inBackground<number>(
      `const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
       return tab.id;`,
    );
    // opened as a page, the popup is told which tab it acts on, as the toolbar button would
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(page.url())}`);
    await waitForPageText(popup, '#site-panel', 'mail.google.com');
    await popup.click('button[data-template="please-dont"]');
    await popup.click('#template-insert');
    await waitForPageText(popup, 'body', 'Inserted into your message.');
    await popup.close();
    expect(await editorText(page)).toBe("Hi Sam. Please don't do that, it makes me uncomfortable.");
    await page.close();
  });

  it('applies a category switched off on the settings page to the next draft', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('#category-criticism');
    // set, not toggle: a retried test must not undo what its first attempt stored
    const setChecked = async (want: boolean): Promise<void> => {
      const checked = await options.$eval('#category-criticism', (el) => (el as HTMLInputElement).checked);
      if (checked !== want) await options.click('#category-criticism');
    };
    await setChecked(false);
    // nothing is stored until the first change, so the settings may still be missing on the first reads
    const stored = async (): Promise<string[]> =>
      session.inBackground<string[]>(
        'return (await browser.storage.local.get("settings")).settings?.disabledCategories ?? [];',
      );
    for (let i = 0; i < 50 && !(await stored()).includes('criticism'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toEqual(['criticism']);

    const page = await session.openFixture('plain.html');
    await page.bringToFront();
    await page.click('#editor');
    await page.keyboard.type(`${FLAGGED} This is your fault. `);
    await waitForUnderline(page, 'your-fault');
    expect((await underlines(page)).map((u) => u.category)).not.toContain('criticism');
    await page.close();

    await options.bringToFront();
    await setChecked(true);
    for (let i = 0; i < 50 && (await stored()).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toEqual([]);
    await options.close();
  });

  it('sends nothing anywhere: the only refused requests are the test visiting example.org and favicon lookups', () => {
    const unexpected = session.proxy.blocked.filter(
      (url) => !url.startsWith('https://example.org/') && new URL(url).pathname !== '/favicon.ico',
    );
    expect(unexpected).toEqual([]);
  });
});
