import { describe, expect, it } from 'vitest';
import { scareQuotes } from '../../src/prefilter/scare-quotes';
import { expandShorthand } from '../../src/prefilter/shorthand';
import { wordsOf } from '../../src/prefilter/words';
import { quotedRanges } from '../../src/engine/guards/quoted';
import { planText } from '../../src/content/hint-model';
import { projectRules } from '../rules/rule-set';

const { analyzer } = projectRules();
const quoted = (text: string): string[] => scareQuotes(text).map((q) => text.slice(q.start, q.end));

describe('scare quotes', () => {
  it('finds a word or two in quotation marks after "your" or "so-called", with any kind of quotation mark', () => {
    expect(quoted("Enjoy your 'work trip' this weekend.")).toEqual(["'work trip'"]);
    expect(quoted('Say hi to your "friend" for me.')).toEqual(['"friend"']);
    expect(quoted('Another of your so-called “emergencies”, I suppose.')).toEqual(['“emergencies”']);
    expect(quoted('hope ur ‘migraine’ clears up')).toEqual(['‘migraine’']);
  });

  it('leaves quotations, labels and longer quoted text alone', () => {
    expect(quoted('He said "no" to your idea.')).toEqual([]);
    expect(quoted("I've added it to your 'to do' list.")).toEqual([]);
    expect(quoted('Your mum called it "the best trip ever we have had".')).toEqual([]);
    expect(quoted('She wrote "you never listen" on the card.')).toEqual([]);
    expect(quoted('your \'friend" mismatched')).toEqual([]);
    // quoting a word of an argument back is how debates go; these hints are about people's accounts of their lives
    expect(quoted("So tell me more about your 'facts'.")).toEqual([]);
    expect(quoted('They keep signing these so-called "free trade" deals.')).toEqual([]);
  });

  it('are marked for the rules, and a finding maps back to what was typed', () => {
    const text = 'Enjoy ur "work trip" this weekend.';
    const expanded = expandShorthand(text);
    expect(expanded.text).toBe('Enjoy your scarequoted "work trip" endquoted this weekend.');
    const back = expanded.toOriginal(
      expanded.text.indexOf('your'),
      expanded.text.indexOf('endquoted') + 'endquoted'.length,
    );
    expect(text.slice(back.start, back.end)).toBe('ur "work trip"');
    expect(wordsOf(text).has('scarequoted')).toBe(true);
  });

  it('are the writer’s own words: not quoted text, in the engine or in the content script', () => {
    const text = 'Say hi to your "friend" for me. She said "whatever" and left.';
    const ranges = quotedRanges(text).map((r) => text.slice(r.start, r.end));
    expect(ranges).toEqual(['"whatever"']);
    expect(planText(text).quoted).toHaveLength(1);
    const [finding] = analyzer.analyze(text);
    expect(finding?.ruleId).toBe('scare-quotes');
    expect(finding?.match).toBe('your "friend"');
    expect(finding?.suggestions[0]).toBe('your friend');
  });
});
