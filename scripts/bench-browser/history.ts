/**
 * Reflection history at scale, in Chromium with the built extension: 100,000 events stored (imported through the page's
 * own import, so the real write path and indexes are used), then
 * - the overview's render time (navigation start → overview on screen; target ≤ 500 ms),
 * - long tasks (> 50 ms) while scrolling the timeline through wheel steps and jumps across the whole list (target: none),
 * - the cost of storing one event in the background, measured as the full round trip of a `hint-event` message from an
 *   extension page until the background has committed it (an upper bound of the background's own cost; target ≤ 2 ms).
 * Prints a table; exits 1 when a target is missed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CATEGORIES } from '../../src/engine/types';
import { HINT_ACTIONS } from '../../src/protocol/history';
import { launchExtension } from '../../tests/e2e/support/browser';
import { longTasksOf, watchLongTasks } from './long-tasks';

/** The one extension API the benchmark calls inside the reflection page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const EVENTS = 100_000;
const DAY = 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A year of plausible events: 27 rules over 9 categories, 8 sites, mostly shown, some applied or ignored. */
function exportFile(now: number): string {
  const hosts = [
    'mail.google.com',
    'app.slack.com',
    'outlook.live.com',
    'web.whatsapp.com',
    'discord.com',
    'teams.microsoft.com',
    'x.com',
    'www.linkedin.com',
  ];
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const time = Math.floor(now - random() * 360 * DAY);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    const r = random();
    events.push({
      id: `bench-${i}`,
      time,
      day: localDay(time),
      host: hosts[Math.floor(random() * hosts.length)]!,
      ruleId: `${category}-rule-${Math.floor(random() * 3)}`,
      category,
      action: r < 0.6 ? 'shown' : HINT_ACTIONS[1 + Math.floor(random() * 3)]!,
      match: 'you never listen',
    });
  }
  return JSON.stringify({
    format: 'mindful-draft-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    events,
    goals: [],
    notes: [],
  });
}

