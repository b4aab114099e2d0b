import { formsOf, tagsByWord } from './verb-forms';

const OBJECT_PRONOUN: Record<string, { subject: string; be: string; pastBe: string }> = {
  me: { subject: 'I', be: 'get', pastBe: 'got' },
  us: { subject: 'we', be: 'get', pastBe: 'got' },
  him: { subject: 'he', be: 'gets', pastBe: 'got' },
  her: { subject: 'she', be: 'gets', pastBe: 'got' },
  them: { subject: 'they', be: 'get', pastBe: 'got' },
  it: { subject: 'it', be: 'is', pastBe: 'was' },
};
const DETERMINERS = new Set(
  'the a an my your our his her their this that these those all some every any both'.split(' '),
);
const PARTICLES = new Set('up out off away back down'.split(' '));
// Words that end a noun phrase: prepositions, adverbs and predicate words such as "open" or "on".
const STOP = new Set(
  'on in at to for with without during before after from about into onto off out around by when while because again and or all every open closed up away back down late early behind over there here anymore ever everywhere alone so too like than unless until'.split(
    ' ',
  ),
);

// Verbs whose object cannot move to the front: "be right", "have fun", "go home", "want to win", "find something to
// criticise".
const NOT_PASSIVE = new Set(
  'be is are was were been being am have has had do does did go goes went come comes came seem seems feel feels felt want wants wanted need needs needed like likes liked try tries tried say says said get gets got act acts acted talk talks talked look looks looked sound sounds sounded think thinks thought find finds found'.split(
    ' ',
  ),
);

/**
 * Turns a verb phrase said about the reader into a passive one about the thing: "leave the car on empty" → "the car is
 * left on empty", "interrupt me" → "I get interrupted". Null when the phrase has no object to move to the front.
 */
export function toPassive(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  const verb = words[0];
  if (!verb || words.length < 2 || NOT_PASSIVE.has(verb.toLowerCase())) return null;
  // a hyphenated verb ("colour-coded") is two terms to compromise, and its participle is not the last part's; a
  // contraction ("don't") is no verb to put in the passive
  if (/\p{L}[-'’]\p{L}/u.test(verb)) return null;
  // an idiom, not an act done to a thing: "take her side" is no "her side is taken"
  if (/^(?:take|takes|took|taking)\s+(?:\S+\s+)?sides?\b/i.test(phrase.trim())) return null;
  const tags = tagsByWord(phrase, words);
  const tagged = (at: number, tag: string): boolean => tags[at]?.has(tag) ?? false;
  if (!tagged(0, 'Verb')) return null;
  const past = tagged(0, 'PastTense');
  const forms = formsOf(verb.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''), tags[0] ?? new Set());
  const done = (forms.Participle ?? forms.PastTense)?.split(' ')[0];
  if (!done) return null;
  let i = 1;
  let particle = '';
  if (PARTICLES.has(words[i]?.toLowerCase() ?? '') && words.length > 2) particle = ` ${words[i++]}`;
  const first = words[i]?.toLowerCase() ?? '';
  let subject: string;
  let be: string;
  const pronoun = OBJECT_PRONOUN[first];
  if (pronoun && Object.hasOwn(OBJECT_PRONOUN, first)) {
    subject = pronoun.subject;
    be = past ? pronoun.pastBe : pronoun.be;
    i++;
  } else {
    const np: string[] = [];
    // A bare object must be a noun ("plans", "dishes"), never an adjective or adverb ("be right", "come home late").
    if (!DETERMINERS.has(first) && !tagged(i, 'Noun') && !(tagged(i, 'Adjective') && tagged(i + 1, 'Noun')))
      return null;
    if (DETERMINERS.has(first)) np.push(words[i++] ?? '');
    // "all our money", "both the kids"
    if ((first === 'all' || first === 'both') && DETERMINERS.has(words[i]?.toLowerCase() ?? ''))
      np.push(words[i++] ?? '');
    while (i < words.length && np.length < 5) {
      const w = words[i] ?? '';
      const bare = w.toLowerCase().replace(/[^\p{L}'-]/gu, '');
      if (!bare || STOP.has(bare) || DETERMINERS.has(bare)) break;
      np.push(w);
      i++;
    }
    const head = np[np.length - 1]?.toLowerCase() ?? '';
    if (!head || DETERMINERS.has(head)) return null;
    const plural = /[^s]s$/.test(head) || head === 'people' || head === 'children';
    subject = np.join(' ');
    be = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  }
  if (!particle && PARTICLES.has(words[i]?.toLowerCase() ?? '')) particle = ` ${words[i++]}`;
  // "make me look silly" → "I get made to look silly": the passive of a causative puts "to" back; "let me go" has none
  const causative = /^(?:make|makes|made|making)$/i.test(verb) && tagged(i, 'Infinitive');
  if (/^(?:let|lets|letting)$/i.test(verb) && tagged(i, 'Verb')) return null;
  const rest = `${causative ? 'to ' : ''}${words.slice(i).join(' ')}`;
  return `${subject} ${be} ${done}${particle}${rest ? ` ${rest}` : ''}`;
}
