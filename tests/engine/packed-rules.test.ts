import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import { packRuleSet } from '../../src/engine/compile-rules';
import type { CompiledRuleSet, WordsRef } from '../../src/engine/types';
import { SHIPPED_RULES } from '../../src/background/rule-set';
import { projectRules } from '../rules/rule-set';

const refsOf = (ruleSet: CompiledRuleSet): WordsRef[] =>
  ruleSet.rules.flatMap((r) => [
    ...(r.requires ?? []).flat(),
    ...(r.index ?? []),
    ...(r.exceptionRequires ?? []).flat(),
  ]);

/** Drafts and every rule example: flagged, passing, and the words of each expected rewrite. */
function texts(ruleSet: CompiledRuleSet): string[] {
  const drafts = readFileSync('tests/drafts/drafts.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const examples = ruleSet.rules.flatMap((r) => [
    ...r.examples.flag.map((f) => f.text.replace(/[[\]]/g, '')),
    ...r.examples.pass,
  ]);
  return [...drafts, ...examples];
}

describe('the packed rule set the extension ships', () => {
  const { ruleSet } = projectRules();
  const packed = packRuleSet(ruleSet);

  it('stores each list of words once, unique and sorted, and names it by position', () => {
    const words = packed.words ?? [];
    expect(new Set(words.map((w) => w.join(' '))).size).toBe(words.length);
    for (const w of words) expect(w).toEqual([...new Set(w)].sort());
    const refs = refsOf(packed);
    expect(refs.length).toBeGreaterThan(words.length);
    for (const ref of refs) expect(typeof ref === 'number' && ref >= 0 && ref < words.length).toBe(true);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(ruleSet).length * 0.85);
  });

  it('finds exactly what the unpacked rules find', () => {
    const plain = createAnalyzer(ruleSet);
    const fromPacked = createAnalyzer(packed);
    const all = texts(ruleSet);
    expect(all.length).toBeGreaterThan(1000);
    let flagged = 0;
    for (const text of all) {
      const expected = plain.analyze(text);
      if (expected.length) flagged++;
      expect(fromPacked.analyze(text), text).toEqual(expected);
    }
    expect(flagged).toBeGreaterThan(500);
    expect(fromPacked.triggerWords).toEqual(plain.triggerWords);
  });

  it('is what src/generated/rules.json holds', () => {
    expect(SHIPPED_RULES.words?.length).toBe(packed.words?.length);
    expect(refsOf(SHIPPED_RULES).every((ref) => typeof ref === 'number')).toBe(true);
    expect(SHIPPED_RULES.rules.map((r) => r.id).sort()).toEqual(ruleSet.rules.map((r) => r.id).sort());
  });

  it('refuses a rule that names a list the set does not have', () => {
    const broken: CompiledRuleSet = { ...packed, words: [] };
    expect(() => createAnalyzer(broken)).toThrow(/word list 0/);
  });
});
