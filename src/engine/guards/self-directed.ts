import { clauseBefore, matchText, type GuardContext } from './context';

const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|u|ur|ya)\b/i;
// A first-person subject right before the match or at its start: "I always forget", "I need to calm down", "I'm such an idiot".
const SUBJECT_WORDS = String.raw`(?:i|i'm|im|i've|i'd|i'll|we|we're|we've|myself|me)`;
const FIRST_PERSON_SUBJECT = new RegExp(
  String.raw`\b${SUBJECT_WORDS}\b(?:\s+[\w']+){0,4}\s*$|^\s*(?:i|i'm|i've|we|we're)\b`,
  'i',
);
const SUBJECT_WORD = new RegExp(String.raw`\b${SUBJECT_WORDS}\b`, 'gi');

/**
 * True when the wording is about the writer, not the reader: "I overreacted", "I'm such an idiot", "I need to calm down".
 * Owning one's part is the antidote, never the problem. Only matches without any "you" count.
 */
const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our)\b/i;

// "I think folks need to stop…" gives an opinion about others: the "I" frames the claim and is not its subject.
const OPINION_ABOUT_OTHERS =
  /\b(?:i|we)\s+(?:really\s+|honestly\s+|just\s+|do\s+|personally\s+|still\s+)?(?:think|believe|guess|suppose|reckon|know|say)\s+(?:that\s+)?(?=(?:the|they|he|she|people|folks|some|most|many|everyone|everybody|these|those|police|cops|society|men|women|parents|students|politicians|media|someone|somebody|anyone|all|their|his|her)\b)/gi;

export function isSelfDirected(c: GuardContext): boolean {
  const match = matchText(c);
  // An eye-roll emoji is aimed at whoever the words before it are about: "left my keys at work again 🙃".
  if (!/[\p{L}\p{N}]/u.test(match)) {
    const before = c.sentence.slice(0, c.start).replace(/’/g, "'");
    return FIRST_PERSON.test(before) && !SECOND_PERSON.test(before);
  }
  if (SECOND_PERSON.test(match)) return false;
  if (/^\s*(?:i|i'm|i've|we|we're|my|our)\b/i.test(match.replace(/’/g, "'"))) return true;
  const before = clauseBefore(c).replace(/’/g, "'").replace(OPINION_ABOUT_OTHERS, '');
  return FIRST_PERSON_SUBJECT.test(before) && !SECOND_PERSON.test(afterLastFirstPerson(before));
}

// "I don't know why you're [getting so worked up]": a "you" after the last "I" is who the flagged words are about.
function afterLastFirstPerson(text: string): string {
  let end = 0;
  for (const m of text.matchAll(SUBJECT_WORD)) end = m.index + m[0].length;
  return text.slice(end);
}
