import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/engine';
import { customPhraseRule, ruleSetFor, SHIPPED_RULES } from '../../src/background/rule-set';
import {
  checkCustomPhrase,
  MAX_CUSTOM_PHRASES,
  MAX_PHRASE_CHARS,
  MAX_REPLACEMENT_CHARS,
  newPhraseId,
} from '../../src/settings/custom-phrases';
import { DEFAULT_SETTINGS, type CustomPhrase } from '../../src/settings/settings';
import { projectRules } from '../rules/rule-set';

const phrase = (p: Partial<CustomPhrase> & Pick<CustomPhrase, 'phrase'>): CustomPhrase => ({
  id: 'p1',
  replacement: 'love',
  category: 'contempt',
  createdAt: 0,
  ...p,
});

describe('checking a custom phrase', () => {
  const existing = [phrase({ id: 'a', phrase: 'Drama queen' })];

  it.each([
    ['', 'love', 'contempt', 'phrase', /Enter the word or phrase/],
    ['   ', 'love', 'contempt', 'phrase', /Enter the word or phrase/],
    ['x'.repeat(MAX_PHRASE_CHARS + 1), 'love', 'contempt', 'phrase', /60 characters or fewer \(this one has 61\)/],
    ['one two three four five six seven eight nine', 'love', 'contempt', 'phrase', /8 words or fewer/],
    ['drama  QUEEN!', 'love', 'contempt', 'phrase', /“Drama queen” is already in your list/],
    ['you', 'love', 'contempt', 'phrase', /so common/],
    ['#tag (x)', 'love', 'contempt', 'phrase', /words only/],
    ['piggy', '', 'contempt', 'replacement', /Enter the wording/],
    ['piggy', 'y'.repeat(MAX_REPLACEMENT_CHARS + 1), 'contempt', 'replacement', /200 characters or fewer/],
    ['piggy', 'hi {name}', 'contempt', 'replacement', /Curly brackets/],
    ['piggy', 'Piggy.', 'contempt', 'replacement', /same as the phrase/],
    ['piggy', 'love', 'rudeness', 'category', /Choose a category/],
  ])('refuses %j → %j (%s) with a clear message on %s', (p, replacement, category, field, message) => {
    const result = checkCustomPhrase({ phrase: p, replacement, category }, existing);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toMatch(message);
    }
  });

  it('accepts a good entry, tidying its spaces', () => {
    expect(
      checkCustomPhrase({ phrase: '  piggy ', replacement: ' my  love ', category: 'contempt' }, existing),
    ).toEqual({
      ok: true,
      value: { phrase: 'piggy', replacement: 'my love', category: 'contempt' },
    });
  });

  it('lets an entry be saved again unchanged while editing it', () => {
    const result = checkCustomPhrase(
      { phrase: 'drama queen', replacement: 'dear', category: 'contempt' },
      existing,
      'a',
    );
    expect(result.ok).toBe(true);
  });

  it('stops at the most phrases it keeps', () => {
    const full = Array.from({ length: MAX_CUSTOM_PHRASES }, (_, i) => phrase({ id: `p${i}`, phrase: `word${i}` }));
    const result = checkCustomPhrase({ phrase: 'piggy', replacement: 'love', category: 'contempt' }, full);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Remove one/) as unknown });
  });

  it('makes ids that are unique in the list', () => {
    const id = newPhraseId([phrase({ id: (1000).toString(36), phrase: 'x' })], 1000);
    expect(id).toBe((1001).toString(36));
  });
});

describe('custom phrases as rules', () => {
  const rule = customPhraseRule(phrase({ id: 'nick', phrase: 'Drama-queen', replacement: 'love' }));

  it('compiles to a rule with a phrase pattern, a trigger the prefilter can see and the writer’s wording', () => {
    expect(rule).toMatchObject({
      id: 'custom-nick',
      category: 'contempt',
      patterns: ['drama-queen'],
      triggers: ['drama'],
      message: 'You asked to avoid “Drama-queen”',
      suggestions: ['love'],
    });
  });

  it('is merged after the shipped rules, and the shipped set is used as is without custom phrases', () => {
    expect(ruleSetFor(DEFAULT_SETTINGS)).toBe(SHIPPED_RULES);
    const merged = ruleSetFor({ ...DEFAULT_SETTINGS, customPhrases: [phrase({ phrase: 'piggy' })] });
    expect(merged.rules.length).toBe(SHIPPED_RULES.rules.length + 1);
    expect(merged.rules.at(-1)?.id).toBe('custom-p1');
  });

  it('skips a stored phrase that cannot be matched instead of breaking the rule set', () => {
    expect(customPhraseRule(phrase({ phrase: '(((' }))).toBeNull();
  });

  it('is flagged by the analyzer alongside the project’s rules, and mutes like any rule', () => {
    const { ruleSet } = projectRules();
    const custom = [
      phrase({ id: 'nick', phrase: 'drama queen', replacement: 'love' }),
      phrase({ id: 'calm', phrase: 'don’t be silly', replacement: 'I see it differently', category: 'dismissal' }),
    ];
    const analyzer = createAnalyzer({
      version: ruleSet.version,
      rules: [...ruleSet.rules, ...custom.map((c) => customPhraseRule(c)).filter((r) => r !== null)],
    });
    const text = 'Oh Don’t be silly, you DRAMA QUEEN.';
    const findings = analyzer.analyze(text).filter((f) => f.ruleId.startsWith('custom-'));
    expect(findings.map((f) => [f.ruleId, text.slice(f.start, f.end).replace(/[.]$/, '')])).toEqual([
      ['custom-calm', 'Don’t be silly'],
      ['custom-nick', 'DRAMA QUEEN'],
    ]);
    // at the start of a sentence the wording replaces the phrase as the writer typed it
    expect(analyzer.analyze('Drama queen.').find((f) => f.ruleId === 'custom-nick')?.suggestions).toEqual(['Love']);
    // mid-sentence the preferred wording simply stands in for the words, punctuation untouched
    const mid = 'Fine, you drama queen, see you at six.';
    const swap = analyzer.analyze(mid).find((f) => f.ruleId === 'custom-nick');
    expect(swap?.suggestions).toEqual(['love']);
    expect(swap && mid.slice(0, swap.start) + (swap.suggestions[0] ?? '') + mid.slice(swap.end)).toBe(
      'Fine, you love, see you at six.',
    );
    expect(analyzer.triggerWords).toEqual(expect.arrayContaining(['drama', 'silly']));
    // quoted text is not the writer's own wording
    expect(analyzer.analyze('She called me "drama queen" once.').filter((f) => f.ruleId === 'custom-nick')).toEqual([]);
    expect(analyzer.analyze('You drama queen.', { mutedRules: ['custom-nick'] })).toEqual([]);
    expect(analyzer.analyze('You drama queen.', { disabledCategories: ['contempt'] })).toEqual([]);
  });
});
