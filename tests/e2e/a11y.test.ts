/**
 * axe-core in Chromium on the popup (list and fill-in states), the options page, the reflection page and the hint card,
 * in light and dark themes: no serious or critical violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';
import { clearSettings, eventually, openPopupFor, typeInEditor, underlines } from './popup-support/extension-pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await clearSettings(session);
});
afterAll(async () => {
  await session?.close();
});

/** Serious and critical violations on the page (or inside `include`), in both colour schemes. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // evaluated through the debugger protocol, so the extension pages' script policy does not apply
  await page.evaluate(AXE);
  const out: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await page.evaluate(async (selector) => {
      const axe = (
        globalThis as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
        }
      ).axe;
      const context = selector ? { include: [[selector]] } : document;
      const result = await axe.run(context, { resultTypes: ['violations'] });
      return result.violations;
    }, include ?? null);
    for (const v of found) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        out.push(`${colorScheme}: ${v.id} (${v.impact}) ${v.help}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      }
    }
  }
  return out;
}

describe('accessibility (axe-core)', () => {
  it('the popup: template list, and a template being filled in', async () => {
    const target = await session.openFixture('textarea.html');
    const popup = await openPopupFor(session, target);
    expect(await violations(popup)).toEqual([]);
    await popup.click('button.template[data-template="observation-feeling-need-request"]');
    await popup.click('#template-insert');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await target.close();
  });

  it('the options page, with entries in every list and an error showing', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html'));
    await page.fill('#custom-phrase', 'piggy');
    await page.fill('#custom-replacement', 'love');
    await page.click('#custom-form button[type="submit"]');
    await page.waitForSelector('#custom-list');
    await page.click('#custom-form button[type="submit"]');
    await page.waitForSelector('#custom-error:not(:empty)');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the reflection page', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('reflection.html'));
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the hint card on a page', async () => {
    await clearSettings(session);
    const page = await session.openFixture('textarea.html');
    await typeInEditor(page, "It's your fault.");
    await eventually(
      () => underlines(page),
      (u) => u.length > 0,
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+M');
    const card = page.locator('mindful-draft [role="dialog"]');
    await card.waitFor({ timeout: 5_000 });
    expect(await violations(page, 'mindful-draft')).toEqual([]);
    await page.close();
  });
});
