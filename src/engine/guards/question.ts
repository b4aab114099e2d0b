import type { GuardContext } from './context';
import { isCuriousFollowUp } from '../curious-follow-up';

// Yes/no questions that ask rather than accuse: "Do you always start from 0,0?", "Did you ever get the package?".
const YES_NO_QUESTION =
  /^(?:(?:hey|hi|so|and|also|btw|by the way|quick question|oh|ok|okay|sorry)[,:]?\s+)*(?:do|does|did|are|is|was|were|can|could|would|will|have|has|had|should|shall)\b(?!['’]t|n['’]t)/i;

// A question that checks a fact or asks for an opinion: "You always take the 8:10, right?", "…, do you think?".
const CHECKING =
  /(?:,\s*(?:right|correct|yeah|no|yes|isn't it|don't you|didn't you|aren't you)|\b(?:do you think|would you say|any idea|any tips|just curious|genuinely curious|out of curiosity))\s*\?+\s*["”’)]*\s*$/i;

// A why-question followed by a guess at the answer asks for a reason: "Why do you always take the 8:10, is it quicker?".
const GUESSED_REASON =
  /,\s*(?:is|are|was|does|do|did|would|will|can|could)\s+(?:it|that|this|there|they|the)\b[^?]*\?+\s*["”’)]*\s*$/i;

// A statement turned into a question by its question mark: "You think that jacket is warm enough?".
const DECLARATIVE_CHECK = /^(?:(?:so|and|oh|ok|okay)[,:]?\s+)*you\s+(?:think|reckon|believe|figure)\b/i;

/** True when the sentence is a yes/no question or a checking question, which asks rather than accuses. */
// Questions that attack whatever tag follows them: "Why are you so lazy? Just curious."
const SNIDE =
  /\b(?:why (?:are|were) (?:you|u) (?:always |being |acting )?(?:so|such)|what(?:'s| is) (?:wrong|the matter) with|what(?:'s| is) your (?:problem|deal|issue)|(?:it|everything)(?:'s| is| has) (?:always|all|only ever) (?:been )?about (?:you|u)|(?:you|u) (?:always|constantly) (?:have|need|got) to have the last word|are (?:you|u) (?:seriously|literally) (?:crying|upset|sulking|angry|mad|offended|whining|moaning|complaining|hurt) (?:about|over|because))\b/i;

export function isQuestion(c: GuardContext): boolean {
  if (SNIDE.test(c.sentence)) return false;
  if (hasCuriousFollowUp(c.sentence)) return true;
  if (!/\?\s*["”’)]*\s*$/.test(c.sentence)) return false;
  const sentence = c.sentence.trimStart();
  return (
    YES_NO_QUESTION.test(sentence) ||
    DECLARATIVE_CHECK.test(sentence) ||
    CHECKING.test(c.sentence) ||
    GUESSED_REASON.test(c.sentence)
  );
}

// The splitter keeps "Any tips?" or "Genuinely curious." with the question before it.
function hasCuriousFollowUp(sentence: string): boolean {
  const asked = /\?+["'”’)\]]*\s+/.exec(sentence);
  return asked !== null && isCuriousFollowUp(sentence.slice(asked.index + asked[0].length));
}
