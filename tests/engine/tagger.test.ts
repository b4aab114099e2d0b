import { describe, expect, it } from 'vitest';
import { tag } from '../../src/engine/tagger';

describe("the tagger's reading of 's", () => {
  it('reads "is" where no participle follows, even when a past tense comes later', () => {
    expect(tag("It's not my problem you missed the bus.").has('it is not my problem')).toBe(true);
    expect(tag("That's exactly why you lost it.").has('that is exactly why')).toBe(true);
  });

  it('keeps "has" before a participle', () => {
    expect(tag("It's not been easy for either of us.").has('it has not been')).toBe(true);
    expect(tag("She's already gone home.").has('she has already gone')).toBe(true);
    expect(tag("He's got a point.").has('he has got')).toBe(true);
  });
});
