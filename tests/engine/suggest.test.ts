import { describe, expect, it } from 'vitest';
import { askFor, renderTemplate } from '../../src/engine/suggest';

describe('renderTemplate', () => {
  it('fills slots and applies transforms in order', () => {
    expect(renderTemplate("I don't like it when {act:passive}.", { act: 'leave the car on empty' })).toBe(
      "I don't like it when the car is left on empty.",
    );
    expect(renderTemplate("I'll watch {what:swap}.", { what: 'your tone' })).toBe("I'll watch my tone.");
  });

  it('skips a template whose slot was not captured', () => {
    expect(renderTemplate('I feel {feeling}.', {})).toBeNull();
  });

  it('offers a short slot only for a phrase of six words at most', () => {
    expect(renderTemplate('I see {topic:short} differently.', { topic: 'the budget' })).toBe(
      'I see the budget differently.',
    );
    expect(
      renderTemplate('I see {topic:short} differently.', { topic: 'tax policy and justice there will be reversal' }),
    ).toBeNull();
  });

  it('offers a clause slot only when the words have a verb', () => {
    expect(renderTemplate("I'm frustrated that {rest:lower:clause}.", { rest: 'You invited your mother again' })).toBe(
      "I'm frustrated that you invited your mother again.",
    );
    expect(renderTemplate("I'm frustrated that {rest:lower:clause}.", { rest: 'another meeting' })).toBeNull();
  });

  it('offers a statement slot as a clause, or a noun phrase as "it\'s …"', () => {
    const t = "I'm frustrated that {rest:lower:statement}.";
    expect(renderTemplate(t, { rest: 'The dishes are still in the sink' })).toBe(
      "I'm frustrated that the dishes are still in the sink.",
    );
    expect(renderTemplate(t, { rest: 'another weekend where you work the whole time' })).toBe(
      "I'm frustrated that it's another weekend where you work the whole time.",
    );
    expect(renderTemplate(t, { rest: 'another meeting' })).toBe("I'm frustrated that it's another meeting.");
    expect(renderTemplate(t, { rest: 'just what I needed' })).toBeNull();
  });

  it('turns words that only fit a negative into their positive for an ask', () => {
    const ask = "I'd really like it if you {act:affirm:past:action}.";
    expect(renderTemplate(ask, { act: 'help with anything around the house' })).toBe(
      "I'd really like it if you helped with things around the house.",
    );
    expect(renderTemplate(ask, { act: 'say anything nice to me' })).toBe(
      "I'd really like it if you said something nice to me.",
    );
    expect(renderTemplate(ask, { act: 'do any housework' })).toBe("I'd really like it if you did some housework.");
    expect(renderTemplate(ask, { act: 'call me anymore' })).toBe("I'd really like it if you called me more often.");
    expect(renderTemplate(ask, { act: 'help at all' })).toBe("I'd really like it if you helped.");
  });

  it('drops a tag question from what it captured', () => {
    expect(renderTemplate("I don't like it when you {act}.", { act: "have to have the last word, don't you?" })).toBe(
      "I don't like it when you have to have the last word.",
    );
    expect(renderTemplate("I don't like it when you {act}.", { act: 'leave it to me, right?' })).toBe(
      "I don't like it when you leave it to me.",
    );
  });

  it('clips an aside or consequence off the act', () => {
    const t = "I'd really like it if you {act:clip:past}.";
    expect(renderTemplate(t, { act: 'send their bags back, which means I buy duplicates' })).toBe(
      "I'd really like it if you sent their bags back.",
    );
    expect(renderTemplate(t, { act: 'criticise my parenting in front of the kids and it has to stop' })).toBe(
      "I'd really like it if you criticised my parenting in front of the kids.",
    );
    expect(renderTemplate(t, { act: 'load the dishwasher and put the plates away' })).toBe(
      "I'd really like it if you loaded the dishwasher and put the plates away.",
    );
  });

  it('takes what happened from before its cause, and only a clause about what happened', () => {
    const t = "I'm upset that {flagged:outcome:uncap}.";
    expect(renderTemplate(t, { flagged: 'My screen cracked because you flung my phone' })).toBe(
      "I'm upset that my screen cracked.",
    );
    expect(renderTemplate(t, { flagged: 'we lost the final thanks to your red card' })).toBe(
      "I'm upset that we lost the final.",
    );
    expect(renderTemplate(t, { flagged: "you're why I don't bring friends home" })).toBeNull();
    expect(renderTemplate(t, { flagged: 'I only went to that party because you begged' })).toBeNull();
    expect(renderTemplate(t, { flagged: 'because of you' })).toBeNull();
    expect(renderTemplate(t, { flagged: "the reason I'm stressed is because you tell everyone" })).toBeNull();
  });

  it('reads a claimed motive as the story the writer told themselves', () => {
    const t = 'When {flagged:motive}.';
    expect(renderTemplate(t, { flagged: "You're ignoring my texts to punish me." })).toBe(
      'When you ignored my texts, I told myself it was to punish me.',
    );
    expect(renderTemplate(t, { flagged: 'You forwarded it to the whole team to make me look incompetent.' })).toBe(
      'When you forwarded it to the whole team, I told myself it was to make me look incompetent.',
    );
    expect(renderTemplate(t, { flagged: "You're only apologising so I'll drop it." })).toBe(
      "When you apologised, I told myself it was so I'd drop it.",
    );
    expect(renderTemplate(t, { flagged: 'You bought her that phone to make me look mean, and you know it.' })).toBe(
      'When you bought her that phone, I told myself it was to make me look mean.',
    );
    expect(renderTemplate(t, { flagged: 'You wanted me to fail.' })).toBeNull();
    expect(renderTemplate('When {flagged:deed}, I wondered.', { flagged: 'You left the group chat on purpose' })).toBe(
      'When you left the group chat, I wondered.',
    );
  });

  it('asks for the act without the hedge before it or the reproach after it', () => {
    expect(renderTemplate('I told myself you wanted to {goal:plain}.', { goal: 'just win, as usual' })).toBe(
      'I told myself you wanted to win.',
    );
    expect(renderTemplate("I'd like you to {act:plain:infinitive}.", { act: 'helping out again' })).toBe(
      "I'd like you to help out.",
    );
    expect(renderTemplate("I'd like you to {act:plain}.", { act: 'gain weight' })).toBe("I'd like you to gain weight.");
  });

  it('keeps only the first clause where asked', () => {
    expect(
      renderTemplate("I'm sorry {mine:firstclause}.", { mine: 'I snapped at you last night, work was a lot' }),
    ).toBe("I'm sorry I snapped at you last night.");
  });

  it('offers an ask slot only when the words already ask something of the reader', () => {
    expect(renderTemplate('you {act:ask:past}', { act: 'forget the appendix, so can you resend it' })).toBe(
      'you forgot the appendix, so can you resend it',
    );
    expect(renderTemplate('you {act:ask:past}', { act: 'forget the appendix' })).toBeNull();
  });

  it('offers an action slot only for a deed, not a state of mind', () => {
    const ask = "I'd really like it if you {act:past:action}.";
    expect(renderTemplate(ask, { act: 'help with the dishes' })).toBe(
      "I'd really like it if you helped with the dishes.",
    );
    expect(renderTemplate(ask, { act: 'wanted a second child' })).toBeNull();
  });

  it('changes the tense of the first verb and keeps the words after it', () => {
    const past = (x: string): string | null => renderTemplate('{x:past}', { x });
    expect(past('done your homework')).toBe('did your homework');
    expect(past('listen properly')).toBe('listened properly');
    expect(past('taken off the lease')).toBe('took off the lease');
    expect(renderTemplate('{x:infinitive}', { x: 'kept topping up my glass' })).toBe('keep topping up my glass');
    expect(renderTemplate('{x:gerund}', { x: 'step away for a bit' })).toBe('stepping away for a bit');
    expect(past('HELP')).toBe('HELPED');
  });
});

