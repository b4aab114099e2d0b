import { describe, expect, it } from 'vitest';
import { isWholeSentence, replacedRange } from '../../src/engine/apply-range';
import { splitSentences } from '../../src/engine/sentences';
import { LEFTOVER_BLAME } from '../../src/engine/suggest';
import { projectRules } from './rule-set';

const { ruleSet, analyzer } = projectRules();

/** "Honestly [it's your fault] we …" → the plain text and the marked span's offsets. */
function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), start, end };
}

describe.each(ruleSet.rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  // each rule on its own: with every rule on, a wider finding of another rule hides one inside it
  const alone = { mutedRules: ruleSet.rules.filter((r) => r.id !== rule.id).map((r) => r.id) };
  it.each(rule.examples.flag.map((e) => [e.text, e] as const))('flags %s', (_text, example) => {
    const { text, start, end } = unmark(example.text);
    const mine = analyzer.analyze(text, alone);
    expect(mine.map((f) => text.slice(f.start, f.end))).toEqual([text.slice(start, end)]);
    const [finding] = mine;
    expect(finding?.start).toBe(start);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
    if (example.suggestion !== undefined) expect(finding?.suggestions[0]).toBe(example.suggestion);
    expect(finding?.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of finding?.suggestions ?? []) {
      expect(suggestion, `suggestion "${suggestion}" keeps a blaming word`).not.toMatch(LEFTOVER_BLAME);
      const sentence = splitSentences(text).find((s) => s.start <= start && start < s.end) ?? { start, end };
      const range = replacedRange(text, start, end, sentence, suggestion);
      const applied = text.slice(0, range.start) + suggestion + text.slice(range.end);
      if (isWholeSentence(suggestion)) {
        expect(text.slice(range.end), `applying "${suggestion}" leaves a fragment`).toMatch(
          /^(\s*$|\s+["“(]?[\p{Lu}\p{N}])/u,
        );
        expect(
          text.slice(sentence.start, range.start),
          `applying "${suggestion}" leaves a fragment before it`,
        ).not.toMatch(/\b(?:is|are|was|a|an|the|such|to|of|that's|it's|you're|i'm)\s*$/iu);
      }
      const after = analyzer
        .analyze(applied)
        .filter((f) => f.start < range.start + suggestion.length && f.end > range.start)
        .map((f) => `${f.ruleId}: ${f.match}`);
      expect(after, `suggestion "${suggestion}" is flagged again`).toEqual([]);
    }
  });

  it.each(rule.examples.pass)('passes %s', (text) => {
    expect(analyzer.analyze(text, alone)).toEqual([]);
  });
});
