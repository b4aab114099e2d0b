import { expandShorthand } from './shorthand';

/**
 * Words of a text as the rule patterns see them: lower case, curly apostrophes straightened, contractions expanded
 * ("you're" gives "you're", "you" and "are") so that a pattern written as "you are" still finds its trigger.
 * Deliberately tiny and dependency-free: the content script carries it.
 */
const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'],
  "'re": ['are'],
  "'m": ['am'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'d": ['would', 'had'],
  "'s": ['is', 'has'],
};

const IRREGULAR: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  cannot: ['can', 'not'],
};

// Words, and single pictographs so that a rule can be indexed by an emoji such as 🙄.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;

export function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const position of wordSequence(text)) for (const w of position) out.add(w);
  return out;
}

/**
 * The words of a text in order, each position with the forms a pattern may name: "you're" gives ["you're", "you"] then
 * ["are"], so a pattern's required words can be checked in order before the costly parse.
 */
export function wordSequence(text: string): string[][] {
  return wordSequenceOfExpanded(expandShorthand(text).text);
}

/** `wordSequence` for a text whose shorthand is already spelled out, as the analyzer has it. */
export function wordSequenceOfExpanded(text: string): string[][] {
  const out: string[][] = [];
  // plain strings, not match objects: only the words are needed, and this runs on every sentence
  for (const found of text.match(WORD) ?? []) {
    const lower = found.toLowerCase();
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const apostrophe = word.indexOf("'");
    // own properties only: a word such as "constructor" must not find Object's prototype
    const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
    if (irregular) {
      const [first = word, ...rest] = irregular;
      out.push([word, first]);
      if (rest.length) out.push(rest);
      continue;
    }
    if (apostrophe < 0) {
      out.push([word]);
      continue;
    }
    const negated = word.endsWith("n't");
    const stem = negated ? word.slice(0, -3) : word.slice(0, apostrophe);
    const suffix = negated ? "n't" : word.slice(apostrophe);
    const expanded = Object.hasOwn(CONTRACTIONS, suffix) ? CONTRACTIONS[suffix] : undefined;
    out.push(stem ? [word, stem] : [word]);
    if (expanded) out.push(expanded);
  }
  return out;
}
