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
// Straight single quotes, as British writers quote: 'pay by Friday or you're out'. An apostrophe inside a word
// ("you're") is neither an opening nor a closing mark, and one that opens a word ('cause) finds no closing mark.
const SINGLE_QUOTED_SPAN =
  /(?<![\p{L}\p{N}])'(?=\p{L})(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,300}?(?<=[\p{L}\p{N}.!?,])'(?![\p{L}\p{N}])/gu;

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
  for (const pattern of [QUOTED_SPAN, SINGLE_QUOTED_SPAN]) {
    for (const m of text.matchAll(pattern)) {
      if (!scare.has(m.index)) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return ranges;
}

/**
 * True when a finding is someone else's words: it starts inside a quotation, or most of it is quoted. A word in
 * quotes within the writer's own sentence ("I know why you 'forgot' to invite me") is their sneer, not a quotation.
 */
export function isQuotedSpan(start: number, end: number, ranges: readonly Range[]): boolean {
  let quoted = 0;
  for (const r of ranges) {
    if (r.start <= start && start < r.end) return true;
    quoted += Math.max(0, Math.min(end, r.end) - Math.max(start, r.start));
  }
  return quoted * 2 > end - start;
}
