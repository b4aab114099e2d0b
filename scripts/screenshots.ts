/**
 * Regenerates the README screenshots (docs/screenshots/*.png) from a real run: the built extension in Debian's
 * Chromium, through the end-to-end harness, on a compose page served as https://mail.google.com/compose. Hints, the
 * card, the popup and the reflection page are the extension's own output; the history they show is what this run did.
 * Run with `npm run screenshots` (it builds first).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../tests/e2e/support/browser';

const OUT = 'docs/screenshots';
const COMPOSE_URL = 'https://mail.google.com/compose';
const CHAT_URL = 'https://chat.google.com/compose';
const DRAFT = [
  'Hi Sam,',
  'The release slipped again and the client noticed. You never tell me when something is blocked. This is your fault.',
  'Can we talk tomorrow morning?',
];

type Box = { x: number; y: number; width: number; height: number };

function around(boxes: Box[], pad: number): Box {
  const left = Math.min(...boxes.map((b) => b.x)) - pad;
  const top = Math.min(...boxes.map((b) => b.y)) - pad;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + pad;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
  return {
    x: Math.max(0, left),
    y: Math.max(0, top),
    width: right - Math.max(0, left),
    height: bottom - Math.max(0, top),
  };
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on screen`);
  return box;
}

const underline = (page: Page, ruleId: string): Locator =>
  page.locator(`mindful-draft [data-rule-id="${ruleId}"]`).first();
const card = (page: Page): Locator => page.locator('mindful-draft [role="dialog"]');

/** Opens the card of a hint the way a writer does: a click on the underlined words. */
async function openCard(page: Page, ruleId: string): Promise<Locator> {
  const mark = await boxOf(underline(page, ruleId));
  await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await card(page).waitFor({ state: 'visible' });
  return card(page);
}

async function typeDraft(page: Page, lines: string[]): Promise<void> {
  await page.click('#editor');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 5 });
  }
}

async function composeScreenshots(session: ExtensionSession): Promise<number> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 860 });
  await page.goto(COMPOSE_URL);
  await typeDraft(page, DRAFT);
  await underline(page, 'you-never').waitFor({ state: 'attached', timeout: 10_000 });
  await underline(page, 'your-fault').waitFor({ state: 'attached', timeout: 10_000 });

  const open = await openCard(page, 'you-never');
  await page.waitForTimeout(300); // let the card's entrance transition finish
  await page.screenshot({
    path: `${OUT}/hint-card.png`,
    clip: around([await boxOf(page.locator('.window')), await boxOf(open)], 12),
  });

  // what a writer then does, so the reflection page has a real history to show
  await open.locator('button[data-action="apply"]').first().click();
  await card(page).waitFor({ state: 'hidden' });
  const fault = await openCard(page, 'your-fault');
  await fault.locator('button[data-action="ignore"]').click();
  await card(page).waitFor({ state: 'hidden' });
  // the newest tab is the active one; without the "tabs" permission its address is not visible to query by
  await page.bringToFront();
  const tabId = await session.serviceWorker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (tabId < 0) throw new Error('could not find the compose tab');
  return tabId;
}

async function chatHints(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(CHAT_URL);
  await typeDraft(page, ['Calm down, it is not a big deal. Why are you so careless?']);
  await underline(page, 'calm-down').waitFor({ state: 'attached', timeout: 10_000 });
  const calm = await openCard(page, 'calm-down');
  await calm.locator('button[data-action="apply"]').first().click();
  await page.waitForFunction(() => !document.querySelector('#editor')?.textContent?.includes('Calm down'));
  // the applied event is reported when the edit lands; give it a moment before the tab goes away
  await page.waitForTimeout(300);
  await page.close();
}

async function popupScreenshot(session: ExtensionSession, tabId: number): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 640 });
  // opened as a page, the popup is told which tab it is about (as if opened from the toolbar over the compose page)
  const query = new URLSearchParams({ tab: String(tabId), url: COMPOSE_URL });
  await page.goto(session.extensionUrl(`popup.html?${query}`));
  await page.waitForFunction(() => !document.body.innerText.includes('Loading'));
  await page.locator('input[type="search"], input').first().blur();
  await page.screenshot({ path: `${OUT}/popup.png` });
  await page.close();
}

async function reflectionScreenshots(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 820 });
  await page.goto(session.extensionUrl('reflection.html#overview'));
  await page.locator('[role="tabpanel"]:not([hidden])[aria-busy="false"]').waitFor();
  await page.screenshot({ path: `${OUT}/reflection-overview.png` });
  await page.goto(session.extensionUrl('reflection.html#timeline'));
  await page.locator('article.event').first().waitFor();
  await page.screenshot({ path: `${OUT}/reflection-timeline.png` });
  await page.close();
}

mkdirSync(OUT, { recursive: true });
const session = await launchExtension();
try {
  const compose = readFileSync('docs/demo/compose.html');
  // routes added later win over the harness's own: these two addresses get the demo compose page
  for (const url of [COMPOSE_URL, CHAT_URL]) {
    await session.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: compose }));
  }
  const tabId = await composeScreenshots(session);
  await chatHints(session);
  await popupScreenshot(session, tabId);
  await reflectionScreenshots(session);
  const leaked = session.blocked.filter((u) => !u.endsWith('/favicon.ico'));
  if (leaked.length) throw new Error(`requests tried to leave the machine: ${leaked.join(', ')}`);
  console.log(`wrote ${OUT}/hint-card.png, popup.png, reflection-overview.png, reflection-timeline.png`);
} finally {
  await session.close();
}
