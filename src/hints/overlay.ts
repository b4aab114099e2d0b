import type { Box } from '../adapters/types';
import type { Hint } from '../content/hint-model';
import { HintCard, type CardHandlers } from './card';
import { h } from './dom';
import { OVERLAY_CSS } from './styles';

/** The tag of the overlay's host element: a stable hook for tests and for pages that want to style around it. */
export const OVERLAY_TAG = 'mindful-draft';

// Inline and !important, so blanket page rules ("html > * { display: none !important }") cannot hide or move the
// overlay: nothing in a stylesheet outranks an important inline declaration.
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'left:0',
  'top:0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'overflow:visible',
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'mask:none',
  'contain:none',
  'z-index:2147483646',
  'pointer-events:none',
  'color-scheme:light dark',
]
  .map((declaration) => `${declaration}!important`)
  .join(';');

/** How often in a second the overlay goes back after the page removed it, before it waits for the next draw. */
const MAX_REATTACH_PER_SECOND = 5;

export interface DrawnHint {
  hint: Hint;
  boxes: Box[];
}

/**
 * Everything Mindful Draft shows on a page, in one element with an open shadow root: underlines (drawn over the text,
 * never in the editor), the hint count badge, the card, and a hidden layer for measuring text fields.
 */
export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly card: HintCard;
  private readonly clip: HTMLDivElement;
  private readonly badge: HTMLButtonElement;
  private readonly live: HTMLDivElement;
  readonly measuring: HTMLDivElement;
  private drawn: DrawnHint[] = [];
  private announced = -1;
  private readonly keeper: MutationObserver;
  private reattached: number[] = [];
  private inBody = false;

  constructor(
    private readonly doc: Document,
    handlers: CardHandlers & { onBadge(): void },
  ) {
    this.host = doc.createElement(OVERLAY_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'open' });
    this.keeper = new MutationObserver(() => {
      if (!this.host.isConnected) this.reattach();
    });
    const style = h(doc, 'style', {}, OVERLAY_CSS);
    this.clip = h(doc, 'div', { class: 'clip' });
    this.measuring = h(doc, 'div', { class: 'measure', 'aria-hidden': 'true' });
    this.badge = h(doc, 'button', { type: 'button', class: 'badge' });
    this.badge.hidden = true;
    this.badge.addEventListener('mousedown', (e) => e.preventDefault());
    this.badge.addEventListener('click', () => handlers.onBadge());
    this.live = h(doc, 'div', { class: 'live', role: 'status', 'aria-live': 'polite' });
    this.root.append(style, this.measuring, this.clip, this.badge, this.live);
    this.card = new HintCard(doc, this.root, handlers);
    this.attach();
  }

  /** Puts the host back if the page replaced or cleared the document's children (SPAs do). */
  attach(): void {
    if (this.host.isConnected) return;
    const parent = this.inBody && this.doc.body ? this.doc.body : (this.doc.documentElement ?? this.doc);
    parent.append(this.host);
    this.keeper.disconnect();
    this.keeper.observe(parent, { childList: true });
  }

  /**
   * The page took the overlay out (some remove whatever they do not know from <html>): it goes back at once, into
   * <body> from then on, and a page that keeps removing it is left alone until the next draw rather than fought.
   */
  private reattach(): void {
    const now = performance.now();
    this.reattached = this.reattached.filter((t) => now - t < 1_000);
    if (this.reattached.length >= MAX_REATTACH_PER_SECOND) return;
    this.reattached.push(now);
    this.inBody = true;
    this.attach();
  }

  /** Draws underlines for hints inside the editor's visible box, and the badge at its corner. */
  draw(hints: DrawnHint[], visible: Box | null): void {
    this.attach();
    this.drawn = hints;
    const clip = this.clip;
    if (!visible || !hints.length) {
      if (clip.firstChild) clip.replaceChildren();
      this.badge.hidden = true;
      this.announce(hints.length);
      return;
    }
    Object.assign(clip.style, {
      left: `${visible.left}px`,
      top: `${visible.top}px`,
      width: `${visible.width}px`,
      height: `${visible.height}px`,
    });
    const marks: HTMLElement[] = [];
    const existing = [...clip.children] as HTMLElement[];
    for (const { hint, boxes } of hints) {
      for (const box of boxes) {
        const mark = existing[marks.length] ?? h(this.doc, 'div', { class: 'mark' });
        mark.setAttribute('data-rule-id', hint.ruleId);
        mark.setAttribute('data-category', hint.category);
        mark.setAttribute('data-hint-id', String(hint.id));
        const s = mark.style;
        s.left = `${box.left - visible.left}px`;
        s.top = `${box.top - visible.top}px`;
        s.width = `${box.width}px`;
        s.height = `${box.height}px`;
        marks.push(mark);
      }
    }
    for (const stale of existing.slice(marks.length)) stale.remove();
    for (const mark of marks) if (mark.parentNode !== clip) clip.append(mark);
    const count = hints.length;
    const first = hints[0] as DrawnHint;
    this.badge.hidden = false;
    this.badge.textContent = String(count);
    this.badge.dataset.category = first.hint.category;
    this.badge.setAttribute('aria-label', `${count} writing ${count === 1 ? 'hint' : 'hints'}: open`);
    this.badge.style.left = `${visible.left + visible.width - 28}px`;
    this.badge.style.top = `${visible.top + visible.height - 26}px`;
    this.announce(count);
  }

  /**
   * Takes away the underlines of hints at or after a text offset without measuring anything: while the writer types,
   * text before the caret stays put and text after it moves, so only those marks could be wrong until the next draw.
   */
  hideFrom(offset: number): void {
    const keep = this.drawn.filter((d) => d.hint.end <= offset);
    if (keep.length === this.drawn.length) return;
    const kept = new Set(keep.map((d) => String(d.hint.id)));
    for (const mark of [...this.clip.children]) {
      if (!kept.has(mark.getAttribute('data-hint-id') ?? '')) mark.remove();
    }
    this.drawn = keep;
  }

  clear(): void {
    this.draw([], null);
    this.card.close();
  }

  /** The drawn hint under a point, if any (underlines take no pointer events: the editor gets the click). */
  hintAt(x: number, y: number): Hint | null {
    const slack = 2;
    for (const { hint, boxes } of this.drawn) {
      for (const b of boxes) {
        if (x >= b.left - slack && x <= b.left + b.width + slack && y >= b.top - slack && y <= b.top + b.height + slack)
          return hint;
      }
    }
    return null;
  }

  boxesOf(hint: Hint): Box[] {
    return this.drawn.find((d) => d.hint === hint)?.boxes ?? [];
  }

  /** Screen readers hear the count when it changes, not on every keystroke. */
  private announce(count: number): void {
    if (count === this.announced) return;
    this.announced = count;
    this.live.textContent = count ? `Mindful Draft: ${count} writing ${count === 1 ? 'hint' : 'hints'}` : '';
  }

  dispose(): void {
    this.keeper.disconnect();
    this.host.remove();
  }
}
