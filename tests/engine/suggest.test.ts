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
});
