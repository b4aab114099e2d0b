import type { GuardContext } from './context';

// "If you don't mind…", "if you don't get home by 6 I'll start dinner": conditionals about plans, not threats.
const POLITE_CONDITION =
  /\bif you (?:don't|do not|didn't|can't|cannot|won't|aren't|are not|haven't|have not) (?:mind|have time|hear (?:back|from)|get a chance|want to|need|feel like|see (?:it|this|my|the)|get (?:it|this|the)|finish|make it|get home|get back|get here|get there|receive|find)\b/i;
const TIME =
  /\b(?:by|at|before|after|until) (?:\d|noon|midnight|then|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunch|dinner|the weekend|next week)|\b(?:tonight|tomorrow|in time|on time|this week|this weekend|\d\s?(?:am|pm|o'clock))\b/i;
const CONDITION = /\bif you (?:don't|do not|can't|cannot|won't|aren't|haven't|didn't)\b/i;
// Anything that makes the consequence a threat keeps the sentence in view of the rules.
const THREAT =
  /\b(?:leav(?:e|ing) you|divorce|we're (?:done|over|through)|we are (?:done|over|through)|i'm (?:done|out|gone|leaving)|i am (?:done|out|gone|leaving)|break up|breaking up|move out|moving out|take the kids|regret|you'll be sorry|last chance|or else|lawyer|never see|done with you|over between|kick you out|find someone else|not my (?:problem|fault|responsibility|job)|on you|your problem|your own)\b/i;

/** True when a sentence is a conditional about plans or manners rather than a threat. */
export function isLogistics(c: GuardContext): boolean {
  const text = c.sentence.replace(/’/g, "'");
  if (THREAT.test(text)) return false;
  if (POLITE_CONDITION.test(text)) return true;
  return CONDITION.test(text) && TIME.test(text);
}
