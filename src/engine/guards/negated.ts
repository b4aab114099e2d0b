import type { GuardContext } from './context';

// A negation that governs what follows: "I'm not saying you never help", "it wasn't that you always…", "no one thinks
// you're overreacting", "not because I think you're a bad person", "none of [this is on you]". "I can't believe you…", "I don't know why you…" and "not only" intensify rather than negate, so they do not count.
const NEGATED =
  /(?:\bnot|n't|\bnever said|no one (?:said|says|thinks)|nobody (?:said|says|thinks|is saying))\s+(?!believe\b|stand\b|only\b|(?:understand|know|see|get) why\b|wait\b)(?:[\w']+\s+){0,2}$|\bnot because (?:i|we) (?:think|believe|feel)\s+$|\bnone of\s+$/i;

// Direct negation of the matched words themselves: "you're not overreacting", "you are not being dramatic".
const NEGATED_INSIDE = /^you(?:'re| are| were) (?:not|never)\b|^you (?:aren't|weren't)\b/i;

// A match that opens a clause of its own ("Don't do that [or I'm leaving]") is outside the reach of a negation before it.
const OPENS_CLAUSE = /^(?:or|and|but|otherwise|because|so)\b/i;

// Negative verdicts phrased with "not", which the negation guard must not read as taking a charge back:
// "you're not thinking straight", "not me getting told off for …" (a sarcastic protest).
// "You're never on time" is a charge, not a negation like "you're never too old".
const NEGATIVE_VERDICT =
  /^you(?:'re| are) not (?:thinking straight|thinking clearly|making (?:any )?sense|listening|paying attention|being (?:fair|honest|reasonable|serious)|(?:very|too|exactly|particularly|the most) (?:bright|smart|clever|sharp)|(?:exactly|hardly) (?:perfect|innocent|blameless|faultless|a saint|an angel|a ray of sunshine))\b|^you(?:'re| are| were) never (?:on time|ready|home|here|around|there|available|on my side|free|early|awake|up|listening|serious|present|in touch|reachable|sober|nice to me|kind to me|honest|happy|satisfied|pleased|content|grateful)\b/i;
// "Not like you've never forgotten anything", "it's not like you were any better": a retort, where "not" mocks the
// other person's record rather than taking a charge back.
const NOT_LIKE_YOU =
  /^like (?:you|u)(?:(?:'ve| have)? never|(?:'re| are| were| r) (?:any better|perfect|so perfect|a saint))\b/i;
const NOT_ME = /^\s*not me (?:getting|being|having|doing|paying|cleaning|cooking|picking)\b/i;

/** True when a negation governs the match: "I'm not saying you never help", "you're not overreacting". */
export function isNegated(c: GuardContext): boolean {
  const match = c.sentence.slice(c.start, c.end).replace(/’/g, "'");
  if (NEGATIVE_VERDICT.test(match) || NOT_LIKE_YOU.test(match) || NOT_ME.test(c.sentence)) return false;
  const before = c.sentence.slice(0, c.start);
  if (NEGATED.test(before) && !OPENS_CLAUSE.test(c.sentence.slice(c.start, c.end))) return true;
  return NEGATED_INSIDE.test(c.sentence.slice(c.start, c.end));
}
