import { describe, expect, it } from 'vitest';
import { wordTable } from '../../src/engine/required-words';
import { REQUIRES_END, REQUIRES_START } from '../../src/engine/types';
import { wordSequence } from '../../src/prefilter/words';

/** A table that knows the words of `needs`, and a check of one sentence against them. */
function checker(needs: string[][]): (text: string) => boolean {
  const table = wordTable();
  const required = needs.map((alternatives) => table.need(alternatives));
  return (text) => table.inOrder(table.sentence(wordSequence(text)), required);
}

describe('the required-word prefilter', () => {
  it('passes a sentence whose required words occur in order, and only then', () => {
    const check = checker([['you'], ['never'], ['listen', 'listens']]);
    expect(check('You never listen to me')).toBe(true);
    expect(check('Honestly you never really listen')).toBe(true);
    expect(check('Never do you listen')).toBe(false);
    expect(check('You never call')).toBe(false);
  });

  it('takes any alternative, at any of its positions', () => {
    const check = checker([['said', 'told'], ['you']]);
    expect(check('You said it before I told you')).toBe(true);
    expect(check('You said it')).toBe(false);
  });

  it('finds the words of contractions', () => {
    const check = checker([['you'], ['are'], ['overreacting']]);
    expect(check("You're overreacting")).toBe(true);
  });

  it('keeps anchored words near the start or the end', () => {
    const start = checker([[REQUIRES_START], ['whatever']]);
    expect(start('Whatever.')).toBe(true);
    expect(start('Ok so well then fine whatever')).toBe(false);
    const end = checker([['whatever'], [REQUIRES_END]]);
    expect(end('Fine, whatever')).toBe(true);
    expect(end('Whatever you think is best for the kids this year')).toBe(false);
  });

  it('answers each sentence on its own, however many came before', () => {
    const check = checker([['sorry'], ['but']]);
    expect(check('Sorry but no')).toBe(true);
    expect(check('But I am sorry')).toBe(false);
    expect(check('I said sorry, but fine')).toBe(true);
    expect(check('Nothing here')).toBe(false);
  });

  it('shares one need between patterns that name the same words', () => {
    const table = wordTable();
    expect(table.need(['b', 'a', 'a'])).toBe(table.need(['a', 'b']));
  });

  it('refuses positions of an earlier sentence', () => {
    const table = wordTable();
    const need = table.need(['you']);
    const first = table.sentence(wordSequence('you'));
    table.sentence(wordSequence('me'));
    expect(() => table.inOrder(first, [need])).toThrow(/earlier sentence/);
  });
});
