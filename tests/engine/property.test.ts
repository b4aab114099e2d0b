import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';
import { projectRules } from '../rules/rule-set';

const { analyzer } = projectRules();

// Pieces that make rules fire, mixed with hostile text: the engine must cope with any combination.
const FRAGMENTS = [
  "It's your fault.",
  'You never listen to me.',
  'You always do this!',
  'calm down',
  "I'm sorry if you were offended.",
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C',
  'שלום עולם',
  'مرحبا',
  '👩‍👩‍👧‍👦🔥',
  '\u200B\u200D\uFEFF',
  '\u0000\u0007\u001B[31m',
  '> quoted line',
  '"you never listen"',
  '\n\n',
  '...',
  '\uD800',
];

const draft = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(' '));

describe('the engine on any input', () => {
  it('never throws and returns findings whose offsets index the input', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = analyzer.analyze(text);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.match);
          expect(f.suggestions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same things in a sentence wherever it stands in a draft', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom(...FRAGMENTS.slice(0, 5)),
        (prefix, sentence) => {
          const lead = `${prefix.replace(/[>"“”‘’\n]/g, ' ')}.\n`;
          const alone = analyzer.analyze(sentence).map((f) => [f.ruleId, f.match]);
          const inDraft = analyzer
            .analyze(lead + sentence)
            .filter((f) => f.start >= lead.length)
            .map((f) => [f.ruleId, f.match]);
          expect(inDraft).toEqual(alone);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits any text into sentences that are slices of it, in order, without overlap', () => {
    fc.assert(
      fc.property(draft, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).not.toBe('');
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles non-string input and a megabyte of text without throwing', () => {
    expect(analyzer.analyze(undefined as unknown as string)).toEqual([]);
    const huge = "Thanks for the update. It's your fault. 😀 ".repeat(25_000);
    const findings = analyzer.analyze(huge);
    expect(findings.length).toBe(25_000);
    expect(huge.slice(findings[1]?.start, findings[1]?.end)).toBe("It's your fault.");
    const noBreaks = 'word '.repeat(200_000);
    expect(analyzer.analyze(noBreaks)).toEqual([]);
  });
});
