/**
 * Reads a contenteditable region as plain text and maps text offsets back to DOM positions. Blocks and <br> become
 * "\n"; a <br> that only keeps an empty line open (the last thing in its block) adds nothing, as browsers render it.
 */
export interface Segment {
  node: Text;
  /** where the segment is in the text */
  start: number;
  end: number;
  /** the node offset of the segment's first character (a node is split where collapsed white space is left out) */
  offset: number;
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
  /**
   * The region collapses white space (CSS white-space: normal): runs of spaces and newlines in the markup show as one
   * space, or nothing at the start of a line, so the text is read the same way. Editors with pre-wrap keep it all.
   */
  collapse?: boolean;
}

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

const ZERO_WIDTH_ONLY = /^[\u200b\ufeff]+$/;

export function readTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  let text = '';
  const segments: Segment[] = [];
  let needBreak = false;
  let pendingBreaks = 0;
  // collapsed white space waiting to become one space if more text follows on the line
  let pendingSpace: { node: Text; offset: number } | null = null;

  const emitBreaks = (): void => {
    if (needBreak && text.length > 0 && !text.endsWith('\n')) text += '\n';
    needBreak = false;
    for (; pendingBreaks > 0; pendingBreaks--) text += '\n';
  };
  const push = (node: Text, from: number, to: number): void => {
    emitBreaks();
    if (pendingSpace) {
      if (text.length > 0 && !text.endsWith('\n') && !text.endsWith(' ')) {
        segments.push({
          node: pendingSpace.node,
          start: text.length,
          end: text.length + 1,
          offset: pendingSpace.offset,
        });
        text += ' ';
      }
      pendingSpace = null;
    }
    segments.push({ node, start: text.length, end: text.length + to - from, offset: from });
    text += node.data.slice(from, to);
  };
  const pushCollapsed = (node: Text): void => {
    const data = node.data;
    let from = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let m = COLLAPSIBLE.exec(data); m; m = COLLAPSIBLE.exec(data)) {
      // one plain space between words is already what is shown: no need to split the node there
      if (m[0] === ' ' && m.index > 0 && m.index + 1 < data.length) continue;
      if (m.index > from) push(node, from, m.index);
      pendingSpace ??= { node, offset: m.index };
      from = m.index + m[0].length;
    }
    if (from < data.length) push(node, from, data.length);
  };
  const lineBreak = (): void => {
    pendingSpace = null;
  };

  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data || ZERO_WIDTH_ONLY.test(data)) continue;
        if (options.collapse) pushCollapsed(node as Text);
        else push(node as Text, 0, data.length);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const name = el.nodeName;
      if (name === 'BR') {
        pendingBreaks++;
        lineBreak();
        continue;
      }
      if (name === 'STYLE' || name === 'SCRIPT' || name === 'TEMPLATE') continue;
      if (el.getAttribute('contenteditable') === 'false' || options.skip?.(el)) continue;
      const block = BLOCKS.has(name);
      if (block) {
        pendingBreaks = 0;
        needBreak = true;
        lineBreak();
      }
      walk(el);
      if (block) {
        pendingBreaks = 0;
        needBreak = true;
        lineBreak();
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
  let here = i >= 0 ? (segments[i] as Segment) : undefined;
  // an end exactly where one node stops and the next starts belongs to the node before
  const before = segments[i - 1];
  if (side === 'backward' && here && offset === here.start && before && before.end === offset) here = before;
  if (here && (offset < here.end || (offset === here.end && side === 'backward'))) {
    return { node: here.node, offset: here.offset + offset - here.start };
  }
  const next = segments[i + 1];
  if (side === 'forward' && next) return { node: next.node, offset: next.offset };
  if (here) return { node: here.node, offset: here.offset + here.end - here.start };
  const first = segments[0] as Segment;
  return { node: first.node, offset: first.offset };
}

/** The text offset of a DOM position inside the region (the selection's anchor or focus). */
export function textOffset(map: TextMap, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    let last: Segment | undefined;
    for (const s of map.segments) {
      if (s.node !== node) continue;
      if (offset < s.offset) return last ? last.end : s.start;
      last = s;
      if (offset <= s.offset + s.end - s.start) return s.start + offset - s.offset;
    }
    if (last) return last.end;
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
    if (point.comparePoint(seg.node, seg.offset) >= 0) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  // a point before a node (or in the empty line before it) is that node's first offset
  return found === map.segments.length ? map.text.length : (map.segments[found] as Segment).start;
}
