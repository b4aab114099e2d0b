import { ENDS_WITH_QUESTION, isCuriousFollowUp } from './curious-follow-up';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Longer runs are cut so one pathological "sentence" cannot make compromise's cost explode. */
export const MAX_SENTENCE_LENGTH = 600;

// A boundary: terminal punctuation with any closing quotes or brackets, then white space; or a line break.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/** A letter or digit: text without one (spaces, punctuation, emoji) is not words. */
export const HAS_WORD = /[\p{L}\p{N}]/u;
const EMOJI_TAIL = /[ \t]*(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})+[ \t]*)+(?=\s|$)/uy;

/** Splits text into sentences with their UTF-16 offsets. Linear time; never returns empty or blank sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const previous = out[out.length - 1];
    // An emoji or a bare "…" after the full stop belongs to the sentence before it: "You're the worst! 😂".
    // So does a curious tag after a question, "How come you never get seasick? Any tips?": it shows how it was meant.
    const joins =
      previous &&
      end - previous.start <= MAX_SENTENCE_LENGTH &&
      (!HAS_WORD.test(text.slice(start, end)) ||
        (ENDS_WITH_QUESTION.test(previous.text) &&
          !text.slice(previous.end, start).includes('\n') &&
          isCuriousFollowUp(text.slice(start, end))));
    if (joins) {
      out[out.length - 1] = { start: previous.start, end, text: text.slice(previous.start, end) };
      return;
    }
    if (end - start <= MAX_SENTENCE_LENGTH) {
      out.push({ start, end, text: text.slice(start, end) });
      return;
    }
    let cut = start + MAX_SENTENCE_LENGTH;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_SENTENCE_LENGTH / 2) cut = space;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    out.push({ start, end: cut, text: text.slice(start, cut) });
    push(cut, end);
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    let end = m.index + m[0].length;
    if (m[0] !== '\n') {
      // An emoji right after the full stop belongs to the sentence before it: "You're the worst! 😂 See you".
      EMOJI_TAIL.lastIndex = end;
      const tail = EMOJI_TAIL.exec(text);
      if (tail) {
        end += tail[0].length;
        BOUNDARY.lastIndex = end;
      }
    }
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0xfeff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
