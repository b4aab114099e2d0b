import nlp from 'compromise';
import { tag } from './tagger';

interface VerbTables {
  toInfinitive(word: string, model: object, tense: string): string;
  conjugate(infinitive: string, model: object): Partial<Record<string, string>>;
}
// compromise's own conjugation tables, called directly: a verb phrase's conjugate() re-parses it and costs a hundred
// times more, and a rewrite only ever changes the first word
const TABLES = (nlp.methods() as { two: { transform: { verb: VerbTables } } }).two.transform.verb;
const MODEL = nlp.model();
// most specific first: a gerund is also a present tense to compromise
const TENSES = ['Gerund', 'Participle', 'PastTense', 'PresentTense'];

export type VerbForm = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

/** Every form of a tagged verb: "forgot" → { Infinitive: "forget", PastTense: "forgot", Participle: "forgotten", … }. */
export function formsOf(verb: string, tags: ReadonlySet<string>): Partial<Record<VerbForm, string>> {
  const word = verb.toLowerCase();
  const tense = tags.has('Infinitive') ? undefined : TENSES.find((t) => tags.has(t));
  const infinitive = tense ? TABLES.toInfinitive(word, MODEL, tense) : word;
  return TABLES.conjugate(infinitive || word, MODEL);
}

/**
 * Each word's tags, from the first term compromise made of it: it splits some words ("don't", "so-called") into
 * several terms, so terms and words are matched by their place in the text.
 */
export function tagsByWord(phrase: string, words: readonly string[]): (ReadonlySet<string> | undefined)[] {
  const starts: number[] = [];
  let from = 0;
  for (const w of words) {
    const at = phrase.indexOf(w, from);
    starts.push(at);
    from = at + w.length;
  }
  const out: (ReadonlySet<string> | undefined)[] = words.map(() => undefined);
  let offset = 0;
  let word = 0;
  for (const term of tag(phrase).docs.flat()) {
    offset += term.pre.length;
    while (word + 1 < starts.length && (starts[word + 1] ?? Infinity) <= offset) word++;
    out[word] ??= term.tags;
    offset += term.text.length + term.post.length;
  }
  return out;
}

/**
 * The forms of a word that is a past participle ("done", "gone"), whatever the tagger made of it: alone or after
 * "you have", the light tagger reads "done" as an adjective.
 */
export function participleForms(word: string): Partial<Record<VerbForm, string>> | null {
  const lower = word.toLowerCase();
  const forms = TABLES.conjugate(TABLES.toInfinitive(lower, MODEL, 'Participle') || lower, MODEL);
  return forms.Participle === lower ? forms : null;
}
