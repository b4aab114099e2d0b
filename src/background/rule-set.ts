import type { CompiledRuleSet } from '../engine/types';
import type { Settings } from '../settings/settings';
import shipped from '../generated/rules.json';

/** The shipped rules, generated from rules/ by `npm run rules`. */
export const SHIPPED_RULES = shipped as CompiledRuleSet;

export function ruleSetFor(_settings: Settings): CompiledRuleSet {
  return SHIPPED_RULES;
}
