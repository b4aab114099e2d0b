import { describe, expect, it } from 'vitest';
import { compileRules, RuleError, validateRules, type RuleSource } from '../../src/engine/compile-rules';
import { createAnalyzer } from '../../src/engine/analyzer';
import { CATEGORIES } from '../../src/engine/types';
import { projectRules } from './rule-set';

const valid = {
  category: 'blame',
  message: 'Blames them',
  explanation: 'Blame makes people defend themselves.',
  source: 'Gordon',
  match: ['it is your fault'],
  suggestions: ['I feel upset.'],
  examples: { flag: ['[It is your fault.]'], pass: ['It is not your fault.'] },
};

const file = 'rules/blame/sample-rule.yaml';
const errorOf = (sources: RuleSource[]): string =>
  validateRules(sources)
    .map((e) => e.message)
    .join('\n');

describe('rule validation', () => {
  it('accepts a well-formed rule and derives its trigger words', () => {
    const [rule] = compileRules([{ file, data: valid }]).rules;
    expect(rule?.id).toBe('sample-rule');
    expect(rule?.triggers).toEqual(['fault']);
  });

  it('joins named fragment lists in patterns and exceptions: every combination, in order', () => {
    const [rule] = compileRules([
      {
        file,
        data: {
          ...valid,
          define: { frame: ['it is', 'that was'], blame: ['your fault', 'down to you'] },
          match: ['{frame} {blame}', 'all {blame}'],
          exceptions: ['not {blame}'],
        },
      },
    ]).rules;
    expect(rule?.patterns).toEqual([
      'it is your fault',
      'it is down to you',
      'that was your fault',
      'that was down to you',
      'all your fault',
      'all down to you',
    ]);
    expect(rule?.exceptions).toEqual(['not your fault', 'not down to you']);
  });

  it.each([
    ['an unknown field', { ...valid, colour: 'red' }, 'unknown field "colour"'],
    ['a category that is not its folder', { ...valid, category: 'contempt' }, 'does not match its folder'],
    ['an unknown category', { ...valid, category: 'rudeness' }, '"category" must be one of'],
    ['a missing message', { ...valid, message: undefined }, '"message" is required'],
    ['no pattern', { ...valid, match: undefined }, 'needs "match" patterns or "phrases"'],
    ['a pattern with only tags', { ...valid, match: ['#Noun #Verb'] }, 'required literal word'],
    ['an unknown tag', { ...valid, match: ['you are #Rudeness'] }, 'unknown tag #Rudeness'],
    ['too many wildcards', { ...valid, match: ['you .+ never .+ always .*'] }, 'open-ended wildcards'],
    ['unbalanced brackets', { ...valid, match: ['you (never|always'] }, 'unbalanced brackets'],
    ['an unknown guard', { ...valid, allow: ['sarcasm'] }, '"allow" must be one of'],
    ['a comma in a pattern', { ...valid, match: ['thanks to you,? we'] }, 'has a comma'],
    ['a choice glued to a word', { ...valid, match: ['you want(ed)? to win'] }, 'glues a choice to a word'],
    [
      'a choice of phrases right after a wildcard',
      { ...valid, match: ['you said .+ (i will|i am) late'] },
      'must be a required word or a choice of single words',
    ],
    [
      'a choice of phrases after an optional word',
      { ...valid, match: ['drinks .? (is|will be) on you'] },
      'must be a required word or a choice of single words',
    ],
    [
      'an optional step right after a wildcard',
      { ...valid, match: ['you said .+ (very|really)? late'] },
      'must be a required word or a choice of single words',
    ],
    [
      'a choice inside a choice',
      { ...valid, match: ['you (never|always (forget|ignore)) me'] },
      'a choice inside a choice',
    ],
    ['a pattern indexed only by a very common word', { ...valid, match: ['you are so'] }, 'very common word'],
    ['a slot nobody captures', { ...valid, suggestions: ['I feel {thing}.'] }, 'no pattern captures'],
    [
      'an unmarked flag example',
      { ...valid, examples: { flag: ['It is your fault.'], pass: ['x'] } },
      'one [ and one ]',
    ],
    [
      'no pass example',
      { ...valid, examples: { flag: ['[It is your fault.]'], pass: [] } },
      'needs at least one example',
    ],
    ['a name "define" does not hold', { ...valid, match: ['{when} your fault'] }, 'which "define" does not name'],
    [
      'a definition no pattern uses',
      { ...valid, define: { when: ['it is'] }, match: ['it is your fault'] },
      '"define.when" is not used',
    ],
    [
      'a definition inside a definition',
      { ...valid, define: { when: ['{who} is'], who: ['it'] }, match: ['{when} your fault'] },
      'cannot use another',
    ],
    ['a definition that is not a list', { ...valid, define: { when: 'it is' } }, '"define.when" must be a list'],
    ['a bad rule id', valid, 'lower-case words', 'rules/blame/Bad_Id.yaml'],
    ['a file outside a category folder', valid, 'rules/<category>/<rule-id>.yaml', 'rules/sample.yaml'],
  ])('rejects %s, naming the file', (_what, data, message, path = file) => {
    const text = errorOf([{ file: path, data }]);
    expect(text).toContain(path);
    expect(text).toContain(message);
  });

  it('rejects duplicate ids and duplicate phrases across files', () => {
    const dupId = errorOf([
      { file, data: valid },
      { file: 'rules/criticism/sample-rule.yaml', data: { ...valid, category: 'criticism', match: ['you are lazy'] } },
    ]);
    expect(dupId).toContain('duplicate rule id');
    const dupPhrase = errorOf([
      { file, data: valid },
      { file: 'rules/blame/other-rule.yaml', data: { ...valid, match: undefined, phrases: ['It is  your fault'] } },
    ]);
    expect(dupPhrase).toContain('rules/blame/other-rule.yaml');
    expect(dupPhrase).toContain('duplicate pattern or phrase');
  });

  it('accepts common words only when four or more of them must occur in order', () => {
    expect(errorOf([{ file, data: { ...valid, match: ['if you had [<act>.+] we would'] } }])).toBe('');
  });

  it('records, per pattern, the words it needs in order, with anchors', () => {
    const [rule] = compileRules([{ file, data: { ...valid, match: ['^why are you (so|this) lazy$'] } }]).rules;
    expect(rule?.requires).toEqual([[['^'], ['why'], ['are'], ['you'], ['so', 'this'], ['lazy'], ['$']]]);
  });

  it('indexes each pattern by its own rarest word, never by a common word another pattern needed', () => {
    const match = ['if i had [<act>.+] we would', 'i did nothing wrong', 'i (did not|never) do anything (wrong|bad)'];
    const [rule] = compileRules([{ file, data: { ...valid, match } }]).rules;
    expect(rule?.index?.[1]).toEqual(['nothing']);
    expect(rule?.index?.[2]).toEqual(['anything']);
    expect(rule?.triggers).toContain('nothing');
  });

  it('records the words each exception needs, so the analyzer runs only exceptions that can match', () => {
    const [rule] = compileRules([{ file, data: { ...valid, exceptions: ['never mind (that|this)'] } }]).rules;
    expect(rule?.exceptionRequires).toEqual([[['never'], ['mind'], ['that', 'this']]]);
  });

  it('follows a choice whose alternative starts another with a copy that tries the longer one first', () => {
    const match = ['(sure|sure thing) karen', 'why are you (so|this) lazy'];
    const [rule] = compileRules([{ file, data: { ...valid, match } }]).rules;
    // the original stays first: in "(see|see i)? i told you so" the shorter alternative is the one that must win
    expect(rule?.patterns).toEqual([
      '(sure|sure thing) karen',
      '(sure thing|sure) karen',
      'why are you (so|this) lazy',
    ]);
  });

  it('matches "Sure thing, Karen" through the copy that tries the longer alternative first', () => {
    const analyzer = createAnalyzer(
      compileRules([{ file, data: { ...valid, match: ['(ok|sure|sure thing) karen$'] } }]),
    );
    expect(analyzer.analyze('Sure thing, Karen.').map((f) => f.match)).toEqual(['Sure thing, Karen.']);
  });

  it('throws a RuleError from compileRules', () => {
    expect(() => compileRules([{ file, data: { ...valid, severity: 'loud' } }])).toThrow(RuleError);
  });

  it('the project rules compile, with at least two rules in every category', () => {
    const { ruleSet } = projectRules();
    for (const category of CATEGORIES) {
      expect(ruleSet.rules.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
  });
});
