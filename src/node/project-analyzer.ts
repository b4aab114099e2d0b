import { createAnalyzer, type Analyzer } from '../engine';
import { compileRules } from '../engine/compile-rules';
import { readRuleSources } from './read-rules';

/** The engine with the project's rules read straight from rules/, for tools that run in Node. */
export function projectAnalyzer(cacheSize?: number): Analyzer {
  return createAnalyzer(compileRules(readRuleSources()), cacheSize);
}
