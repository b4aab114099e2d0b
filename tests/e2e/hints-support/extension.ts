import type { Page, Worker } from 'playwright-core';
import type { ExtensionSession } from '../support/browser';

/** The extension's live service worker (Chromium may have restarted it since launch). */
export async function worker(session: ExtensionSession): Promise<Worker> {
  const live = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
  return live ?? (await session.context.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/** The part of the extension API the tests use inside the service worker. */
interface WorkerGlobals {
  chrome: {
    storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    runtime: { onMessage: { addListener(cb: (message: unknown) => void): void } };
    tabs: {
      query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
  hintEvents?: unknown[];
}

/** Settings back to defaults, as a fresh install has them. */
export async function resetSettings(session: ExtensionSession): Promise<void> {
  await (await worker(session)).evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.storage.local.clear());
}

export interface StoredSettings {
  mutedRules?: string[];
  pausedSites?: string[];
}

export async function storedSettings(session: ExtensionSession): Promise<StoredSettings> {
  return (await worker(session)).evaluate(async () => {
    const all = await (globalThis as unknown as WorkerGlobals).chrome.storage.local.get('settings');
    return (all.settings ?? {}) as StoredSettings;
  });
}

/** Starts recording the hint events content scripts send to the background. */
export async function recordHintEvents(session: ExtensionSession): Promise<void> {
  await (
    await worker(session)
  ).evaluate(() => {
    const g = globalThis as unknown as WorkerGlobals;
    if (g.hintEvents) return;
    g.hintEvents = [];
    g.chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; event?: unknown };
      if (m?.type === 'hint-event') g.hintEvents?.push(m.event);
    });
  });
}

export async function hintEvents(
  session: ExtensionSession,
): Promise<{ action: string; ruleId: string; host: string; match: string; replacement?: string }[]> {
  return (await worker(session)).evaluate(() => {
    const g = globalThis as unknown as WorkerGlobals;
    const events = g.hintEvents ?? [];
    g.hintEvents = [];
    return events as { action: string; ruleId: string; host: string; match: string; replacement?: string }[];
  });
}

/**
 * What the popup does: asks the active tab's content script to insert a text into the last focused editor. (Without
 * the "tabs" permission tab URLs are hidden, so the page is brought to the front and the active tab is used, as the
 * popup does.)
 */
export async function sendInsertText(session: ExtensionSession, page: Page, text: string): Promise<unknown> {
  await page.bringToFront();
  return (await worker(session)).evaluate(async (text) => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error(`${tabs.length} active tabs`);
    return chrome.tabs.sendMessage(tabs[0].id, { type: 'insert-text', text });
  }, text);
}