describe('the request inside a demand before a threat', () => {
  it.each([
    ['Pay me back by Friday', "I'd like you to pay me back by Friday."],
    ["Don't be late again", "I'd like you not to be late again."],
    ['Please clean this up', "I'd like you to clean this up."],
    ['Be home by ten', "I'd like you to be home by ten."],
    ["Don't you ever talk to me like that again", "I'd like you not to talk to me like that again."],
    ['You have 24 hours to respond', "I'd like you to respond within 24 hours."],
    ['You have until Friday to move your stuff out', "I'd like you to move your stuff out by Friday."],
  ])('%s', (lead, ask) => {
    expect(askFor(lead)).toBe(ask);
  });

  it.each(['Rent by Friday', 'Look, pay me back', 'You pay me back', 'Mum said', ''])('not "%s"', (lead) => {
    expect(askFor(lead)).toBeNull();
  });

  it('asks them not to repeat the act before "one more time and …"', () => {
    expect(askFor('Leave me out', true)).toBe("I'd like you not to leave me out again.");
    expect(askFor("Don't call me", true)).toBeNull();
    expect(askFor('Talk to me like that again')).toBe("I'd like you not to talk to me like that again.");
    expect(askFor('Lie to me', true)).toBe("I'd like you not to lie to me again.");
  });
});
