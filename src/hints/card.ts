import type { Hint } from '../content/hint-model';
import type { Box } from '../adapters/types';
import { CATEGORY_STYLE } from './categories';
import { h } from './dom';
import { suggestionLabel } from './suggestion-label';

export type CardAction =
  | { type: 'apply'; suggestion: string }
  | { type: 'ignore' }
  | { type: 'mute-rule' }
  | { type: 'pause-site' }
  | { type: 'close' };

export interface CardHandlers {
  /** a button was activated, or the card was dismissed ('close'); `byKeyboard` says whether focus is in the card */
  onAction(hint: Hint, action: CardAction, byKeyboard: boolean): void;
}

let cardCount = 0;

/**
 * The hint card: a labelled, non-modal dialog with the category, the message, why it matters, the suggestions and the
 * ways to say no. Everything shown is set as text.
 */
export class HintCard {
  readonly el: HTMLDivElement;
  private current: Hint | null = null;
  private readonly ids: { title: string; message: string };

  constructor(
    private readonly doc: Document,
    parent: ShadowRoot | HTMLElement,
    private readonly handlers: CardHandlers,
  ) {
    const n = ++cardCount;
    this.ids = { title: `md-card-title-${n}`, message: `md-card-message-${n}` };
    this.el = h(doc, 'div', {
      class: 'card',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': this.ids.title,
      'aria-describedby': this.ids.message,
      tabindex: '-1',
    });
    this.el.hidden = true;
    if ('popover' in this.el) this.el.popover = 'manual';
    // a pointer on the card must not take the caret out of the editor: the card acts, then hands focus back
    this.el.addEventListener('mousedown', (e) => {
      if ((e.target as Element | null)?.closest('button')) e.preventDefault();
    });
    this.el.addEventListener('click', (e) => this.onClick(e));
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    parent.append(this.el);
  }

  get hint(): Hint | null {
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Fills the card for a hint and shows it next to the flagged words; `focus` moves the keyboard into it. */
  open(hint: Hint, anchor: Box | null, focus: boolean): void {
    const doc = this.doc;
    const style = CATEGORY_STYLE[hint.category];
    this.current = hint;
    this.el.dataset.category = hint.category;
    const suggestions = hint.suggestions.map((s, i) =>
      h(doc, 'button', { type: 'button', 'data-action': 'apply', 'data-index': String(i) }, suggestionLabel(s)),
    );
    this.el.replaceChildren(
      h(
        doc,
        'div',
        { class: 'head' },
        h(doc, 'h2', { class: 'title', id: this.ids.title }, style.label),
        h(doc, 'button', { type: 'button', class: 'close', 'data-action': 'close', 'aria-label': 'Close' }, '×'),
      ),
      h(doc, 'p', { class: 'message', id: this.ids.message }, hint.message),
      h(doc, 'p', { class: 'quote', 'aria-label': 'Flagged words' }, `“${hint.match}”`),
      h(doc, 'p', { class: 'why' }, h(doc, 'b', {}, 'Why: '), hint.explanation),
      ...(suggestions.length
        ? [
            h(doc, 'p', { class: 'label' }, 'Try instead:'),
            h(doc, 'div', { class: 'suggestions', role: 'group', 'aria-label': 'Suggestions' }, ...suggestions),
          ]
        : []),
      h(
        doc,
        'div',
        { class: 'actions', role: 'group', 'aria-label': 'Other actions' },
        h(doc, 'button', { type: 'button', 'data-action': 'ignore' }, 'Ignore'),
        h(doc, 'button', { type: 'button', 'data-action': 'mute-rule' }, 'Don’t flag this again'),
        h(doc, 'button', { type: 'button', 'data-action': 'pause-site' }, 'Pause on this site'),
      ),
    );
    this.el.hidden = false;
    if (this.el.popover && !this.el.matches(':popover-open')) {
      try {
        this.el.showPopover();
      } catch {
        // not connected yet or no top layer: the fixed position still shows it
      }
    }
    this.place(anchor);
    if (focus)
      (
        this.el.querySelector<HTMLElement>('button[data-action="apply"]') ??
        this.el.querySelector<HTMLElement>('button')
      )?.focus();
  }

  /** Puts the card under the flagged words, or above them when there is no room below. */
  place(anchor: Box | null): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const width = this.el.offsetWidth || 360;
    const height = this.el.offsetHeight || 240;
    const a = anchor ?? { left: 16, top: 16, width: 0, height: 0 };
    let top = a.top + a.height + 6;
    if (top + height > view.innerHeight - 8 && a.top - height - 6 > 8) top = a.top - height - 6;
    const left = Math.max(8, Math.min(a.left, view.innerWidth - width - 8));
    this.el.style.left = `${left}px`;
    this.el.style.top = `${Math.max(8, top)}px`;
  }

  close(): void {
    this.current = null;
    if (this.el.popover && this.el.matches(':popover-open')) this.el.hidePopover();
    this.el.hidden = true;
    this.el.replaceChildren();
  }

  /** True when the keyboard focus is on the card. */
  hasFocus(): boolean {
    const root = this.el.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    return !!active && this.el.contains(active);
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.el.querySelectorAll('button')];
  }

  private onClick(e: MouseEvent): void {
    const button = (e.target as Element | null)?.closest('button');
    const hint = this.current;
    if (!button || !hint) return;
    const byKeyboard = e.detail === 0 || this.hasFocus();
    const action = button.getAttribute('data-action');
    if (action === 'apply') {
      const index = Number(button.getAttribute('data-index'));
      const suggestion = hint.suggestions[index];
      if (suggestion !== undefined) this.handlers.onAction(hint, { type: 'apply', suggestion }, byKeyboard);
    } else if (action === 'ignore' || action === 'mute-rule' || action === 'pause-site' || action === 'close') {
      this.handlers.onAction(hint, { type: action }, byKeyboard);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const hint = this.current;
    if (!hint) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.handlers.onAction(hint, { type: 'close' }, true);
      return;
    }
    const buttons = this.buttons();
    const root = this.el.getRootNode() as ShadowRoot | Document;
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const move = (to: number): void => {
      e.preventDefault();
      buttons[(to + buttons.length) % buttons.length]?.focus();
    };
    // a small dialog keeps the keyboard inside until it is closed
    if (e.key === 'Tab') move(e.shiftKey ? at - 1 : at + 1);
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    e.stopPropagation();
  }
}
