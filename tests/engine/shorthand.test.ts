import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/prefilter/shorthand';
import { wordsOf } from '../../src/prefilter/words';
import { projectAnalyzer } from '../../src/node/project-analyzer';

const analyzer = projectAnalyzer();

describe('texting shorthand', () => {
  it('spells out what texting abbreviates', () => {
    expect(expandShorthand('u never listen').text).toBe('you never listen');
    expect(expandShorthand('im done, dont text me').text).toBe("I'm done, don't text me");
    expect(expandShorthand('thats not my fault cuz ppl lied').text).toBe("that's not my fault because people lied");
  });

  it('reads "ur" as "you\'re" before a description and as "your" before a noun', () => {
    expect(expandShorthand('ur so lazy').text).toBe("you're so lazy");
    expect(expandShorthand('ur lying').text).toBe("you're lying");
    expect(expandShorthand('on ur phone').text).toBe('on your phone');
  });

  it('reads "its" as "it\'s" only where the possessive cannot be meant', () => {
    expect(expandShorthand('its ur fault').text).toBe("it's your fault");
    expect(expandShorthand('The dog wagged its tail.').text).toBe('The dog wagged its tail.');
  });

  it('leaves acronyms, abbreviations and names alone', () => {
    for (const text of [
      'We move to BC in June.',
      'The U.S. team won.',
      'R&B night at the club',
      'Call the ICU.',
      'Ur-text',
    ])
      expect(expandShorthand(text).text).toBe(text);
  });

  it('maps a span of the expanded text back to what was typed', () => {
    const e = expandShorthand('ok ur always on ur phone');
    const start = e.text.indexOf("you're");
    const { start: s, end } = e.toOriginal(start, e.text.length);
    expect('ok ur always on ur phone'.slice(s, end)).toBe('ur always on ur phone');
    // a span that starts or ends inside a spelled-out word covers the whole typed word
    expect(e.toOriginal(start + 2, start + 4)).toEqual({ start: 3, end: 5 });
  });

  it('lets the prefilter see the spelled-out words', () => {
    expect(wordsOf('u never call')).toContain('you');
    expect(wordsOf('ur late')).toContain('are');
  });

  it('finds what the same words would give in full, underlining what was typed', () => {
    const text = 'seriously ur always on ur phone';
    const [finding] = analyzer.analyze(text);
    expect(finding?.ruleId).toBe('you-always');
    expect(finding?.match).toBe('ur always on ur phone');
    expect(finding?.suggestions[0]).toContain("you're on your phone");
    expect(analyzer.analyze('its ur fault')[0]?.ruleId).toBe('your-fault');
    expect(analyzer.analyze('u never listen to me')[0]?.match).toBe('u never listen to me');
  });
});
