import { describe, expect, it } from 'vitest';
import { suggestionLabel } from '../../src/hints/suggestion-label';

describe('suggestion label', () => {
  it('shows a rewrite that starts its own sentence without the joining full stop', () => {
    expect(suggestionLabel('. I need a break from this conversation.')).toBe('I need a break from this conversation.');
  });

  it('shows a rewrite that carries on after an interjection without the joining comma, capitalised', () => {
    expect(suggestionLabel(", i'm frustrated about what happened.")).toBe("I'm frustrated about what happened.");
  });

  it('leaves other suggestions as they are', () => {
    expect(suggestionLabel('your work trip')).toBe('your work trip');
    expect(suggestionLabel("I'm sorry. Can we talk?")).toBe("I'm sorry. Can we talk?");
    expect(suggestionLabel('...')).toBe('...');
  });
});
