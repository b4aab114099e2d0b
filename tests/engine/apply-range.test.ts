import { describe, expect, it } from 'vitest';
import { danglingLeadIn, isWholeSentence, replacedRange, wordsFollow } from '../../src/engine/apply-range';
import { splitSentences } from '../../src/engine/sentences';

/** Applies `suggestion` over the marked words of "…[words]…" the way the content script does. */
function apply(marked: string, suggestion: string): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const sentence = splitSentences(text).find((s) => s.start <= start && start < s.end) ?? { start, end };
  const range = replacedRange(text, start, end, sentence, suggestion);
  return text.slice(0, range.start) + suggestion + text.slice(range.end);
}

describe('what applying a suggestion replaces', () => {
  it('a rewrite that carries on after a bare interjection takes the space before its comma', () => {
    expect(apply('Oh [so now you care?]', ", I'm frustrated about what happened.")).toBe(
      "Oh, I'm frustrated about what happened.",
    );
  });

  it('a rewrite that starts its own sentence takes the "and" or "but" before it', () => {
    expect(
      apply(
        "Front of house mess up every Friday and [I'm the one who gets shouted at.]",
        ". I hear that you're upset.",
      ),
    ).toBe("Front of house mess up every Friday. I hear that you're upset.");
    expect(apply('I hear you about the noise, but [that is not on me.]', '. I can see this matters.')).toBe(
      'I hear you about the noise. I can see this matters.',
    );
  });

  // a stance after an aside, a hedge ("maybe"), "I must say", "it's clear", "I honestly", "and then", and shorthand for "I'm"
  it.each([
    [
      "Honestly though, I think [you're overreacting.]",
      'I can see this really upset you.',
      'I can see this really upset you.',
    ],
    [
      "Well, maybe [if you hadn't been so late, we wouldn't have missed it.]",
      "I'm frustrated about how this turned out.",
      "I'm frustrated about how this turned out.",
    ],
    [
      'Typed you a long reply and then [you left me on read.]',
      "I'm really frustrated right now.",
      "I'm really frustrated right now.",
    ],
    [
      'Dear Ms Patel, I must say [your handling has been poor.]',
      'I felt hurt by what happened.',
      'I felt hurt by what happened.',
    ],
    [
      "Following up again. At this point it's clear [you're ignoring me.]",
      'I told myself a story.',
      'Following up again. I told myself a story.',
    ],
    ["So I honestly [don't know where this is coming from.]", 'I can see this upset you.', 'I can see this upset you.'],
    ['im [failing chem because you made me quit.]', "I'm upset about how this went.", "I'm upset about how this went."],
    [
      'Congratulations, [you managed to screw it up again.]',
      "I don't like it when this keeps happening.",
      "I don't like it when this keeps happening.",
    ],
    ['Oh please, [spare me.]', "I'm really frustrated right now.", "I'm really frustrated right now."],
    [
      "Love the photos. Pity [you couldn't be bothered to come yourself.]",
      "I'm frustrated about this.",
      "Love the photos. I'm frustrated about this.",
    ],
    [
      'Happy birthday! Hope this year you finally [grow up a bit.]',
      "I'm really frustrated right now.",
      "Happy birthday! I'm really frustrated right now.",
    ],
    [
      'Great, another [meeting that could have been an email.]',
      'Could we handle this by email?',
      'Could we handle this by email?',
    ],
    ['This whole [mess is on you.]', "I'm upset about how this turned out.", "I'm upset about how this turned out."],
    [
      "Even your sister thinks [you're being unreasonable.]",
      "I'd like us to work this out calmly.",
      "I'd like us to work this out calmly.",
    ],
    [
      'The date [is not up for debate.]',
      "I feel strongly about this, and here's why.",
      "I feel strongly about this, and here's why.",
    ],
    [
      'Whoever is in charge there [clearly has no idea what they are doing.]',
      "I'm frustrated about what happened.",
      "I'm frustrated about what happened.",
    ],
  ])('the lead-in of %s dangles, so the rewrite takes the sentence from its start', (marked, suggestion, result) => {
    expect(apply(marked, suggestion)).toBe(result);
  });

  it('a whole-sentence rewrite takes the rest of its sentence, so no fragment is left', () => {
    expect(apply('[You do realize] the deadline was yesterday?', "I see this differently. Here's why.")).toBe(
      "I see this differently. Here's why.",
    );
    expect(apply('[Calm down], it was one comment. See you at six.', 'I can see this upset you.')).toBe(
      'I can see this upset you. See you at six.',
    );
  });

  it('stops at the end of the line', () => {
    expect(apply('[Relax], it is fine\nSee you at six', 'I can see this matters to you.')).toBe(
      'I can see this matters to you.\nSee you at six',
    );
  });

  it('a rewrite at the end of its sentence replaces the flagged words only', () => {
    expect(apply('Thanks for the notes. [You never listen to me.] Bye!', "I don't feel heard.")).toBe(
      "Thanks for the notes. I don't feel heard. Bye!",
    );
  });

  it('a word swap replaces the flagged words only, whatever follows', () => {
    expect(apply('I [always] forget the bins on Tuesday.', 'often')).toBe('I often forget the bins on Tuesday.');
  });

  it('a rewrite that starts its own sentence after other words takes the space before it', () => {
    expect(apply('The kids are upset [because of you], and you know it.', ". I'm upset about how this went.")).toBe(
      "The kids are upset. I'm upset about how this went.",
    );
  });

  it('a whole-sentence rewrite after words that cannot stand alone replaces the sentence from its start', () => {
    expect(apply("Hi. That's [such a stupid thing to say.] Bye.", 'I see this differently.')).toBe(
      'Hi. I see this differently. Bye.',
    );
    expect(apply('I think that [you are wrong] about the lease.', "I see it differently. Here's why.")).toBe(
      "I see it differently. Here's why.",
    );
    // a lead-in that is a clause of its own stays, and so does a word swap
    expect(apply('Clean this up [or else.]', ". I'd really like this cleaned up.")).toBe(
      "Clean this up. I'd really like this cleaned up.",
    );
    expect(apply("You're [always] late.", 'often')).toBe("You're often late.");
  });

  it('a rewrite of "… one more time and …" replaces the act before it too, which is what they must not repeat', () => {
    expect(apply("Ignore me [one more time and I'll escalate this.] Thanks.", 'This really matters to me.')).toBe(
      'This really matters to me. Thanks.',
    );
    expect(apply("Do that on my section [again and you're off the line.]", 'I need this to change.')).toBe(
      'I need this to change.',
    );
  });

  it('a rewrite that restates the demand before "or else" replaces the whole sentence', () => {
    expect(
      apply('Pay me back by Friday [or else.] Thanks.', "I'd like you to pay me back by Friday. I really need this."),
    ).toBe("I'd like you to pay me back by Friday. I really need this. Thanks.");
    expect(apply("Don't be late [or I'm leaving.]", "I'd like you not to be late. Can we talk?")).toBe(
      "I'd like you not to be late. Can we talk?",
    );
  });

  it('tells a lead-in that dangles from one that stands', () => {
    for (const lead of [
      "That's",
      'It was such',
      'I think that',
      'This is the',
      'Honestly you are',
      'Talking to',
      'Every time I start feeling good',
      'The trouble with you is you think',
      'And of course my brother assumes that',
      'Please',
      'Could you please',
      'Or',
      'You keep',
      'All',
      'Most',
      'Typical',
      "it's fine,",
      'Fine,',
      'Whatever.',
      'The date',
      'This paper',
      'Your little brother',
      'These girls',
      'Honestly, the rota',
      'Punctuality',
      'Maths',
    ]) {
      expect(danglingLeadIn(lead), lead).toBe(true);
    }
    for (const lead of [
      'Honestly,',
      'Clean this up',
      'And',
      'So',
      '',
      ' 🙄 ',
      'We need to talk',
      'When you left, the door was open',
      "It's fine by me if we eat late",
      'The kids cried',
      'My boss says',
      'The baby is asleep',
      'Going forward',
      'Somehow',
    ]) {
      expect(danglingLeadIn(lead), lead).toBe(false);
    }
  });

  it('a whole-sentence rewrite after a bare "please" takes the "please" with it', () => {
    expect(apply('Please [go read a book.]', "I see this differently. Here's what I'm basing my view on.")).toBe(
      "I see this differently. Here's what I'm basing my view on.",
    );
  });

  it('a whole-sentence rewrite after a bare quantifier takes it along', () => {
    expect(apply('All [these politicians are crooks.]', 'Some of the people involved have really frustrated me.')).toBe(
      'Some of the people involved have really frustrated me.',
    );
  });

  it('keeps trailing spaces and emoji that are not words', () => {
    expect(apply('[Whatever.] 🙄  ', 'I need a break. Can we talk tonight?')).toBe(
      'I need a break. Can we talk tonight? 🙄  ',
    );
  });

  it('knows a sentence from a phrase, and words from punctuation', () => {
    expect(isWholeSentence('Can we talk?')).toBe(true);
    expect(isWholeSentence('I see it differently.”')).toBe(true);
    expect(isWholeSentence('often')).toBe(false);
    expect(wordsFollow(' 🙄 !')).toBe(false);
    expect(wordsFollow(', and you know it')).toBe(true);
  });
});
