import { describe, expect, it } from 'vitest';
import { needBehind } from '../../src/engine/needs';
import { renderTemplate } from '../../src/engine/suggest';

describe('the need behind a label', () => {
  it.each([
    ['lazy', "I'm worn out, and I need more help with things around here."],
    ['so selfish', 'I need to feel that what I need matters to you too.'],
    ['a control freak', 'I need room to make my own choices.'],
    ['the most inconsiderate', 'I need to feel that what I need matters to you too.'],
    ['least reliable', 'I need to be able to count on you.'],
    ['obsessed with your phone', "I'd like more of your attention when we're together."],
    ['Stingiest', "Money has been on my mind, and I'd like us to agree on what feels fair to both of us."],
  ])('%s', (label, need) => {
    expect(needBehind(label)).toBe(need);
  });

  it('has nothing to say for a word it does not know, so the rule offers its next rewrite', () => {
    expect(needBehind('weird')).toBeNull();
    expect(renderTemplate('{label:need} Can we talk?', { label: 'weird' })).toBeNull();
    expect(renderTemplate('{label:need} Can we talk?', { label: 'so lazy' })).toBe(
      "I'm worn out, and I need more help with things around here. Can we talk?",
    );
  });
});
