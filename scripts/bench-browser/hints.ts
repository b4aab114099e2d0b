/**
 * The content script's cost on the page, in Chromium with the built extension against the same Chromium without it,
 * with a 2,000-word draft in the textarea and Lexical fixtures:
 * - main-thread time the extension adds per keystroke (median of per-key TaskDuration from CDP, with minus without;
 *   target ≤ 2 ms),
 * - long tasks (> 50 ms) while typing (PerformanceObserver 'longtask'; target: none more than without the extension),
 * - typing stops → underline on screen (last input event → first frame with the new underline; target ≤ 400 ms),
 * - content script start-up on a matched page before any editor is focused (TaskDuration after load, with minus
 *   without, median of 7 loads; target ≤ 20 ms),
 * - first hint in a freshly started browser: last keystroke of a flagged sentence → underline (target ≤ 600 ms).
 * Prints a table; exits 1 when a target is missed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../../tests/e2e/support/browser';
import { launchPlain } from '../../tests/e2e/hints-support/plain-browser';
import { startFixtureServers } from '../../tests/e2e/support/servers';

const WORDS = 2_000;
const KEYS = 'and then we can talk about the plan for next week ';
const FLAGGED = "It's your fault.";

interface Row {
  measure: string;
  fixture: string;
  value: string;
  target: string;
  ok: boolean;
}
const rows: Row[] = [];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A draft of about 2,000 words: ordinary sentences with a few flagged ones among them, in paragraphs. */
function draft(): string {
  const plain = [
    'I went through the notes from Tuesday and added my comments where they seemed useful.',
    'The budget for the second quarter still needs a final check before we send it out.',
    'Could we move the review to Thursday afternoon so that everyone can join?',
    'Thanks again for pulling the numbers together so quickly last week.',
  ];
  const flagged = ['You never listen to me.', "It's your fault."];
  const paragraphs: string[] = [];
  let words = 0;
  let i = 0;
  while (words < WORDS) {
    const sentences: string[] = [];
    for (let j = 0; j < 6; j++, i++) {
      const s = i % 37 === 5 ? (flagged[i % 2] as string) : (plain[i % plain.length] as string);
      sentences.push(s);
      words += s.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

const SELECTORS: Record<string, string> = { 'textarea.html': '#editor', 'lexical.html': '#editor' };

/** Opens a fixture, puts the draft into its editor through the editor's own input path, and leaves the caret at the end. */
async function openWithDraft(context: BrowserContext, url: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const selector = SELECTORS[file] as string;
  await page.click(selector);
  await page.evaluate((text) => document.execCommand('insertText', false, text), draft());
  await page.keyboard.press('Control+End');
  // let the first analysis of the whole draft finish before measuring typing
  await sleep(2_500);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  return page;
}

/** Main-thread time of each keystroke: TaskDuration before and after the key and the two frames that follow it. */
async function perKeystroke(page: Page): Promise<{ perKey: number[]; longTasks: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const frames = (): Promise<void> =>
    page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const perKey: number[] = [];
  for (const key of KEYS) {
    const before = await taskMs();
    await page.keyboard.type(key);
    await frames();
    perKey.push((await taskMs()) - before);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await cdp.detach();
  return { perKey, longTasks };
}

/** Types a flagged sentence and times the last input event → first frame showing one more blame underline. */
async function timeToUnderline(page: Page, sentence: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastInput: number; underlineAt: Promise<number> };
    const count = (): number =>
      document.querySelector('mindful-draft')?.shadowRoot?.querySelectorAll('[data-category="blame"]').length ?? 0;
    const start = count();
    document.addEventListener('input', () => (w.lastInput = performance.now()), true);
    w.underlineAt = new Promise((done) => {
      const check = (): void => {
        if (count() > start) done(performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.keyboard.type(sentence);
  return page.evaluate(async () => {
    const w = window as unknown as { lastInput: number; underlineAt: Promise<number> };
    const at = await Promise.race([w.underlineAt, new Promise<number>((r) => setTimeout(() => r(-1), 5_000))]);
    return at < 0 ? Infinity : at - w.lastInput;
  });
}

/** TaskDuration of a page from navigation to quiet, without touching any editor. */
async function loadCost(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await sleep(800);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function main(): Promise<void> {
  const servers = await startFixtureServers();
  let session: ExtensionSession = await launchExtension({ servers });
  const plain = await launchPlain(session.servers.httpsPort);
  try {
    for (const file of ['textarea.html', 'lexical.html']) {
      const url = session.fixtureUrl(file);
      const withPage = await openWithDraft(session.context, url, file);
      const withoutPage = await openWithDraft(plain.context, url, file);
      const withExt = await perKeystroke(withPage);
      const without = await perKeystroke(withoutPage);
      const added = median(withExt.perKey) - median(without.perKey);
      rows.push({
        measure: 'main-thread time added per keystroke (median)',
        fixture: file,
        value: `${added.toFixed(2)} ms (${median(withExt.perKey).toFixed(2)} with, ${median(without.perKey).toFixed(2)} without)`,
        target: '≤ 2 ms',
        ok: added <= 2,
      });
      const extra = withExt.longTasks.length - without.longTasks.length;
      rows.push({
        measure: 'long tasks (> 50 ms) while typing',
        fixture: file,
        value: `${withExt.longTasks.length} with, ${without.longTasks.length} without`,
        target: 'none added',
        ok: extra <= 0,
      });
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        await withPage.keyboard.type(' ');
        times.push(await timeToUnderline(withPage, `Round ${i}: ${FLAGGED}`));
        await sleep(600);
      }
      const stop = median(times);
      rows.push({
        measure: 'typing stops → underline visible (median of 3)',
        fixture: file,
        value: `${stop.toFixed(0)} ms`,
        target: '≤ 400 ms',
        ok: stop <= 400,
      });
      await withPage.close();
      await withoutPage.close();
    }

    const startUps: number[] = [];
    for (let i = 0; i < 7; i++) {
      const url = session.fixtureUrl('textarea.html');
      startUps.push((await loadCost(session.context, url)) - (await loadCost(plain.context, url)));
    }
    const startUp = median(startUps);
    rows.push({
      measure: 'content script start-up, no editor focused (median of 7)',
      fixture: 'textarea.html',
      value: `${startUp.toFixed(1)} ms`,
      target: '≤ 20 ms',
      ok: startUp <= 20,
    });

    // a freshly started browser: the engine in the background is cold until the editor gets focus
    await session.close();
    session = await launchExtension({ servers });
    for (const file of ['textarea.html', 'lexical.html']) {
      const page = await session.context.newPage();
      await page.goto(session.fixtureUrl(file));
      await page.click(SELECTORS[file] as string);
      const first = await timeToUnderline(page, `Hello. ${FLAGGED}`);
      rows.push({
        measure: 'first hint after opening the page (fresh browser)',
        fixture: file,
        value: `${first.toFixed(0)} ms`,
        target: '≤ 600 ms',
        ok: first <= 600,
      });
      await page.close();
    }
  } finally {
    await plain.browser.close();
    await session.close();
    await servers.close();
  }

  const header = ['measure', 'fixture', 'value', 'target', ''];
  const table = rows.map((r) => [r.measure, r.fixture, r.value, r.target, r.ok ? 'ok' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  console.log('\nContent script (hints), 2,000-word draft');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
