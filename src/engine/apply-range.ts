/**
 * Where applying a suggestion ends. A suggestion that is a whole sentence replaces the flagged words and the rest of
 * their sentence, so applying "I see this differently." to "[You do realize] the deadline was yesterday?" never leaves a
 * fragment ("…differently. the deadline was yesterday?"). Pure and tiny: the engine fits suggestions by it and the
 * content script applies them by it.
 */
import { HAS_WORD } from './sentences';

const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;

/** True when words of the same sentence follow the flagged ones. */
export function wordsFollow(restOfSentence: string): boolean {
  return HAS_WORD.test(restOfSentence);
}

/** True when a suggestion is a sentence of its own (it ends like one). */
export function isWholeSentence(suggestion: string): boolean {
  return ENDS_SENTENCE.test(suggestion.trimEnd());
}

/** The text a suggestion replaces, as offsets into `text`; see `replacedEnd` for the end. */
export function replacedRange(
  text: string,
  start: number,
  end: number,
  sentenceEnd: number,
  suggestion: string,
): { start: number; end: number } {
  let from = start;
  // a rewrite that starts a sentence of its own after other words (". I'm upset…") takes the space before it
  if (/^[.!?]\s/.test(suggestion)) while (from > 0 && /[ \t\u00a0]/.test(text.charAt(from - 1))) from--;
  return { start: from, end: replacedEnd(text, end, sentenceEnd, suggestion) };
}

/**
 * The end of the text a suggestion replaces: `end`, or the end of the sentence (before trailing spaces) when words
 * follow the flagged ones there and the suggestion is a whole sentence. `sentenceEnd` is the sentence's end in the same
 * text as `end`.
 */
export function replacedEnd(text: string, end: number, sentenceEnd: number, suggestion: string): number {
  if (sentenceEnd <= end) return end;
  const rest = text.slice(end, sentenceEnd);
  if (!wordsFollow(rest) || !isWholeSentence(suggestion)) return end;
  return end + rest.trimEnd().length;
}
