import { scareQuotes } from '../../prefilter/scare-quotes';

export interface Range {
  start: number;
  end: number;
}

// Where the writer stops speaking in their own voice: a reply or forward header, or a signature delimiter.
const TAIL_MARKERS = [
  /^On .{3,200}wrote:\s*$/m,
  /^-{2,}\s*(Original Message|Forwarded message)\s*-{2,}/im,
  /^(From|De|Von): .+\n(Sent|Date|Envoyé|Gesendet): /m,
  /^-- ?$/m,
  /^_{5,}$/m,
];

const QUOTE_LINE = /^[ \t]*>.*$/gm;
// Quotation marks in pairs: straight double quotes, curly double quotes, and curly single quotes used as quotes.
const QUOTED_SPAN = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’(?![\p{L}])/gu;

/**
 * Ranges of text the writer is quoting rather than saying: quoted lines, the quoted part of a reply or forward,
 * the signature, and text in quotation marks.
 */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let tail = text.length;
  for (const marker of TAIL_MARKERS) {
    const found = marker.exec(text);
    if (found && found.index < tail) tail = found.index;
  }
  if (tail < text.length) ranges.push({ start: tail, end: text.length });
  for (const m of text.matchAll(QUOTE_LINE)) ranges.push({ start: m.index, end: m.index + m[0].length });
  // scare quotes (your "friend") are the writer's own sneer, not someone else's words
  const scare = new Set(scareQuotes(text).map((q) => q.start));
  for (const m of text.matchAll(QUOTED_SPAN)) {
    if (!scare.has(m.index)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

export function overlapsAny(start: number, end: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
