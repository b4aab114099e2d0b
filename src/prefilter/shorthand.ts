/**
 * Texting shorthand read as the words it stands for ("u" → "you", "ur so" → "you're so", "dont" → "don't"), so that
 * "ur always on ur phone" meets the same rules as "you're always on your phone". The rewritten text keeps a map back
 * to the original, so a finding still underlines what the writer typed. Tiny and dependency-free: the content
 * script's prefilter uses it too.
 */

import { scareQuotes } from './scare-quotes';

/** Words put around scare quotes so that rules can name them: your "friend" → your scarequoted "friend" endquoted. */
export const SCARE_OPEN = 'scarequoted';
export const SCARE_CLOSE = 'endquoted';

const ALWAYS: Record<string, string> = {
  u: 'you',
  ya: 'you',
  r: 'are',
  im: "I'm",
  ive: "I've",
  youre: "you're",
  youve: "you've",
  youll: "you'll",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  ppl: 'people',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  tho: 'though',
  rn: 'right now',
  pls: 'please',
  plz: 'please',
  nvm: 'never mind',
  idk: "I don't know",
  idc: "I don't care",
  ofc: 'of course',
};

// "ur" is "you're" before a description ("ur so lazy", "ur always late", "ur lying") and "your" before a noun
// ("ur phone", "ur fault").
const YOU_ARE_NEXT = new Set(
  'so such a an always never just really being not literally acting too very gonna going the seriously honestly clearly obviously totally completely actually still only wrong right crazy impossible unbelievable ridiculous welcome kidding joking lying overreacting unreal insane selfish lazy rude mean pathetic useless hopeless late done over'.split(
    ' ',
  ),
);

// "its" is "it's" before these words ("its ur fault", "its not fair"); otherwise it is the possessive.
const IT_IS_NEXT = new Set(
  'not all your ur my always never just fine ok okay over too so because literally really a an the on been like only getting going hard funny ridiculous sad crazy insane weird clear obvious true'.split(
    ' ',
  ),
);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function replacementFor(word: string, next: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower === 'ur') return YOU_ARE_NEXT.has(next) || next.endsWith('ing') || next === '' ? "you're" : 'your';
  if (lower === 'its') return IT_IS_NEXT.has(next) ? "it's" : undefined;
  return Object.hasOwn(ALWAYS, lower) ? ALWAYS[lower] : undefined;
}

/** A dot, ampersand, slash, at sign or hyphen joined to the token makes it part of something else: "U.S.", "R&B", "Ur-text". */
function partOfSomethingElse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /[.&/@-]$/u.test(before) || /^[.&/@-][\p{L}\p{N}]|^[&/@-]/u.test(after);
}

export interface Expanded {
  /** the text with shorthand spelled out */
  text: string;
  /** maps a span of `text` back to the span of the original it came from */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const IDENTITY = (start: number, end: number): { start: number; end: number } => ({ start, end });

// One test over the whole text first: most sentences hold no shorthand at all, and this runs on every keystroke.
const ANY = new RegExp(
  `(?:^|[^\\p{L}\\p{N}'’])(?:${[...Object.keys(ALWAYS), 'ur', 'its'].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

export function expandShorthand(original: string): Expanded {
  const edits: { start: number; end: number; by: string }[] = [];
  // an insertion is an edit that replaces nothing
  for (const quote of scareQuotes(original)) {
    edits.push({ start: quote.start, end: quote.start, by: `${SCARE_OPEN} ` });
    edits.push({ start: quote.end, end: quote.end, by: ` ${SCARE_CLOSE}` });
  }
  const shorthand = ANY.test(original);
  if (!shorthand && edits.length === 0) return { text: original, toOriginal: IDENTITY };
  const tokens = shorthand ? [...original.matchAll(TOKEN)] : [];
  tokens.forEach((found, i) => {
    const start = found.index ?? 0;
    const end = start + found[0].length;
    const next = (tokens[i + 1]?.[0] ?? '').toLowerCase().replace(/’/g, "'");
    const by = replacementFor(found[0], next);
    // "BC", "IM", "ICU": capitals of more than one letter are names and acronyms, not texting
    const acronym = found[0].length > 1 && found[0] === found[0].toUpperCase();
    if (by === undefined || acronym || partOfSomethingElse(original, start, end)) return;
    edits.push({ start, end, by });
  });
  if (edits.length === 0) return { text: original, toOriginal: IDENTITY };
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  // starts[i]: where a span starting at character i of the new text starts in the original; ends[i]: where one
  // ending at i ends. Inside a replaced word both point at that word's edges.
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [0];
  let at = 0;
  const copy = (from: number, to: number): void => {
    for (let o = from; o < to; o++) {
      starts.push(o);
      ends.push(o + 1);
    }
    text += original.slice(from, to);
  };
  for (const edit of edits) {
    copy(at, edit.start);
    for (let k = 0; k < edit.by.length; k++) {
      starts.push(edit.start);
      ends.push(edit.end);
    }
    text += edit.by;
    at = edit.end;
  }
  copy(at, original.length);
  starts.push(original.length);
  return {
    text,
    toOriginal: (start, end) => ({ start: starts[start] ?? original.length, end: ends[end] ?? original.length }),
  };
}
