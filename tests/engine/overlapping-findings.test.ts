import { describe, expect, it } from 'vitest';
import { projectRules } from '../rules/rule-set';

const { analyzer } = projectRules();

describe('findings on the same words', () => {
  const text = "Either you start helping or I'm done.";

  it('underlines the words once, with the widest finding', () => {
    const findings = analyzer.analyze(text);
    expect(findings.map((f) => f.match)).toEqual([text]);
  });

  it('shows the one inside when the writer muted the wider rule', () => {
    const [outer] = analyzer.analyze(text);
    const next = analyzer.analyze(text, { mutedRules: [outer?.ruleId ?? ''] });
    expect(next).toHaveLength(1);
    expect(next[0]?.ruleId).not.toBe(outer?.ruleId);
  });

  it('keeps findings that only touch or partly overlap', () => {
    const two = 'You never listen. Whatever.';
    expect(analyzer.analyze(two).map((f) => f.match)).toEqual(['You never listen.', 'Whatever.']);
  });

  it('answers a sentence the same way for the content script', () => {
    expect(analyzer.analyzeSentence(text).map((f) => f.match)).toEqual([text]);
  });
});
