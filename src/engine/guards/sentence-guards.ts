import type { GuardId } from '../types';
import { isBoundary } from './boundary';
import type { GuardContext } from './context';
import { isIdiom } from './idioms';
import { isLogistics } from './logistics';
import { isNegated } from './negated';
import { isPositive } from './positive';
import { isQuestion } from './question';
import { isReported } from './reported';
import { isSelfDirected } from './self-directed';

export type { GuardContext } from './context';

const GUARDS: Record<GuardId, (c: GuardContext) => boolean> = {
  // text-level: applied by the analyzer with quotedRanges
  quoted: () => false,
  reported: isReported,
  negated: isNegated,
  question: isQuestion,
  self: isSelfDirected,
  positive: isPositive,
  idiom: isIdiom,
  logistics: isLogistics,
  boundary: isBoundary,
};

/** True when a shared guard says this match is not the writer's own blaming voice. */
export function guarded(context: GuardContext, allow: readonly GuardId[]): boolean {
  for (const id of Object.keys(GUARDS) as GuardId[]) {
    if (allow.includes(id)) continue;
    if (GUARDS[id](context)) return true;
  }
  return false;
}
