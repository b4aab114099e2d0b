import type { Frame, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { eventually as poll } from '../hints-support/page-helpers';
import type { ExtensionSession } from '../support/browser';

/** The extension API as the tests use it inside the service worker and extension pages. */
export interface ChromeGlobals {
  chrome: {
    tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
    storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
  };
}

export { sleep } from '../hints-support/page-helpers';

/** The extension's live service worker (Chromium may have restarted it since launch). */
export async function worker(session: ExtensionSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  return live ?? (await session.context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

export async function clearSettings(session: ExtensionSession): Promise<void> {
  await (await worker(session)).evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.storage.local.clear());
}

export async function storedSettings(session: ExtensionSession): Promise<Record<string, unknown>> {
  return (await worker(session)).evaluate(async () => {
    const all = await (globalThis as unknown as ChromeGlobals).chrome.storage.local.get('settings');
    return (all.settings ?? {}) as Record<string, unknown>;
  });
}

/** The browser's id for a page's tab: the page is brought to the front and read as the active tab. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await (
    await worker(session)
  ).evaluate(async () => {
    const [tab] = await (globalThis as unknown as ChromeGlobals).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/**
 * Opens the popup as a page acting on `target`'s tab, the way the toolbar button would. A page gets no toolbar
 * (activeTab) grant, so the target's address comes along in the query string.
 */
export async function openPopupFor(session: ExtensionSession, target: Page): Promise<Page> {
  const tab = await tabIdOf(session, target);
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl(`popup.html?tab=${tab}&url=${encodeURIComponent(target.url())}`));
  await popup.waitForSelector('#template-search');
  return popup;
}

/** Hint underlines the content script draws in its shadow root. */
export function underlines(frame: Page | Frame): Promise<{ ruleId: string; category: string }[]> {
  return frame.evaluate(() => {
    const root = document.querySelector('mindful-draft')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-rule-id]')].map((el) => ({
      ruleId: el.dataset.ruleId ?? '',
      category: el.dataset.category ?? '',
    }));
  });
}

/** Polls until the check holds or time is up (5 s: extension pages wait on the service worker), then returns the last value. */
export const eventually = <T>(read: () => Promise<T>, check: (v: T) => boolean, timeout = 5_000): Promise<T> =>
  poll(read, check, timeout);

export async function expectUnderline(
  page: Page | Frame,
  ruleIdOrCategory: (u: { ruleId: string; category: string }) => boolean,
  what: string,
): Promise<void> {
  const found = await eventually(
    () => underlines(page),
    (list) => list.some(ruleIdOrCategory),
  );
  expect(found.some(ruleIdOrCategory), what).toBe(true);
}

/** Types into the fixture's textarea as a person would, one key at a time. */
export async function typeInEditor(page: Page, text: string, selector = '#editor'): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}
