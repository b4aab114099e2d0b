import { describe, expect, it } from 'vitest';
import { toPassive } from '../../src/engine/passive';

describe('toPassive', () => {
  it.each([
    ['leave the car on empty', 'the car is left on empty'],
    ['interrupt me', 'I get interrupted'],
    ['forgot my birthday', 'my birthday was forgotten'],
    ['ignored my messages', 'my messages were ignored'],
    ['mess up the parking', 'the parking is messed up'],
    // a gerund is a present tense to compromise too; its infinitive must come from the gerund
    ['expecting me to drop everything', 'I get expected to drop everything'],
    // "miss" ends in s but is no third-person form
    ['miss your photos', 'your photos are missed'],
    ['given the final brief', 'the final brief was given'],
    ['own that file', 'that file is owned'],
    // the writer's scare quotes are not part of the verb
    ["'finished' the ticket", 'the ticket was finished'],
    // a causative's passive takes "to" back
    ['make me look like the bad parent', 'I get made to look like the bad parent'],
    ['made me feel small', 'I got made to feel small'],
  ])('%s → %s', (phrase, passive) => {
    expect(toPassive(phrase)).toBe(passive);
  });

  it.each([
    ['be right'],
    ['want to win'],
    // "I get let go" says something else
    ['let me go'],
    // an idiom and a verb that takes a purpose, not acts done to a thing
    ['take her side'],
    ['find something to criticize'],
    ['come home late'],
    // two terms to compromise, and the participle of "colour" is not that of "colour-code"
    ['colour-coded the itinerary'],
    ["don't fancy driving"],
    ['interrupt'],
  ])('leaves "%s" alone', (phrase) => {
    expect(toPassive(phrase)).toBeNull();
  });
});
