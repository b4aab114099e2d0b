import { createAnalyzer, type Analyzer } from '../../src/engine';
import { compileRules } from '../../src/engine/compile-rules';
import type { CompiledRuleSet } from '../../src/engine/types';
import { readRuleSources } from '../../src/node/read-rules';

let cached: { ruleSet: CompiledRuleSet; analyzer: Analyzer } | undefined;

/** The project's real rules, compiled once per test file. */
export function projectRules(): { ruleSet: CompiledRuleSet; analyzer: Analyzer } {
  if (!cached) {
    const ruleSet = compileRules(readRuleSources());
    cached = { ruleSet, analyzer: createAnalyzer(ruleSet) };
  }
  return cached;
}
