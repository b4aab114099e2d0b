import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { EditorFixture } from './editors';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Underline {
  ruleId: string;
  category: string;
  hintId: string;
  rect: Rect;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until check passes or the time is up, then asserts with the last value for a clear message. */
export async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, timeout = 4_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await sleep(50);
    value = await read();
  }
  return value;
}

export function modelText(frame: Frame): Promise<string> {
  return frame.evaluate(() => (window as unknown as { editorModelText(): string }).editorModelText());
}

export function underlines(frame: Frame): Promise<Underline[]> {
  return frame.evaluate(() => {
    const root = document.querySelector('mindful-draft')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-rule-id]')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        ruleId: el.dataset.ruleId ?? '',
        category: el.dataset.category ?? '',
        hintId: el.dataset.hintId ?? '',
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
      };
    });
  });
}

export async function waitForUnderline(
  frame: Frame,
  category: string,
  timeout = 4_000,
  when = '',
): Promise<Underline[]> {
  const found = await eventually(
    () => underlines(frame),
    (list) => list.some((u) => u.category === category),
    timeout,
  );
  const matching = found.filter((u) => u.category === category);
  expect(matching.length, `an underline for ${category} ${when}`).toBeGreaterThan(0);
  return matching;
}

/** Focuses the editor and puts the caret where the writer types: the end, or above the quoted reply. */
export async function focusEnd(page: Page, frame: Frame, editor: EditorFixture): Promise<void> {
  await frame.locator(editor.selector).first().click();
  await page.keyboard.press(editor.quotedReply ? 'Control+Home' : 'Control+End');
}

/** Where the browser lays out the first occurrence of `needle` in the editor: one rect per line. */
export function textRects(frame: Frame, editor: EditorFixture, needle: string): Promise<Rect[]> {
  return frame.evaluate(
    ({ selector, needle, field }) => {
      const el = document.querySelector(selector) as HTMLElement;
      if (field) {
        // a field has no ranges: measure with the field's own font on a canvas (single-line text is enough here)
        const f = el as HTMLTextAreaElement;
        const style = getComputedStyle(f);
        const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const index = f.value.indexOf(needle);
        const lineStart = f.value.lastIndexOf('\n', index) + 1;
        const line = f.value.slice(0, index).split('\n').length - 1;
        const r = f.getBoundingClientRect();
        const lineHeight = parseFloat(style.lineHeight);
        const left =
          r.left +
          f.clientLeft +
          parseFloat(style.paddingLeft) +
          ctx.measureText(f.value.slice(lineStart, index)).width;
        const top = r.top + f.clientTop + parseFloat(style.paddingTop) + line * lineHeight - f.scrollTop;
        return [{ left, top, width: ctx.measureText(needle).width, height: lineHeight }];
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        text += (n as Text).data;
      }
      const index = text.indexOf(needle);
      if (index < 0) return [];
      const rects: DOMRect[] = [];
      let offset = 0;
      for (const node of nodes) {
        const start = Math.max(index, offset);
        const end = Math.min(index + needle.length, offset + node.length);
        if (start < end) {
          const range = document.createRange();
          range.setStart(node, start - offset);
          range.setEnd(node, end - offset);
          rects.push(...range.getClientRects());
        }
        offset += node.length;
      }
      const lines: { left: number; top: number; right: number; bottom: number }[] = [];
      for (const r of rects) {
        if (r.width < 0.5) continue;
        const same = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
        if (same) {
          same.left = Math.min(same.left, r.left);
          same.right = Math.max(same.right, r.right);
        } else lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      return lines.map((l) => ({ left: l.left, top: l.top, width: l.right - l.left, height: l.bottom - l.top }));
    },
    { selector: editor.selector, needle, field: !!editor.field },
  );
}

export function expectNear(actual: Rect, expected: Rect, tolerance: number, what: string): void {
  for (const key of ['left', 'top', 'width', 'height'] as const) {
    expect(
      Math.abs(actual[key] - expected[key]),
      `${what}: ${key} ${actual[key]} vs ${expected[key]}`,
    ).toBeLessThanOrEqual(tolerance);
  }
}

/** Clicks the middle of an underline: the click lands on the text under it, in the page's coordinates. */
export async function clickUnderline(page: Page, frame: Frame, underline: Underline): Promise<void> {
  let dx = 0;
  let dy = 0;
  if (frame !== page.mainFrame()) {
    const box = await (await frame.frameElement()).boundingBox();
    // the frame's content starts inside its border
    const border = await (
      await frame.frameElement()
    ).evaluate((el) => ({ x: (el as Element).clientLeft, y: (el as Element).clientTop }));
    dx = (box?.x ?? 0) + border.x;
    dy = (box?.y ?? 0) + border.y;
  }
  await page.mouse.click(
    dx + underline.rect.left + underline.rect.width / 2,
    dy + underline.rect.top + underline.rect.height / 2,
  );
}

export function card(frame: Frame) {
  return frame.locator('mindful-draft [role="dialog"]');
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
