import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HintEvent } from '../../src/protocol/history';
import { startFixtureServers, type FixtureServers } from './support/servers';
import { launchExtension, type ExtensionSession } from './support/browser';

/** The extension APIs these tests call inside the reflection page (an extension page, so `chrome` is there). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

const badge = (page: Page): Promise<string> => page.evaluate(() => chrome.action.getBadgeText({}));

let servers: FixtureServers;
let session: ExtensionSession;
const profile = mkdtempSync(join(tmpdir(), 'md-reflection-profile-'));

beforeAll(async () => {
  servers = await startFixtureServers();
  session = await launchExtension({ userDataDir: profile, servers });
});
afterAll(async () => {
  await session?.close();
  await servers?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openReflection(section = 'overview'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(`reflection.html#${section}`));
  await page.locator(`#panel-${section}[aria-busy=false]`).waitFor();
  return page;
}

/** Sends events exactly as the content script does: a runtime message the background validates and records. */
async function sendHintEvents(page: Page, events: HintEvent[]): Promise<unknown[]> {
  return page.evaluate(async (list) => {
    const outcomes: unknown[] = [];
    for (const event of list) outcomes.push(await chrome.runtime.sendMessage({ type: 'hint-event', event }));
    return outcomes;
  }, events);
}

async function setSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (value) => {
    const current = ((await chrome.storage.local.get('settings')) as { settings?: object }).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...value } });
  }, settings);
}

const blame: HintEvent = {
  ruleId: 'your-fault',
  category: 'blame',
  action: 'applied',
  match: "It's your fault",
  sentence: "It's your fault we were late.",
  host: 'mail.google.com',
  replacement: 'I felt stressed when we were late.',
};

function futureDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the reflection page in Chromium', () => {
  it('has landmarks, labelled tabs, keyboard tab switching, and no accessibility violations', async () => {
    const page = await openReflection();
    await expect(page.locator('main').count()).resolves.toBe(1);
    await expect(page.locator('nav[aria-label]').count()).resolves.toBe(1);
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual([
      'Overview',
      'Timeline',
      'Goals',
      'Your data',
    ]);
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#panel-timeline[aria-busy=false]').waitFor();
    await expect(page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Timeline');
    expect(new URL(page.url()).hash).toBe('#timeline');

    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    for (const section of ['overview', 'timeline', 'goals', 'data']) {
      await page
        .getByRole('tab', {
          name: { overview: 'Overview', timeline: 'Timeline', goals: 'Goals', data: 'Your data' }[section],
        })
        .click();
      await page.locator(`#panel-${section}[aria-busy=false]`).waitFor();
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe;
        return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, section).toEqual([]);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'light' ? 'rgb(247, 246, 243)' : 'rgb(22, 21, 19)');
    }
    await page.close();
  });

  it('records hint events per privacy level, nothing for a paused site, and shows them on the timeline', async () => {
    const page = await openReflection('timeline');
    await setSettings(page, { privacyLevel: 'sentence', pausedSites: ['app.slack.com'] });
    const outcomes = await sendHintEvents(page, [
      blame,
      { ...blame, host: 'app.slack.com' },
      {
        ...blame,
        action: 'shown',
        ruleId: 'you-never',
        category: 'criticism',
        match: '<img src=x onerror=alert(1)>',
        sentence: 'You never <img src=x onerror=alert(1)> listen.',
      },
    ]);
    expect(outcomes.map((o) => (o as { outcome: string }).outcome)).toEqual(['stored', 'paused', 'stored']);
    await setSettings(page, { privacyLevel: 'counts', pausedSites: [] });
    await sendHintEvents(page, [{ ...blame, action: 'ignored', host: 'outlook.live.com' }]);

    await page.reload();
    await page.locator('.event[data-event-id]').nth(2).waitFor();
    const rows = page.locator('.event[data-event-id]');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).textContent()).resolves.toContain('Words not kept');
    await expect(rows.nth(0).textContent()).resolves.toContain('outlook.live.com');
    await expect(rows.nth(0).getAttribute('data-action')).resolves.toBe('ignored');
    // stored text is shown as text, never as markup
    await expect(rows.nth(1).locator('mark').textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(rows.nth(1).locator('img').count()).resolves.toBe(0);
    await expect(rows.nth(2).textContent()).resolves.toContain("It's your fault we were late.");
    await expect(rows.nth(2).textContent()).resolves.toContain('I felt stressed when we were late.');
    await expect(page.locator('.event', { hasText: 'app.slack.com' }).count()).resolves.toBe(0);

    await page.getByLabel('Category').selectOption('criticism');
    await expect(page.locator('#timeline-summary')).toBeDefined();
    await page.locator('#timeline-summary', { hasText: '1 moment' }).waitFor();
    await page.getByLabel('Category').selectOption('');
    await page.locator('#timeline-summary', { hasText: '3 moments' }).waitFor();

    // a note on a moment, from the keyboard
    await rows.nth(0).locator('button[data-add-note]').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('What was going on for you?').fill('Running late, short on patience.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('.event .note', { hasText: 'Running late' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-add-note'))).resolves.toBeTruthy();

    // arrow keys move through the feed
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).resolves.toBe('2');
    await page.keyboard.press('End');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).resolves.toBe('3');

    const overview = await openReflection('overview');
    await expect(overview.locator('#panel-overview').textContent()).resolves.toContain('“Your fault”');
    await expect(overview.locator('#panel-overview .chart title').first().textContent()).resolves.toContain(
      'Hints per week',
    );
    await overview.close();
    await page.close();
  });

  it('exports, imports the same file twice without duplicates, and refuses a foreign file', async () => {
    const page = await openReflection('data');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; events: unknown[] };
    expect(exported.format).toBe('mindful-draft-history');
    expect(exported.events.length).toBe(3);

    for (let i = 0; i < 2; i++) {
      await page.getByLabel('Export file to import').setInputFiles(file);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.locator('[data-import-result]', { hasText: 'Import finished' }).waitFor();
      await expect(page.locator('[data-import-result]').textContent()).resolves.toContain(
        '0 moments added, 3 moments already here',
      );
    }
    const foreign = join(profile, 'package.json');
    writeFileSync(foreign, JSON.stringify({ name: 'something-else', version: '1.0.0' }));
    await page.getByLabel('Export file to import').setInputFiles(foreign);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-import-result].problem').waitFor();
    await expect(page.locator('[data-import-result]').textContent()).resolves.toMatch(
      /not a Mindful Draft history export.*Nothing was changed/,
    );

    const timeline = await openReflection('timeline');
    await timeline.locator('#timeline-summary', { hasText: '3 moments' }).waitFor();
    await timeline.close();
    await page.close();
  });

  it('a goal created on the page, with a check-in due, survives a browser restart with the same profile', async () => {
    const page = await openReflection('goals');
    await page.getByLabel('Goal', { exact: true }).fill('Fewer absolutes this month');
    await page.getByLabel('Pattern').selectOption({ label: 'Criticism' });
    await page.getByLabel('At most this many a week').fill('1');
    await page.getByLabel('Start').fill(futureDay(-8));
    await page.getByLabel('End').fill(futureDay(21));
    await page.getByRole('button', { name: 'Create goal' }).click();
    await page.locator('.goal h3', { hasText: 'Fewer absolutes this month' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Fewer absolutes this month');
    await expect(page.locator('#status').textContent()).resolves.toBeDefined();
    await page.locator('.goal .check-in').waitFor();
    // the toolbar button shows that a check-in is due
    await expect.poll(() => badge(page)).toBe('1');
    await page.close();

    await session.close({ keepProfile: true });
    session = await launchExtension({ userDataDir: profile, servers });
    const again = await openReflection('goals');
    await again.locator('.goal h3', { hasText: 'Fewer absolutes this month' }).waitFor();
    await expect(again.locator('.goal').first().textContent()).resolves.toContain('at most 1 a week');
    // the check-in prompt, answered from the keyboard
    await again.getByLabel('Struggling').check();
    await again.getByLabel('A few words on it (optional)').fill('Two rough days.');
    await again.getByRole('button', { name: 'Save check-in' }).click();
    await again.locator('.goal details summary', { hasText: 'Check-ins (1)' }).waitFor();
    await expect(again.locator('.goal .check-in').count()).resolves.toBe(0);
    await expect.poll(() => badge(again)).toBe('');
    await again.close();
  });

  it('deletes a date range and everything, only after confirming', async () => {
    const page = await openReflection('data');
    await page.getByLabel('From', { exact: true }).fill(futureDay(-1));
    await page.getByLabel('To', { exact: true }).fill(futureDay(0));
    await page.getByRole('button', { name: 'Delete these days…' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const timeline = await openReflection('timeline');
    await timeline.locator('#timeline-summary', { hasText: '3 moments' }).waitFor();
    await page.getByRole('button', { name: 'Delete these days…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.locator('.result', { hasText: 'Deleted 3 moments' }).waitFor();
    await timeline.reload();
    await timeline.locator('#timeline-summary', { hasText: 'No moments match' }).waitFor();
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await page.locator('.result', { hasText: 'Your history is now empty.' }).waitFor();
    const goals = await openReflection('goals');
    await goals.locator('text=No goals yet.').waitFor();
    expect(session.blocked).toEqual([]);
  });

  it('a large import shows its progress in a labelled bar and the status line; the timeline then jumps to any row', async () => {
    const count = 1_500;
    const newest = Date.now() - 3_600_000;
    const pad = (n: number): string => String(n).padStart(2, '0');
    const events = Array.from({ length: count }, (_, i) => {
      const time = newest - i * 60_000;
      const d = new Date(time);
      return {
        id: `e2e-${String(i).padStart(4, '0')}`,
        time,
        day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
        host: i % 2 ? 'app.slack.com' : 'mail.google.com',
        ruleId: 'your-fault',
        category: 'blame',
        action: 'shown',
        match: `moment ${i}`,
      };
    });
    const file = join(profile, 'large-export.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'mindful-draft-history', version: 1, exportedAt: '', events, goals: [], notes: [] }),
    );
    const page = await openReflection('data');
    await page.evaluate(() => {
      const seen = { texts: [] as string[], barMax: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const result = document.querySelector('[data-import-result]')!;
      const bar = document.querySelector<HTMLProgressElement>('progress')!;
      new MutationObserver(() => {
        seen.texts.push(result.textContent ?? '');
        if (!bar.hidden) seen.barMax = bar.max;
      }).observe(result, { childList: true, characterData: true, subtree: true });
    });
    await expect(page.getByRole('progressbar', { name: 'Import progress', includeHidden: true }).count()).resolves.toBe(
      1,
    );
    await page.getByLabel('Export file to import').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('[data-import-result]', { hasText: 'Import finished: 1,500 moments added.' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: { texts: string[]; barMax: number } }).seen);
    expect(seen.barMax).toBe(count);
    const steps = seen.texts.filter((t) => /^Imported [\d,]+ of 1,500 events/.test(t));
    expect(steps.some((t) => /^Imported (500|1,000) of 1,500 events…$/.test(t))).toBe(true);
    expect(steps.at(-1)).toBe('Imported 1,500 of 1,500 events. Saving…');
    await expect(page.locator('progress').isHidden()).resolves.toBe(true);

    const timeline = await openReflection('timeline');
    await timeline.locator('#timeline-summary', { hasText: '1,500 moments' }).waitFor();
    for (const target of [1_499, 1_020, 760]) {
      await timeline.evaluate((top) => {
        document.querySelector<HTMLElement>('.feed-viewport')!.scrollTop = top;
      }, target * 120);
      // the moment at that row is the one that many minutes older than the newest
      await timeline
        .locator(`.event[data-index="${target}"][data-event-id="e2e-${String(target).padStart(4, '0')}"]`)
        .waitFor();
    }
    await timeline.close();
    await page.close();
    expect(session.blocked).toEqual([]);
  });
});
