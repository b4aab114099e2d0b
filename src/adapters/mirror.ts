import type { Box } from './types';

/** Styles that decide where text wraps and how wide each character is. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'fontVariationSettings',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'wordBreak',
  'overflowWrap',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

/**
 * A hidden copy of a textarea or text input laid out like it, so the boxes of a span of its text can be measured
 * (a field's own text has no DOM ranges). It lives in the overlay, never in the page's form.
 */
export class FieldMirror {
  private readonly box: HTMLDivElement;
  private readonly text: Text;
  private signature = '';

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.box = doc.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.box.append(this.text);
    layer.append(this.box);
  }

  /** Lays the mirror over the field's padding box with the field's text, styles and scroll position. */
  sync(): void {
    const field = this.field;
    const view = field.ownerDocument.defaultView;
    if (!view) return;
    const style = view.getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const multiline = field.nodeName === 'TEXTAREA';
    const s = this.box.style;
    const copied = COPIED.map((p) => style[p]).join('|');
    const signature = `${copied}|${field.clientWidth}|${field.clientHeight}`;
    if (signature !== this.signature) {
      this.signature = signature;
      for (const p of COPIED) s[p] = style[p];
      s.position = 'fixed';
      s.boxSizing = 'border-box';
      s.border = '0';
      s.margin = '0';
      s.overflow = 'hidden';
      s.visibility = 'hidden';
      s.pointerEvents = 'none';
      s.whiteSpace = multiline ? 'pre-wrap' : 'pre';
      s.width = `${field.clientWidth}px`;
      s.height = `${field.clientHeight}px`;
      if (!multiline && style.lineHeight === 'normal') {
        // a single-line field centres its line vertically: a line as tall as the content box does the same
        const inner = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        s.lineHeight = `${Math.max(0, inner)}px`;
      }
    }
    s.left = `${rect.left + field.clientLeft}px`;
    s.top = `${rect.top + field.clientTop}px`;
    // a trailing zero-width space keeps a final empty line measurable, as the field shows it
    const value = field.value + '\u200b';
    if (this.text.data !== value) this.text.data = value;
    this.box.scrollTop = field.scrollTop;
    this.box.scrollLeft = field.scrollLeft;
  }

  rects(start: number, end: number): DOMRectList {
    const range = this.field.ownerDocument.createRange();
    const max = this.text.length;
    range.setStart(this.text, Math.min(start, max));
    range.setEnd(this.text, Math.min(end, max));
    return range.getClientRects();
  }

  /** The field's padding box: where its text can show. */
  contentBox(): Box {
    const rect = this.field.getBoundingClientRect();
    return {
      left: rect.left + this.field.clientLeft,
      top: rect.top + this.field.clientTop,
      width: this.field.clientWidth,
      height: this.field.clientHeight,
    };
  }

  dispose(): void {
    this.box.remove();
  }
}
