/** One contiguous change between two versions of a text: [start, oldEnd) in the old text became [start, newEnd). */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix). Null when equal. */
export function diffTexts(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where a span is after an edit: moved when the edit is before it, unchanged when after it (an edit at its very edge
 * counts as outside: typing the next sentence must not hide the hint before it), null when the edit changed its words.
 */
export function shiftSpan<T extends Span>(span: T, edit: Edit): T | null {
  if (edit.oldEnd <= span.start) {
    const delta = edit.newEnd - edit.oldEnd;
    return { ...span, start: span.start + delta, end: span.end + delta };
  }
  if (edit.start >= span.end) return span;
  return null;
}

/** Like shiftSpan, but an edit inside the span stretches or shrinks it instead of dropping it. */
export function stretchSpan<T extends Span>(span: T, edit: Edit): T | null {
  const moved = shiftSpan(span, edit);
  if (moved) return moved;
  if (edit.start >= span.start && edit.oldEnd <= span.end) {
    const end = span.end + edit.newEnd - edit.oldEnd;
    return end > span.start ? { ...span, end } : null;
  }
  return null;
}
