/**
 * The toolbar popup in Chromium, opened as a page for a fixture tab: filling and inserting a template through the
 * content script, copying, keyboard use, pausing a site, and turning checking on for a site that is not a default one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';
import {
  clearSettings,
  eventually,
  expectUnderline,
  openPopupFor,
  storedSettings,
  typeInEditor,
  underlines,
  worker,
  type ChromeGlobals,
} from './popup-support/extension-pages';

let session: ExtensionSession;
const pages: Page[] = [];

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  await clearSettings(session);
});

async function fixture(file = 'textarea.html', host?: string): Promise<Page> {
  const page = await session.openFixture(file, host);
  pages.push(page);
  await page.waitForSelector('#editor');
  return page;
}

async function popupFor(target: Page): Promise<Page> {
  const popup = await openPopupFor(session, target);
  pages.push(popup);
  return popup;
}

describe('phrase templates', () => {
  it('fills a template in place and inserts it into the editor the writer last used', async () => {
    const page = await fixture();
    await typeInEditor(page, 'Hi Sam. ');
    const popup = await popupFor(page);

    await popup.fill('#template-search', 'like it when');
    const template = popup.locator('button.template[data-template="i-dont-like-it-when"]');
    await expect(template.textContent()).resolves.toBe("I don't like it when you ___.");
    await template.click();
    const slot = popup.getByRole('textbox', { name: 'what they do' });
    await expect(slot.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Insert with a blank left says which one, and sends nothing
    await popup.click('#template-insert');
    await expect(popup.textContent('#template-status')).resolves.toBe('Fill in “what they do” first.');
    await expect(slot.getAttribute('aria-invalid')).resolves.toBe('true');

    await slot.fill('use that tone with me');
    await popup.click('#template-insert');
    await eventually(
      () => popup.textContent('#template-status'),
      (t) => t === 'Inserted into your message.',
    );
    await expect(popup.textContent('#template-status')).resolves.toBe('Inserted into your message.');
    await expect(page.inputValue('#editor')).resolves.toBe("Hi Sam. I don't like it when you use that tone with me.");
    // a boundary script is exactly what the hints should leave alone
    await page.waitForTimeout(600);
    expect(await underlines(page)).toEqual([]);
  });

  it('copies the finished text to the clipboard', async () => {
    const page = await fixture();
    const popup = await popupFor(page);
    await popup.fill('#template-search', 'break back');
    await popup.click('button.template[data-template="break-back-at"]');
    await popup.getByRole('textbox', { name: 'return time' }).fill('7 pm');
    await popup.click('#template-copy');
    await eventually(
      () => popup.textContent('#template-status'),
      (t) => /^Copied/.test(t ?? ''),
    );
    await expect(popup.textContent('#template-status')).resolves.toBe('Copied. Paste it where you are writing.');
    // the page cannot be granted clipboard reading for an extension origin, so the proof is pasting it
    await page.bringToFront();
    await page.click('#editor');
    await page.keyboard.press('Control+V');
    await expect(page.inputValue('#editor')).resolves.toBe(
      "Can we take a break? I'll be back at 7 pm to keep talking.",
    );
  });

  it('works from the keyboard alone: search, arrows, Enter between blanks, Escape back to the list', async () => {
    const page = await fixture();
    await typeInEditor(page, '');
    const popup = await popupFor(page);
    const focused = (): Promise<string> =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id || el?.dataset.template || el?.dataset.slot || el?.tagName || '';
      });
    await expect(focused()).resolves.toBe('template-search');
    await popup.keyboard.type('apologise');
    await expect(popup.textContent('#template-count')).resolves.toBe('3 phrases found');
    await popup.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('full-apology');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('specific-act');
    for (const value of ['forgot our dinner plans', 'left you waiting', 'put plans in my calendar', 'Sunday']) {
      await popup.keyboard.type(value);
      await popup.keyboard.press('Enter');
    }
    await expect(focused()).resolves.toBe('template-insert');
    await popup.keyboard.press('Enter');
    await eventually(
      () => page.inputValue('#editor'),
      (v) => v.length > 0,
    );
    await expect(page.inputValue('#editor')).resolves.toBe(
      "I'm sorry I forgot our dinner plans. I can see it left you waiting. That's on me. From now on I'll put plans in my calendar; can we check in on Sunday?",
    );
    await popup.keyboard.press('Escape');
    await expect(focused()).resolves.toBe('full-apology');
  });

  it('says plainly when the page has no content script to insert into', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    await page.goto(`${session.servers.httpOrigin}/fixtures/textarea.html`);
    const popup = await popupFor(page);
    await popup.click('button.template[data-template="i-hear-you"]');
    await popup.click('#template-insert');
    await eventually(
      () => popup.textContent('#template-status'),
      (t) => t !== 'Inserting…',
    );
    await expect(popup.textContent('#template-status')).resolves.toMatch(/^Mindful Draft is not running on this page/);
  });
});

describe('the current site', () => {
  it('pausing hints in the popup removes them from the open page, and turning them on brings them back', async () => {
    const page = await fixture();
    await typeInEditor(page, "It's your fault.");
    await expectUnderline(page, (u) => u.category === 'blame', 'a blame underline before pausing');
    const popup = await popupFor(page);
    const toggle = popup.locator('#site-hints');
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('true');
    await expect(popup.textContent('.site-name')).resolves.toBe('Gmail · mail.google.com');

    await toggle.click();
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false');
    await expect(
      eventually(
        () => underlines(page),
        (u) => u.length === 0,
      ),
    ).resolves.toEqual([]);
    expect((await storedSettings(session)).pausedSites).toEqual(['mail.google.com']);
    await page.click('#editor');
    await page.keyboard.type(' You never listen.');
    await page.waitForTimeout(800);
    expect(await underlines(page)).toEqual([]);

    await toggle.click();
    await expectUnderline(page, (u) => u.category === 'blame', 'the blame underline after resuming');
  });

  it('checks drafts on a new site after the writer allows it, across reloads, until turned off again', async () => {
    const origin = session.servers.httpOrigin;
    const page = await session.context.newPage();
    pages.push(page);
    await page.goto(`${origin}/fixtures/textarea.html`);
    await typeInEditor(page, "It's your fault.");
    await page.waitForTimeout(500);
    expect(await underlines(page)).toEqual([]);

    // Headless Chromium cannot show the permission prompt. The writer's "Allow" is given the way the browser's own
    // extension settings give it (Site access → add site); the popup's permissions.request then resolves without a prompt.
    const extensions = await session.context.newPage();
    await extensions.goto('chrome://extensions/');
    await extensions.evaluate(
      ([id, pattern]) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
          }
        ).chrome.developerPrivate.addHostPermission(id, pattern),
      [session.extensionId, `${origin}/*`] as const,
    );
    await extensions.close();

    const popup = await popupFor(page);
    const toggle = popup.locator('#site-check');
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false');
    await toggle.click();
    await eventually(
      () => popup.textContent('.status'),
      (t) => /^Checking drafts/.test(t ?? ''),
    );
    await expect(popup.textContent('.status')).resolves.toBe(
      `Checking drafts on ${origin}, now and whenever you come back.`,
    );
    const sw = await worker(session);
    const registered = (): Promise<{ id: string; matches?: string[]; js?: string[] }[]> =>
      sw.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.scripting.getRegisteredContentScripts());
    expect(await registered()).toEqual([
      expect.objectContaining({
        id: `added-site:${origin}`,
        matches: [`${origin}/*`],
        js: ['content-scripts/content.js'],
      }),
    ]);
    expect((await storedSettings(session)).addedSites).toEqual([origin]);

    // the open page starts checking without a reload (which would lose the draft)
    await page.click('#editor');
    await page.keyboard.type(' ');
    await expectUnderline(page, (u) => u.category === 'blame', 'an underline on the page that was open');
    // and the registration holds after a reload
    await page.reload();
    await typeInEditor(page, "It's your fault.");
    await expectUnderline(page, (u) => u.category === 'blame', 'an underline after a reload');

    await popup.reload();
    await popup.waitForSelector('#site-check');
    await expect(popup.locator('#site-check').getAttribute('aria-checked')).resolves.toBe('true');
    await popup.click('#site-check');
    await eventually(
      () => popup.textContent('.status'),
      (t) => /^Stopped/.test(t ?? ''),
    );
    expect(await registered()).toEqual([]);
    expect((await storedSettings(session)).addedSites).toEqual([]);
    const allowed = await sw.evaluate(
      (pattern) => (globalThis as unknown as ChromeGlobals).chrome.permissions.contains({ origins: [pattern] }),
      `${origin}/*`,
    );
    expect(allowed).toBe(false);
    await page.reload();
    await typeInEditor(page, "It's your fault.");
    await page.waitForTimeout(800);
    expect(await underlines(page)).toEqual([]);
  });

  it('shows no site controls on pages nothing can be checked on', async () => {
    const blank = await session.context.newPage();
    pages.push(blank);
    await blank.goto('about:blank');
    const popup = await popupFor(blank);
    await expect(popup.textContent('#site-panel')).resolves.toBe('Mindful Draft can’t check drafts on this page.');
  });
});
