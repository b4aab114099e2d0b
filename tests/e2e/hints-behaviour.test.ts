/**
 * How the hints behave around the editors: the card's safety and keyboard route, fields and sites that must stay
 * untouched, settings that apply to open tabs, the popup's insert, single-page navigation, the history events, layout
 * changes, and that nothing leaves the machine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';
import { EDITORS, type EditorFixture } from './hints-support/editors';
import { hintEvents, recordHintEvents, resetSettings, sendInsertText, storedSettings } from './hints-support/extension';
import {
  card,
  clickUnderline,
  eventually,
  expectNear,
  focusEnd,
  modelText,
  sleep,
  textRects,
  underlines,
  waitForUnderline,
} from './hints-support/page-helpers';

const FLAGGED = "It's your fault.";
const editor = (name: string): EditorFixture => EDITORS.find((e) => e.name === name) as EditorFixture;
const textarea = editor('textarea');
const lexical = editor('Lexical');
const webmail = editor('webmail contenteditable');

let session: ExtensionSession;
const pages: Page[] = [];

async function open(file: string, host?: string): Promise<Page> {
  const page = await session.openFixture(file, host);
  pages.push(page);
  return page;
}

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  await resetSettings(session);
});

describe('the hint card', () => {
  it('shows page text as text, never as markup', async () => {
    const page = await open('textarea.html');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const frame = page.mainFrame();
    const xss = '<img src=x onerror=alert(1)>';
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(`You never listen to ${xss} at all.`);
    const [underline] = await waitForUnderline(frame, 'criticism');
    await clickUnderline(page, frame, underline!);
    const dialog = card(frame);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain(xss);
    const images = await frame.evaluate(
      () => document.querySelector('mindful-draft')?.shadowRoot?.querySelectorAll('img').length,
    );
    expect(images).toBe(0);
    expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await sleep(200);
    expect(dialogs).toBe(0);
  });

  it(`opens from the keyboard (Alt+Shift+M), is labelled, and Escape puts the caret back`, async () => {
    const page = await open('lexical.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, lexical);
    await page.keyboard.type(`${FLAGGED} Thanks for listening`);
    // the last sentence has no full stop yet, but the pause lets it count as finished; the caret stays at the end
    await waitForUnderline(frame, 'blame');
    await page.keyboard.press('Alt+Shift+M');
    const dialog = card(frame);
    await dialog.waitFor({ state: 'visible' });
    const label = await dialog.evaluate((el) => {
      const id = el.getAttribute('aria-labelledby') ?? '';
      return (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent;
    });
    expect(label).toBe('Blame');
    // focus is in the card, on the first suggestion; Tab moves through the buttons and stays in the card
    const focused = (): Promise<string | null> =>
      frame.evaluate(
        () => document.querySelector('mindful-draft')?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null,
      );
    expect(await focused()).toBe('apply');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await focused()).not.toBeNull();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.type('!');
    expect(await modelText(frame)).toBe(`${FLAGGED} Thanks for listening!`);
  });

  it('is operable with Enter from the keyboard: applying a suggestion', async () => {
    const page = await open('textarea.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(`Hi. ${FLAGGED}`);
    await waitForUnderline(frame, 'blame');
    await page.keyboard.press('Alt+Shift+M');
    await card(frame).waitFor({ state: 'visible' });
    const suggestion = await card(frame).locator('[data-action="apply"]').first().textContent();
    await page.keyboard.press('Enter');
    const text = await eventually(
      () => modelText(frame),
      (t) => t.includes(suggestion ?? '?'),
    );
    expect(text).toBe(`Hi. ${suggestion}`);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('editor');
  });

  it('a whole-sentence suggestion takes the rest of its sentence, leaving no fragment; Ctrl+Z restores it', async () => {
    for (const fixture of [textarea, lexical]) {
      const page = await open(fixture.file);
      const frame = page.mainFrame();
      await focusEnd(page, frame, fixture);
      const draft = 'Hi. Calm down, it was one comment. See you at six.';
      await page.keyboard.type(draft);
      await waitForUnderline(frame, 'dismissal');
      await sleep(fixture.undoMergeMs ?? 0);
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+Shift+M');
      await card(frame).waitFor({ state: 'visible' });
      const suggestion = (await card(frame).locator('[data-action="apply"]').first().textContent()) ?? '?';
      expect(suggestion).toMatch(/[.?!]$/);
      await page.keyboard.press('Enter');
      const text = await eventually(
        () => modelText(frame),
        (t) => t.includes(suggestion),
      );
      expect(text, fixture.name).toBe(`Hi. ${suggestion} See you at six.`);
      await page.keyboard.press('Control+z');
      await eventually(
        () => modelText(frame),
        (t) => t === draft,
      );
    }
  });
});

describe('pages that fight back', () => {
  it('blanket styles and a script that removes unknown elements do not hide, move or break the hints', async () => {
    const page = await open('hostile.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(`Hi. ${FLAGGED}`);
    const [underline] = await waitForUnderline(frame, 'blame');
    const [expected] = await textRects(frame, textarea, FLAGGED);
    const at = underline!.rect;
    expectNear({ ...at, top: 0, height: 0 }, { ...expected!, top: 0, height: 0 }, 2, 'underline');
    // the overlay is shown as drawn: not hidden, faded, blurred or moved by the page's rules
    const shown = await page.evaluate(() => {
      const host = document.querySelector('mindful-draft');
      const style = host ? getComputedStyle(host) : null;
      return {
        display: style?.display,
        visibility: style?.visibility,
        opacity: style?.opacity,
        transform: style?.transform,
        filter: style?.filter,
      };
    });
    expect(shown).toEqual({ display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none' });
    await clickUnderline(page, frame, underline!);
    const dialog = card(frame);
    await dialog.waitFor({ state: 'visible' });
    const suggestion = (await dialog.locator('[data-action="apply"]').first().textContent()) ?? '?';
    await dialog.locator('[data-action="apply"]').first().click();
    await eventually(
      () => modelText(frame),
      (t) => t === `Hi. ${suggestion}`,
    );
  });
});

describe('where hints stay away', () => {
  it('skips password, search, read-only, opted-out and non-editable fields', async () => {
    const page = await open('textarea.html');
    const frame = page.mainFrame();
    for (const id of ['#password', '#search', '#opted-out', '#opted-out-2']) {
      await frame.click(id);
      await page.keyboard.type(`${FLAGGED} `);
    }
    await frame.click('#readonly');
    await frame.click('#not-editable');
    await sleep(900);
    expect(await underlines(frame)).toEqual([]);
    // a plain text input is checked
    await frame.click('#subject');
    await page.keyboard.type(FLAGGED);
    await waitForUnderline(frame, 'blame');
  });

  it('"Pause on this site" clears hints in every open tab of the site, and resuming brings them back', async () => {
    const first = await open('textarea.html');
    const second = await open('lexical.html');
    await focusEnd(second, second.mainFrame(), lexical);
    await second.keyboard.type(FLAGGED);
    await waitForUnderline(second.mainFrame(), 'blame');
    const frame = first.mainFrame();
    await focusEnd(first, frame, textarea);
    await first.keyboard.type(FLAGGED);
    const [underline] = await waitForUnderline(frame, 'blame');
    await clickUnderline(first, frame, underline!);
    await card(frame).locator('[data-action="pause-site"]').click();
    await eventually(
      () => underlines(frame),
      (l) => l.length === 0,
    );
    // the hints go at once; the background stores the pause a moment later
    const stored = await eventually(
      () => storedSettings(session),
      (settings) => (settings.pausedSites ?? []).includes('mail.google.com'),
    );
    expect(stored.pausedSites).toContain('mail.google.com');
    await eventually(
      () => underlines(second.mainFrame()),
      (l) => l.length === 0,
    );
    expect(await underlines(second.mainFrame())).toEqual([]);
    await first.keyboard.press('End');
    await first.keyboard.type(` ${FLAGGED}`);
    await sleep(800);
    expect(await underlines(frame)).toEqual([]);
    // resuming (settings cleared) applies without a reload
    await resetSettings(session);
    await first.keyboard.type(' ');
    await waitForUnderline(frame, 'blame');
  });
});

describe('the popup and the page', () => {
  it('inserts a template into the editor last focused, at its caret, through the editor', async () => {
    const page = await open('lexical.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, lexical);
    await page.keyboard.type('Dear Sam, ');
    // the popup takes the focus away from the page
    await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const result = await sendInsertText(session, page, 'I need some time to think about this.');
    expect(result).toEqual({ ok: true });
    expect(await modelText(frame)).toBe('Dear Sam, I need some time to think about this.');
    await page.keyboard.type(' Thanks');
    expect(await modelText(frame)).toBe('Dear Sam, I need some time to think about this. Thanks');
  });

  it('answers with a reason when no editor was focused', async () => {
    const page = await open('textarea.html');
    const result = (await sendInsertText(session, page, 'Hello')) as { ok: boolean; reason?: string };
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/click into/i);
    expect(await modelText(page.mainFrame())).toBe('');
  });

  it('keeps working when a single-page app swaps the composer', async () => {
    const page = await open('textarea.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(FLAGGED);
    await waitForUnderline(frame, 'blame');
    await frame.click('#swap');
    expect(page.url()).toContain('?compose=new');
    await eventually(
      () => underlines(frame),
      (l) => l.length === 0,
    );
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(`Again: ${FLAGGED}`);
    const [underline] = await waitForUnderline(frame, 'blame');
    const [text] = await textRects(frame, textarea, FLAGGED);
    expect(Math.abs(underline!.rect.left - text!.left)).toBeLessThan(2);
  });

  it('reports each hint once when shown, and once when applied, ignored or muted', async () => {
    await recordHintEvents(session);
    await hintEvents(session);
    const page = await open('textarea.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, textarea);
    await page.keyboard.type(`${FLAGGED} You never listen to me.`);
    await waitForUnderline(frame, 'criticism');
    // more typing and pauses: still the same two occurrences
    await page.keyboard.type(' More words here');
    await sleep(600);
    await page.keyboard.type(', and more.');
    await sleep(600);
    const [blame] = await waitForUnderline(frame, 'blame');
    await clickUnderline(page, frame, blame!);
    await card(frame).locator('[data-action="apply"]').first().click();
    await eventually(
      () => underlines(frame),
      (l) => !l.some((u) => u.category === 'blame'),
    );
    const [criticism] = await waitForUnderline(frame, 'criticism');
    await clickUnderline(page, frame, criticism!);
    await card(frame).locator('[data-action="ignore"]').click();
    // reading drains the record: gather until the ignore has arrived, then once more to catch any duplicate
    const events: Awaited<ReturnType<typeof hintEvents>> = [];
    await eventually(
      async () => events.push(...(await hintEvents(session))),
      () => events.some((e) => e.action === 'ignored'),
    );
    await sleep(400);
    events.push(...(await hintEvents(session)));
    const summary = events.map((e) => `${e.action}:${e.ruleId}`).sort();
    expect(summary).toEqual(['applied:your-fault', 'ignored:you-never', 'shown:you-never', 'shown:your-fault']);
    expect(events.every((e) => e.host === 'mail.google.com')).toBe(true);
    expect(events.find((e) => e.action === 'applied')?.replacement?.length).toBeGreaterThan(10);
  });
});

describe('underlines follow the layout', () => {
  it('in an inner scrolling composer, across soft line breaks, after resizing and zooming', async () => {
    const page = await open('webmail.html');
    const frame = page.mainFrame();
    await focusEnd(page, frame, webmail);
    for (let i = 0; i < 14; i++) {
      await page.keyboard.type(`Line ${i} of the update.`);
      await page.keyboard.press('Enter');
    }
    const sentence = `Honestly, after all these weeks of waiting for an answer, ${FLAGGED}`;
    await page.keyboard.type(sentence);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Closing line ${i}.`);
    }
    await waitForUnderline(frame, 'blame');
    const aligned = async (): Promise<void> => {
      await sleep(120);
      const drawn = (await underlines(frame)).filter((u) => u.category === 'blame');
      const text = await textRects(frame, webmail, FLAGGED);
      expect(drawn.length).toBe(text.length);
      drawn.forEach((u, i) => expectNear(u.rect, text[i]!, 2, `line ${i}`));
    };
    await aligned();
    // scroll the composer itself: the underline moves, then disappears when its words leave the visible box
    await frame.evaluate(() => document.querySelector('#editor')?.scrollBy(0, -40));
    await aligned();
    await frame.evaluate(() => document.querySelector('#editor')?.scrollTo(0, 0));
    await sleep(150);
    expect((await underlines(frame)).filter((u) => u.category === 'blame')).toEqual([]);
    await frame.evaluate(() => document.querySelector('#editor')?.scrollTo(0, 10_000));
    // a narrower composer wraps the flagged words onto two lines
    await frame.evaluate(() => {
      const compose = document.querySelector('.compose') as HTMLElement;
      compose.style.width = '430px';
    });
    await sleep(150);
    const wrapped = await textRects(frame, webmail, FLAGGED);
    expect(wrapped.length).toBeGreaterThan(1);
    await aligned();
    await page.setViewportSize({ width: 900, height: 700 });
    await aligned();
    await frame.evaluate(() => {
      document.body.style.zoom = '1.25';
    });
    await aligned();
  });
});

describe('privacy', () => {
  it('nothing any page or the extension asked for left 127.0.0.1', () => {
    expect(session.blocked).toEqual([]);
  });
});
