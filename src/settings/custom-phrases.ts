import { CATEGORIES, type Category } from '../engine/types';
import type { CustomPhrase } from './settings';

export const MAX_PHRASE_CHARS = 60;
export const MAX_PHRASE_WORDS = 8;
export const MAX_REPLACEMENT_CHARS = 200;
export const MAX_CUSTOM_PHRASES = 200;

// On their own these would underline nearly every message, which helps nobody.
const TOO_COMMON = new Set(
  'a an and are am be but can do does for have he her him his i if in is it me my no not of on or our she so that the their them they this to us was we were what will with would you your'.split(
    ' ',
  ),
);

export interface CustomPhraseInput {
  phrase: string;
  replacement: string;
  category: string;
}

export type CustomPhraseField = 'phrase' | 'replacement' | 'category';

export type CustomPhraseCheck =
  | { ok: true; value: Omit<CustomPhrase, 'id' | 'createdAt'> }
  | { ok: false; field: CustomPhraseField; message: string };

/**
 * The words of a phrase as the engine matches them: lower case, straight apostrophes, surrounding punctuation dropped.
 * Null when something other than words is left (symbols would be read as match syntax).
 */
export function phraseWords(phrase: string): string[] | null {
  const words = phrase
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/\s+/)
    // sentence punctuation around a word is not part of it; any other symbol is refused below
    .map((w) => w.replace(/^[.,!?;:"“”«»…']+|[.,!?;:"“”«»…]+$/gu, ''))
    .filter(Boolean);
  if (!words.length || words.some((w) => !/^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?$/u.test(w))) return null;
  return words;
}

/** The pieces the content script's prefilter sees: it splits words at hyphens. */
export function triggerPieces(words: string[]): string[] {
  return words.flatMap((w) => w.replace(/'$/, '').split('-')).filter(Boolean);
}

/** Checks one entry against the list it would join; `editingId` leaves that entry out of the duplicate check. */
export function checkCustomPhrase(
  input: CustomPhraseInput,
  existing: readonly CustomPhrase[],
  editingId?: string,
): CustomPhraseCheck {
  const phrase = input.phrase.trim().replace(/\s+/g, ' ');
  const replacement = input.replacement.trim().replace(/\s+/g, ' ');
  const fail = (field: CustomPhraseField, message: string): CustomPhraseCheck => ({ ok: false, field, message });

  if (!phrase) return fail('phrase', 'Enter the word or phrase you want to avoid.');
  if (phrase.length > MAX_PHRASE_CHARS) {
    return fail(
      'phrase',
      `Keep the phrase to ${MAX_PHRASE_CHARS} characters or fewer (this one has ${phrase.length}). A short phrase is found more reliably.`,
    );
  }
  const words = phraseWords(phrase);
  if (!words) return fail('phrase', 'Use words only: letters, numbers, apostrophes and hyphens.');
  if (words.length > MAX_PHRASE_WORDS) {
    return fail('phrase', `Keep the phrase to ${MAX_PHRASE_WORDS} words or fewer (this one has ${words.length}).`);
  }
  if (triggerPieces(words).every((w) => TOO_COMMON.has(w.replace(/'.*$/, '')))) {
    return fail(
      'phrase',
      `“${phrase}” is so common that almost every message would be underlined. Add the words around it.`,
    );
  }
  const key = words.join(' ');
  const same = existing.find((p) => p.id !== editingId && phraseWords(p.phrase)?.join(' ') === key);
  if (same) return fail('phrase', `“${same.phrase}” is already in your list.`);
  if (editingId === undefined && existing.length >= MAX_CUSTOM_PHRASES) {
    return fail(
      'phrase',
      `You have ${MAX_CUSTOM_PHRASES} phrases, the most Mindful Draft keeps. Remove one to add another.`,
    );
  }

  if (!replacement) return fail('replacement', 'Enter the wording you would rather use.');
  if (replacement.length > MAX_REPLACEMENT_CHARS) {
    return fail(
      'replacement',
      `Keep your wording to ${MAX_REPLACEMENT_CHARS} characters or fewer (this one has ${replacement.length}).`,
    );
  }
  if (/[{}]/.test(replacement)) return fail('replacement', 'Curly brackets { } can’t be used in your wording.');
  if (phraseWords(replacement)?.join(' ') === key) {
    return fail('replacement', 'Your wording is the same as the phrase to avoid.');
  }

  if (!(CATEGORIES as readonly string[]).includes(input.category)) return fail('category', 'Choose a category.');
  return { ok: true, value: { phrase, replacement, category: input.category as Category } };
}

/** A short id that is unique in the list and safe inside a rule id. */
export function newPhraseId(existing: readonly CustomPhrase[], now = Date.now()): string {
  const taken = new Set(existing.map((p) => p.id));
  let n = now;
  while (taken.has(n.toString(36))) n++;
  return n.toString(36);
}
