import type { GuardId } from '../types';

/** What a guard sees: the sentence and the match's offsets inside it. */
export interface GuardContext {
  sentence: string;
  start: number;
  end: number;
}

// Someone else's words being reported: "she told me to calm down", "my boss keeps saying I'm lazy".
const REPORTED =
  /\b(?:said|says|saying|told|tells|telling|asked|asks|yelled|texted|wrote|keeps? saying|was like|goes like|called me)\b(?:\s+(?:me|us|him|her|them|that))?[\s,:]*$/i;

// A negation that governs what follows: "I'm not saying you never help", "it wasn't that you always…".
const NEGATED = /\b(?:not|n't|never said|no one said|nobody said|nobody is saying)\s+(?:\w+\s+){0,2}$/i;

// Yes/no questions that ask rather than accuse: "Do you always start from 0,0?", "Did you ever get the package?".
const YES_NO_QUESTION =
  /^(?:(?:hey|hi|so|and|also|btw|quick question)[,:]?\s+)?(?:do|does|did|are|is|was|were|can|could|would|will|have|has|had|should|shall)\b/i;

const GUARDS: Record<GuardId, (c: GuardContext) => boolean> = {
  // text-level: applied by the analyzer with quotedRanges
  quoted: () => false,
  reported: (c) => REPORTED.test(c.sentence.slice(0, c.start).replace(/["“‘']\s*$/, '')),
  negated: (c) => NEGATED.test(c.sentence.slice(0, c.start)),
  question: (c) => /\?\s*["”’)]*\s*$/.test(c.sentence) && YES_NO_QUESTION.test(c.sentence.trimStart()),
};

/** True when a shared guard says this match is not the writer's own blaming voice. */
export function guarded(context: GuardContext, allow: readonly GuardId[]): boolean {
  for (const id of Object.keys(GUARDS) as GuardId[]) {
    if (allow.includes(id)) continue;
    if (GUARDS[id](context)) return true;
  }
  return false;
}
