/**
 * The options page in Chromium: custom phrases (validated, then flagged in a fixture editor like any rule), categories
 * and unmuting applied to an open tab without a reload, and the keyboard shortcut.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';
import {
  clearSettings,
  eventually,
  expectUnderline,
  storedSettings,
  typeInEditor,
  underlines,
  worker,
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

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(url);
  return page;
}

async function options(): Promise<Page> {
  const page = await open(session.extensionUrl('options.html'));
  await page.waitForSelector('#custom-form');
  return page;
}

describe('custom phrases', () => {
  it('refuses an empty, a duplicate and an absurdly long entry with a clear message, then flags what was added', async () => {
    const settings = await options();
    await settings.click('#custom-form button[type="submit"]');
    await expect(settings.textContent('#custom-error')).resolves.toBe('Enter the word or phrase you want to avoid.');
    await expect(settings.evaluate(() => document.activeElement?.id)).resolves.toBe('custom-phrase');
    await expect(settings.getAttribute('#custom-phrase', 'aria-invalid')).resolves.toBe('true');

    await settings.fill('#custom-phrase', 'drama queen');
    await settings.fill('#custom-replacement', 'love');
    await settings.selectOption('#custom-category', 'contempt');
    await settings.click('#custom-form button[type="submit"]');
    await eventually(
      () => settings.textContent('#custom-done'),
      (t) => /^Added/.test(t ?? ''),
    );
    await expect(settings.textContent('#custom-list')).resolves.toContain('“drama queen” → “love”');
    await expect(settings.textContent('#custom-error')).resolves.toBe('');

    await settings.fill('#custom-phrase', 'Drama Queen!');
    await settings.fill('#custom-replacement', 'dear');
    await settings.click('#custom-form button[type="submit"]');
    await expect(settings.textContent('#custom-error')).resolves.toBe('“drama queen” is already in your list.');
    await settings.fill('#custom-phrase', 'x'.repeat(80));
    await settings.click('#custom-form button[type="submit"]');
    await expect(settings.textContent('#custom-error')).resolves.toMatch(/60 characters or fewer \(this one has 80\)/);
    // what the writer typed is still there to fix
    await expect(settings.inputValue('#custom-replacement')).resolves.toBe('dear');
    const stored = (await storedSettings(session)).customPhrases as { phrase: string }[];
    expect(stored.map((p) => p.phrase)).toEqual(['drama queen']);

    const page = await session.openFixture('textarea.html');
    pages.push(page);
    await typeInEditor(page, 'Fine, you drama queen.');
    await expectUnderline(
      page,
      (u) => u.ruleId.startsWith('custom-') && u.category === 'contempt',
      'the custom phrase underlined',
    );
    // the card reads the writer's own message and wording
    await page.evaluate(() => {
      const el = document
        .querySelector('mindful-draft')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-rule-id^="custom-"]');
      el?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const card = page.locator('mindful-draft [role="dialog"]');
    if (!(await card.isVisible().catch(() => false))) {
      // the underline may not take clicks itself: open the card from the keyboard instead
      await page.click('#editor');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+Shift+M');
    }
    await card.waitFor({ timeout: 5_000 });
    await expect(card.textContent()).resolves.toContain('You asked to avoid “drama queen”');
    await expect(card.textContent()).resolves.toMatch(/love/i);
  });

  it('removing a phrase stops it being flagged in the open tab', async () => {
    const settings = await options();
    await settings.fill('#custom-phrase', 'piggy');
    await settings.fill('#custom-replacement', 'love');
    await settings.click('#custom-form button[type="submit"]');
    await eventually(
      () => settings.textContent('#custom-done'),
      (t) => /^Added/.test(t ?? ''),
    );
    const page = await session.openFixture('textarea.html');
    pages.push(page);
    await typeInEditor(page, 'Morning piggy.');
    await expectUnderline(page, (u) => u.ruleId.startsWith('custom-'), 'the custom phrase underlined');
    await settings.bringToFront();
    await settings.getByRole('button', { name: 'Remove “piggy”' }).click();
    await expect(
      eventually(
        () => underlines(page),
        (u) => u.length === 0,
      ),
    ).resolves.toEqual([]);
  });
});

describe('settings that apply to open tabs', () => {
  it('switching a category off removes its hints without a reload, and unmuting a rule brings it back', async () => {
    const page = await session.openFixture('textarea.html');
    pages.push(page);
    await typeInEditor(page, "It's your fault.");
    await expectUnderline(page, (u) => u.category === 'blame', 'a blame underline');
    const settings = await options();
    await settings.getByRole('checkbox', { name: 'Blame' }).uncheck();
    await expect(
      eventually(
        () => underlines(page),
        (u) => u.length === 0,
      ),
    ).resolves.toEqual([]);
    await settings.getByRole('checkbox', { name: 'Blame' }).check();
    await expectUnderline(page, (u) => u.category === 'blame', 'the blame underline again');

    const ruleId = (await underlines(page)).find((u) => u.category === 'blame')?.ruleId ?? '';
    await (
      await worker(session)
    ).evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
        ).chrome.storage.local.set({
          settings: { mutedRules: [id] },
          settings$: { v: 2 },
        }),
      ruleId,
    );
    await expect(
      eventually(
        () => underlines(page),
        (u) => u.length === 0,
      ),
    ).resolves.toEqual([]);
    await settings.bringToFront();
    const unmute = settings.locator('#muted-list button');
    await unmute.waitFor();
    await expect(unmute.getAttribute('aria-label')).resolves.toMatch(/^Unmute “/);
    await unmute.click();
    await expect(settings.textContent('#muted')).resolves.toMatch(/No muted hints/);
    await expectUnderline(page, (u) => u.ruleId === ruleId, 'the unmuted rule underlined again');
  });

  it('lists paused sites with a way back, and keeps the privacy level and retention', async () => {
    await (
      await worker(session)
    ).evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
      ).chrome.storage.local.set({
        settings: { pausedSites: ['app.slack.com'] },
        settings$: { v: 2 },
      }),
    );
    const settings = await options();
    await settings.getByRole('button', { name: 'Turn hints back on for app.slack.com' }).click();
    await eventually(
      () => settings.textContent('#sites'),
      (t) => (t ?? '').includes('None. Pause a site'),
    );
    expect((await storedSettings(session)).pausedSites).toEqual([]);

    await settings.getByRole('radio', { name: 'Counts only' }).check();
    await settings.selectOption('#retention', '30');
    await eventually(
      () => storedSettings(session),
      (s) => s.retentionDays === 30,
    );
    expect(await storedSettings(session)).toMatchObject({ privacyLevel: 'counts', retentionDays: 30 });
  });

  it('shows the keyboard shortcuts', async () => {
    const settings = await options();
    await eventually(
      () => settings.textContent('#shortcut-list'),
      (t) => (t ?? '').includes('Alt+Shift+M'),
    );
    await expect(settings.textContent('#shortcut-list')).resolves.toContain(
      'Open the hint nearest the cursor in a message boxAlt+Shift+M',
    );
    // it is the content script's own key, not a browser command, so there is no browser page to change it on
    await expect(settings.locator('#open-shortcuts').count()).resolves.toBe(0);
  });
});
