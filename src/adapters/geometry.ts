import type { Box } from './types';

export function toBox(r: DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/** Joins the rects of one span into one box per line: ranges over several text nodes give several rects per line. */
export function lineBoxes(rects: Iterable<DOMRectReadOnly>): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const same = out.find(
      (b) => Math.abs(b.top - r.top) < r.height / 2 && Math.abs(b.height - r.height) < r.height / 2,
    );
    if (same) {
      const right = Math.max(same.left + same.width, r.right);
      same.left = Math.min(same.left, r.left);
      same.width = right - same.left;
    } else {
      out.push(toBox(r));
    }
  }
  return out;
}

const SCROLLING = /(auto|scroll|hidden|clip)/;

/** The element's box cut by every ancestor that clips its content, and by the viewport. */
export function visibleBoxOf(el: Element, inner?: Box): Box | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  let box: Box | null = inner ?? toBox(el.getBoundingClientRect());
  for (let node = el.parentElement; node && box; node = node.parentElement) {
    if (node === el.ownerDocument.body || node === el.ownerDocument.documentElement) break;
    const style = view.getComputedStyle(node);
    if (SCROLLING.test(style.overflowX + style.overflowY)) box = intersect(box, toBox(node.getBoundingClientRect()));
  }
  return box && intersect(box, { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight });
}
