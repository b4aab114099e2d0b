/** Reading and driving the hint overlay (`<mindful-draft>`, open shadow root) from a puppeteer page. */
import type { ElementHandle, Page } from 'puppeteer-core';

export interface Underline {
  ruleId: string;
  category: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export async function underlines(page: Page): Promise<Underline[]> {
  return page.evaluate(() =>
    [
      ...(document.querySelector('mindful-draft')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rule-id]') ?? []),
    ].map((mark) => {
      const r = mark.getBoundingClientRect();
      return {
        ruleId: mark.dataset.ruleId ?? '',
        category: mark.dataset.category ?? '',
        left: r.left,
        top: r.top,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

export async function waitForUnderline(page: Page, ruleId: string, timeoutMs = 10_000): Promise<Underline> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await underlines(page)).find((u) => u.ruleId === ruleId && u.width > 0);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = (await underlines(page)).map((u) => u.ruleId);
      throw new Error(`no underline for ${ruleId} (underlines now: ${JSON.stringify(seen)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The open hint card, once it is shown. */
export async function waitForCard(page: Page): Promise<ElementHandle<Element>> {
  const card = await page.waitForSelector('mindful-draft >>> [role="dialog"]', { visible: true, timeout: 10_000 });
  if (!card) throw new Error('the hint card did not open');
  return card;
}

export async function suggestionsIn(card: ElementHandle<Element>): Promise<string[]> {
  return card.$$eval('button[data-action="apply"]', (buttons) => buttons.map((b) => b.textContent ?? ''));
}

/** Ctrl+Z, as the writer presses it. */
export async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** Reads the editor until `check` holds (10 s at most), or fails saying what it was expected to hold and what it holds. */
export async function waitForEditorText(
  read: () => Promise<string>,
  check: (text: string) => boolean,
  what: string,
): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = await read();
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`the editor never held ${what}; it holds ${JSON.stringify(text)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the element's text contains `text`. Polls with evaluate: puppeteer's waitForFunction compiles its
 * predicate with Function(), which an extension page's CSP refuses.
 */
export async function waitForPageText(page: Page, selector: string, text: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
    if (now.includes(text)) return;
    if (Date.now() > deadline)
      throw new Error(`${selector} never said ${JSON.stringify(text)}; it says ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