async function openSection(page: Page, url: string, section: string): Promise<void> {
  await page.goto(url);
  await page.locator(`#panel-${section}[aria-busy=false]`).waitFor({ timeout: 60_000 });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function main(): Promise<void> {
  const session = await launchExtension();
  const dir = mkdtempSync(join(tmpdir(), 'md-bench-history-'));
  const rows: { measure: string; value: string; target: string; ok: boolean }[] = [];
  try {
    const page = await session.context.newPage();
    const url = (section: string): string => session.extensionUrl(`reflection.html#${section}`);

    // seed through the page's import
    const file = join(dir, 'history.json');
    writeFileSync(file, exportFile(Date.now()));
    await openSection(page, url('data'), 'data');
    // what the writer sees during the import: the status lines, the bar's steps, and long tasks once writing began
    await page.evaluate(() => {
      const w = window as unknown as {
        importWatch: { texts: string[]; steps: number; writingAt: number; tasks: number[] };
      };
      w.importWatch = { texts: [], steps: 0, writingAt: 0, tasks: [] };
      const watch = w.importWatch;
      const result = document.querySelector('[data-import-result]')!;
      const bar = document.querySelector<HTMLProgressElement>('progress.import-progress')!;
      new MutationObserver(() => {
        if (result.textContent && watch.texts.at(-1) !== result.textContent) watch.texts.push(result.textContent);
      }).observe(result, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => {
        if (!bar.hidden && !watch.writingAt) watch.writingAt = performance.now();
        if (bar.value > 0) watch.steps++;
      }).observe(bar, { attributes: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (watch.writingAt && e.startTime >= watch.writingAt) watch.tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const importStart = Date.now();
    await page.getByLabel('Export file to import').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-import-result]', { hasText: 'Import finished' }).waitFor({ timeout: 300_000 });
    const importMs = Date.now() - importStart;
    const importWatch = await page.evaluate(
      () => (window as unknown as { importWatch: { texts: string[]; steps: number; tasks: number[] } }).importWatch,
    );
    const progressTexts = importWatch.texts.filter((t) => t.startsWith('Imported '));
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('mindful-draft-history');
          open.onsuccess = () => {
            const count = open.result.transaction('events').objectStore('events').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );
    rows.push({
      measure: 'events stored',
      value: stored.toLocaleString('en'),
      target: '100,000',
      ok: stored === EVENTS,
    });
    rows.push({
      measure: 'import of 100,000 events (one transaction)',
      value: `${importMs} ms`,
      target: '—',
      ok: true,
    });
    rows.push({
      measure: 'import progress: status lines / bar steps (last line)',
      value: `${progressTexts.length} / ${importWatch.steps} (${progressTexts.at(-1) ?? 'none'})`,
      target: 'shown',
      ok: progressTexts.length >= 5 && importWatch.steps >= 10,
    });
    rows.push({
      measure: 'long tasks while the import writes (after the file is checked)',
      value: importWatch.tasks.length
        ? `${importWatch.tasks.length} (longest ${Math.max(...importWatch.tasks).toFixed(0)} ms)`
        : '0',
      target: '—',
      ok: true,
    });

    // overview: navigation start → rendered, five loads after a warm-up
    const overviewTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto('about:blank');
      await openSection(page, url('overview'), 'overview');
      const t = await page.evaluate(
        () => performance.getEntriesByName('reflection:overview-rendered')[0]?.startTime ?? NaN,
      );
      if (i > 0) overviewTimes.push(t);
    }
    rows.push({
      measure: 'overview rendered (median of 5 loads)',
      value: `${median(overviewTimes).toFixed(0)} ms (max ${Math.max(...overviewTimes).toFixed(0)})`,
      target: '≤ 500 ms',
      ok: Math.max(...overviewTimes) <= 500,
    });

    // timeline scrolling
    await openSection(page, url('timeline'), 'timeline');
    await page.locator('#timeline-summary', { hasText: 'moments' }).waitFor();
    await page.locator('.event[data-event-id]').first().waitFor();
    await watchLongTasks(page);
    const feed = page.locator('.feed-viewport');
    const box = (await feed.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrollStart = Date.now();
    for (let i = 0; i < 120; i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(16);
    }
    const fills: number[] = [];
    for (const fraction of [0.25, 0.5, 0.75, 0.999, 0.1]) {
      const t0 = Date.now();
      await page.evaluate((f) => {
        const el = document.querySelector<HTMLElement>('.feed-viewport')!;
        el.scrollTop = f * (el.scrollHeight - el.clientHeight);
      }, fraction);
      // rows in view hold their events again (placeholders gone)
      await page.waitForFunction(() => {
        const el = document.querySelector<HTMLElement>('.feed-viewport')!;
        const visible = [...el.querySelectorAll<HTMLElement>('.event')].filter((r) => {
          const top = r.offsetTop - el.scrollTop;
          return top >= 0 && top < el.clientHeight;
        });
        return visible.length > 0 && visible.every((r) => r.dataset.eventId);
      });
      fills.push(Date.now() - t0);
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i % 2 ? -400 : 800);
        await page.waitForTimeout(16);
      }
    }
    const scrollMs = Date.now() - scrollStart;
    const longTasks = await longTasksOf(page);
    const rendered = await page.locator('.event').count();
    rows.push({
      measure: `long tasks while scrolling the timeline (${scrollMs} ms of wheel steps and jumps)`,
      value: longTasks.length ? `${longTasks.length} (longest ${Math.max(...longTasks).toFixed(0)} ms)` : '0',
      target: '0',
      ok: longTasks.length === 0,
    });
    rows.push({
      measure: 'rows filled after a jump across the list (median / max)',
      value: `${median(fills)} / ${Math.max(...fills)} ms`,
      target: '≤ 150 ms',
      ok: median(fills) <= 150,
    });
    rows.push({
      measure: 'rows in the DOM while scrolling',
      value: String(rendered),
      target: 'a screenful',
      ok: rendered < 40,
    });

    // storing one event in the background, with 100,000 already stored
    const roundTrips = await page.evaluate(async () => {
      const event = {
        ruleId: 'your-fault',
        category: 'blame',
        action: 'shown',
        match: "It's your fault",
        sentence: "It's your fault we were late.",
        host: 'mail.google.com',
      };
      const trips: number[] = [];
      const inBackground: number[] = [];
      for (let i = 0; i < 320; i++) {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'hint-event', event })) as {
          outcome?: string;
          ms?: number;
        };
        if (reply?.outcome !== 'stored' || typeof reply.ms !== 'number')
          throw new Error(`not stored: ${JSON.stringify(reply)}`);
        trips.push(performance.now() - t0);
        inBackground.push(reply.ms);
      }
      return { trips: trips.slice(20), inBackground: inBackground.slice(20) };
    });
    const background = roundTrips.inBackground;
    rows.push({
      measure: 'store one event in the background, message in to commit (median / p95, 300 events)',
      value: `${median(background).toFixed(2)} / ${percentile(background, 0.95).toFixed(2)} ms`,
      target: '≤ 2 ms',
      ok: median(background) <= 2,
    });
    rows.push({
      measure: 'same, as the sender sees it: message round trip (median / p95)',
      value: `${median(roundTrips.trips).toFixed(2)} / ${percentile(roundTrips.trips, 0.95).toFixed(2)} ms`,
      target: '—',
      ok: true,
    });
    const blockedFromExtension = session.blocked;
    rows.push({
      measure: 'requests that tried to leave the machine',
      value: String(blockedFromExtension.length),
      target: '0',
      ok: blockedFromExtension.length === 0,
    });
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('\nReflection history at 100,000 events (Chromium)\n');
  const width = Math.max(...rows.map((r) => r.measure.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  console.log(`| ${'measure'.padEnd(width)} | ${'value'.padEnd(valueWidth)} | target      | ok |`);
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} | ----------- | -- |`);
  for (const r of rows)
    console.log(
      `| ${r.measure.padEnd(width)} | ${r.value.padEnd(valueWidth)} | ${r.target.padEnd(11)} | ${r.ok ? '✓' : '✗'}  |`,
    );
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
