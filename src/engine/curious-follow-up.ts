/**
 * A short sentence after a question that shows the question was asked out of curiosity: "How come you never get
 * seasick? Any tips?", "Why do you always put the milk in first? Genuinely curious." The sentence splitter keeps it
 * with its question, so the question guard sees both.
 */
const CURIOUS_FOLLOW_UP = new RegExp(
  [
    String.raw`(?:(?:genuinely|just|honestly|purely|seriously|really|only)\s+)?(?:curious|wondering|asking)\b(?!\s+(?:why|how)\s+you\s+(?:think|thought))`,
    String.raw`(?:purely\s+)?out of (?:pure\s+|genuine\s+)?curiosity\b`,
    String.raw`(?:any|got any|share your|what are your) (?:tips|advice|tricks|secrets?)\b`,
    String.raw`(?:please\s+)?teach me\b`,
    String.raw`no (?:pressure|judge?ment|worries either way)\b`,
    String.raw`not judging\b`,
    String.raw`(?:honest|genuine|serious|random) question\b`,
    String.raw`i(?:'|’)?d love to know\b`,
    String.raw`(?:is|was) (?:it|that) (?:a|an|some) [\p{L}\s-]{1,30} thing\b`,
    String.raw`(?:is|does) it (?:really\s+)?(?:quicker|faster|easier|cheaper|healthier|safer|better for|bad for|good for|worth it|that good)\b`,
  ].join('|'),
  'iu',
);

/** Longer "follow-ups" are sentences of their own, not a tag on the question. */
const MAX_FOLLOW_UP_LENGTH = 90;

export function isCuriousFollowUp(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length > MAX_FOLLOW_UP_LENGTH) return false;
  const start = text.replace(/^(?:(?:oh|ok|okay|and|but|also|lol|haha)[,.!]?\s+)+/i, '');
  return CURIOUS_FOLLOW_UP.exec(start)?.index === 0;
}

/** A question mark ending the sentence, possibly inside closing quotes or brackets. */
export const ENDS_WITH_QUESTION = /\?+["'”’)\]]*\s*$/;
