/**
 * Reads a contenteditable region as plain text and maps text offsets back to DOM positions. Blocks and <br> become
 * "\n"; a <br> that only keeps an empty line open (the last thing in its block) adds nothing, as browsers render it.
 */
export interface Segment {
  node: Text;
  /** offset of the node's first character in the text */
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Per-family tweaks: which subtrees are not the writer's text (placeholders, zero-width cursor anchors). */
export interface TextMapOptions {
  skip?(el: Element): boolean;
}

const ZERO_WIDTH_ONLY = /^[\u200b\ufeff]+$/;

export function readTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  let text = '';
  const segments: Segment[] = [];
  let needBreak = false;
  let pendingBreaks = 0;

  const emitBreaks = (): void => {
    if (needBreak && text.length > 0 && !text.endsWith('\n')) text += '\n';
    needBreak = false;
    for (; pendingBreaks > 0; pendingBreaks--) text += '\n';
  };

  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data || ZERO_WIDTH_ONLY.test(data)) continue;
        emitBreaks();
        segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
        text += data;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const name = el.nodeName;
      if (name === 'BR') {
        pendingBreaks++;
        continue;
      }
      if (name === 'STYLE' || name === 'SCRIPT' || name === 'TEMPLATE') continue;
      if (el.getAttribute('contenteditable') === 'false' || options.skip?.(el)) continue;
      const block = BLOCKS.has(name);
      if (block) {
        pendingBreaks = 0;
        needBreak = true;
      }
      walk(el);
      if (block) {
        pendingBreaks = 0;
        needBreak = true;
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** Index of the last segment starting at or before offset (binary search), or -1. */
function segmentIndex(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM position of a text offset. `side` says which node wins at a boundary between two nodes (or inside a line
 * break that has no node): 'forward' gives the start of the next node (for the start of a range), 'backward' the end
 * of the previous one (for its end).
 */
export function domPoint(map: TextMap, offset: number, side: 'forward' | 'backward'): DomPoint | null {
  const { segments } = map;
  if (!segments.length) return null;
  const i = segmentIndex(segments, offset);
  const here = i >= 0 ? (segments[i] as Segment) : undefined;
  if (here && offset < here.end) return { node: here.node, offset: offset - here.start };
  if (here && offset === here.end && side === 'backward') return { node: here.node, offset: offset - here.start };
  const next = segments[i + 1];
  if (side === 'forward' && next) return { node: next.node, offset: 0 };
  if (here) return { node: here.node, offset: here.end - here.start };
  const first = segments[0] as Segment;
  return { node: first.node, offset: 0 };
}

/** The text offset of a DOM position inside the region (the selection's anchor or focus). */
export function textOffset(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const seg = map.segments.find((s) => s.node === node);
    if (seg) return seg.start + Math.min(offset, seg.end - seg.start);
  }
  const doc = node.ownerDocument;
  if (!doc) return map.text.length;
  const point = doc.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  // the first text node at or after the point: segments are in document order, so binary search
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = map.segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = map.segments[mid] as Segment;
    if (point.comparePoint(seg.node, 0) >= 0) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  // a point before a node (or in the empty line before it) is that node's first offset
  return found === map.segments.length ? map.text.length : (map.segments[found] as Segment).start;
}
