import { describe, expect, it } from 'vitest';
import { quotedRanges } from '../../src/engine/guards/quoted';
import { splitSentences } from '../../src/engine/sentences';
import { projectRules } from '../rules/rule-set';

const { analyzer } = projectRules();
const quotedAt = (text: string, phrase: string): boolean => {
  const start = text.indexOf(phrase);
  return quotedRanges(text).some((r) => start < r.end && start + phrase.length > r.start);
};

describe('quoted text', () => {
  it('covers quotation marks, > lines, reply headers and signatures', () => {
    expect(quotedAt('He said "calm down" twice.', 'calm down')).toBe(true);
    expect(quotedAt('She wrote “you never listen” on the card.', 'you never listen')).toBe(true);
    expect(quotedAt('Fine by me.\n> You never listen to me.\nSee you.', 'You never listen')).toBe(true);
    const reply = 'Sounds good!\n\nOn Tue, 4 Mar 2025 at 10:02, Alex wrote:\n> Whatever.';
    expect(quotedAt(reply, 'Whatever')).toBe(true);
    expect(quotedAt(reply, 'Sounds good')).toBe(false);
    expect(quotedAt('Thanks.\n-- \nJo\nIt is not my fault ;)', 'not my fault')).toBe(true);
    expect(quotedAt('---------- Forwarded message ---------\nYou always do this.', 'You always')).toBe(true);
  });

  it('covers straight single quotes, but not apostrophes', () => {
    const texted = "The landlord texted 'pay by Friday or you're out', can you believe it?";
    expect(quotedAt(texted, "or you're out")).toBe(true);
    expect(quotedAt(texted, 'can you believe')).toBe(false);
    expect(quotedAt("It's not my fault we're late, you took ages.", 'not my fault')).toBe(false);
    expect(quotedAt("'cause you never listen, that's why.", 'you never listen')).toBe(false);
    expect(quotedAt("The kids' rooms are a mess and you never help.", 'you never help')).toBe(false);
    expect(analyzer.analyze("The landlord texted 'pay by Friday or you're out', can you believe it?")).toEqual([]);
  });

  it('gives no finding inside quoted parts, and still finds the writer’s own words', () => {
    expect(analyzer.analyze('> You never listen to me.\nI hear you, and I am sorry.')).toEqual([]);
    expect(analyzer.analyze('Remember when he said "whatever" and left?')).toEqual([]);
    const mixed = 'You never listen to me.\n\nOn Mon, Jo wrote:\n> You never listen to me.';
    expect(analyzer.analyze(mixed).map((f) => f.start)).toEqual([0]);
  });

  it("keeps a finding in the writer's own words that has a quoted word inside it", () => {
    expect(analyzer.analyze("I know exactly why you 'forgot' to invite me.")).not.toEqual([]);
    expect(analyzer.analyze('You always say "I\'m fine" and then sulk for a week.')).not.toEqual([]);
    expect(analyzer.analyze('She told me "calm down, you\'re overreacting" and I lost it.')).toEqual([]);
  });

  it('keeps an emoji after the full stop with its sentence, so affection guards see it', () => {
    const text = "You're the worst! 😂 See you later.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["You're the worst! 😂", 'See you later.']);
  });
});
