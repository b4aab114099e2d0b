import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Types a sentence, waits for its underline, opens its card by clicking the underlined text, and presses `action`. */
async function meetHint(page: Page, text: string, ruleId: string, action: 'apply' | 'ignore'): Promise<void> {
  await page.locator('#editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  const underline = page.locator(`mindful-draft [data-rule-id="${ruleId}"]`).first();
  await underline.waitFor({ state: 'attached', timeout: 10_000 });
  const box = await underline.boundingBox();
  if (!box) throw new Error(`the underline for ${ruleId} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('mindful-draft [role=dialog]');
  await card.waitFor({ timeout: 5_000 });
  await card.locator(`button[data-action="${action}"]`).first().click();
  await card.waitFor({ state: 'hidden', timeout: 5_000 });
}

describe('hints met while writing appear on the reflection page', () => {
  it('a hint applied and one ignored in the textarea fixture are on the timeline, with what the writer did', async () => {
    const page = await session.openFixture('plain.html');
    await meetHint(page, "It's your fault. ", 'your-fault', 'apply');
    await expect(page.locator('#editor').inputValue()).resolves.not.toContain("It's your fault");
    await meetHint(page, 'You never listen to me. ', 'you-never', 'ignore');

    const reflection = await session.context.newPage();
    await reflection.goto(session.extensionUrl('reflection.html#timeline'));
    const applied = reflection.locator('.event[data-action="applied"]', { hasText: 'Your fault' });
    const ignored = reflection.locator('.event[data-action="ignored"]', { hasText: 'You never' });
    await applied.first().waitFor({ timeout: 10_000 });
    await ignored.first().waitFor({ timeout: 10_000 });
    await expect(applied.first().textContent()).resolves.toContain('mail.google.com');
    await expect(applied.first().textContent()).resolves.toContain('Applied a suggestion');
    // the default privacy level keeps the flagged words, not the sentence
    await expect(ignored.first().locator('mark').textContent()).resolves.toMatch(/you never/i);

    await reflection.goto(session.extensionUrl('reflection.html#overview'));
    await reflection.locator('#panel-overview[aria-busy=false]').waitFor();
    const patterns = await reflection.locator('.patterns').textContent();
    expect(patterns).toContain('“Your fault”');
    expect(patterns).toContain('“You never”');
    expect(session.blocked).toEqual([]);
  });

  it('an open reflection page offers moments recorded after it loaded, without rebuilding under the reader', async () => {
    const reflection = await session.context.newPage();
    await reflection.goto(session.extensionUrl('reflection.html#timeline'));
    await reflection.locator('#panel-timeline[aria-busy=false]').waitFor();
    const notice = reflection.locator('.new-moments');
    await expect(notice.isVisible()).resolves.toBe(false);
    const calmDown = reflection.locator('.event[data-action="ignored"]', { hasText: /calm down/i });
    expect(await calmDown.count()).toBe(0);

    const page = await session.openFixture('plain.html');
    await meetHint(page, 'Calm down, it was one comment. ', 'calm-down', 'ignore');

    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/\d+ new moments? since this view was loaded/);
    // the timeline the reader is looking at was not rebuilt under them
    expect(await calmDown.count()).toBe(0);
    await notice.getByRole('button').click();
    await calmDown.first().waitFor({ timeout: 10_000 });
    await expect(notice.isVisible()).resolves.toBe(false);
    await expect(reflection.evaluate(() => document.activeElement?.id)).resolves.toBe('panel-timeline');
    expect(session.blocked).toEqual([]);
  });
});
