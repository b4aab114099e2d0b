import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';
import { projectRules } from '../rules/rule-set';

const { analyzer } = projectRules();
const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('sentence splitting', () => {
  it('splits on terminal punctuation and line breaks, keeping offsets', () => {
    const text = 'Thanks for the notes. You never listen!\nSee you at 6?  Great.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Thanks for the notes.',
      'You never listen!',
      'See you at 6?',
      'Great.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps an emoji after the full stop with its sentence', () => {
    expect(texts("You're the worst! 😂 See you")).toEqual(["You're the worst! 😂", 'See you']);
  });

  it('keeps a curious tag with the question before it', () => {
    expect(texts('How come you never get seasick? Any tips before the ferry? Ferry is at 9.')).toEqual([
      'How come you never get seasick? Any tips before the ferry?',
      'Ferry is at 9.',
    ]);
    expect(texts('Why do you always put the milk in first? Genuinely curious.')).toHaveLength(1);
    expect(texts('how do u always wake up so early?? teach me')).toHaveLength(1);
  });

  it('does not join a tag after a statement, across a line break, or a long sentence after a question', () => {
    expect(texts('You never call. Just curious.')).toHaveLength(2);
    expect(texts('Why do you always do that?\nJust curious.')).toHaveLength(2);
    expect(
      texts(
        'Why do you always do that? Curious to hear what everyone else on the committee thinks about the new rota before Friday.',
      ),
    ).toHaveLength(2);
  });
});

describe('a question asked out of curiosity', () => {
  it('is not flagged when a curious tag follows it', () => {
    expect(analyzer.analyze('How come you never get seasick? Any tips before the ferry?')).toEqual([]);
    expect(analyzer.analyze('Why do you always order the same thing here? Is it really that good?')).toEqual([]);
  });

  it('is still flagged when the tag is a taunt or the question an insult', () => {
    expect(analyzer.analyze('Why do you never help? Is it that hard?').map((f) => f.ruleId)).toContain(
      'why-are-you-so',
    );
    expect(analyzer.analyze('Why are you so lazy? Just curious.').map((f) => f.ruleId)).toContain('why-are-you-so');
  });
});
