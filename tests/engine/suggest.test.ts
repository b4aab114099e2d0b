import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/engine/suggest';

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

  it('offers a clause slot only when the words have a verb', () => {
    expect(renderTemplate("I'm frustrated that {rest:lower:clause}.", { rest: 'You invited your mother again' })).toBe(
      "I'm frustrated that you invited your mother again.",
    );
    expect(renderTemplate("I'm frustrated that {rest:lower:clause}.", { rest: 'another meeting' })).toBeNull();
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
