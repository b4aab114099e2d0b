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
  "ain't": ['am', 'not', 'is', 'are'],
  "let's": ['let', 'us'],
};

// Words, and single pictographs so that a rule can be indexed by an emoji such as 🙄.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;

export function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const found of text.matchAll(WORD)) {
    const word = found[0].toLowerCase().replace(/’/g, "'");
    out.add(word);
    const apostrophe = word.indexOf("'");
    if (apostrophe < 0) continue;
    const irregular = IRREGULAR[word];
    if (irregular) {
      for (const w of irregular) out.add(w);
      continue;
    }
    const negated = word.endsWith("n't");
    const stem = negated ? word.slice(0, -3) : word.slice(0, apostrophe);
    const suffix = negated ? "n't" : word.slice(apostrophe);
    if (stem) out.add(stem);
    for (const w of CONTRACTIONS[suffix] ?? []) out.add(w);
  }
  return out;
}
