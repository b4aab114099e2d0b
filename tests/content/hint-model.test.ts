import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { diffTexts, shiftSpan, stretchSpan } from '../../src/content/edits';
import {
  applyEdit,
  isIgnored,
  nearestHint,
  placeFindings,
  planText,
  reconcile,
  unfinishedSentence,
  type Hint,
} from '../../src/content/hint-model';

const finding = (ruleId: string, start: number, end: number, match = 'x'): Finding => ({
  ruleId,
  category: 'blame',
  start,
  end,
  match,
  message: 'm',
  explanation: 'e',
  suggestions: ['s'],
});

describe('edits', () => {
  it('finds the one changed region between two texts', () => {
    expect(diffTexts('abc', 'abc')).toBeNull();
    expect(diffTexts('Hello world', 'Hello big world')).toEqual({ start: 6, oldEnd: 6, newEnd: 10 });
    expect(diffTexts('Hello big world', 'Hello world')).toEqual({ start: 6, oldEnd: 10, newEnd: 6 });
    expect(diffTexts('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });

  it('moves spans after an edit, keeps those before it, and drops those it changed', () => {
    const span = { start: 10, end: 20 };
    expect(shiftSpan(span, { start: 0, oldEnd: 0, newEnd: 3 })).toEqual({ start: 13, end: 23 });
    expect(shiftSpan(span, { start: 20, oldEnd: 20, newEnd: 25 })).toEqual(span);
    expect(shiftSpan(span, { start: 12, oldEnd: 13, newEnd: 13 })).toBeNull();
    // an ignored span stretches with an edit inside it instead
    expect(stretchSpan(span, { start: 12, oldEnd: 13, newEnd: 15 })).toEqual({ start: 10, end: 22 });
  });
});

describe('planning and placing findings', () => {
  it('leaves quoted replies out of what is sent', () => {
    const text = "Sure.\nOn Mon, 3 Jun 2024, Sam wrote:\n> It's your fault.";
    expect(planText(text).sentences.map((s) => s.text)).toEqual(['Sure.']);
  });

  it('places sentence findings in the whole text and drops those in quotation marks', () => {
    const text = 'Hi. It\'s your fault. He said "it\'s your fault" once.';
    const plan = planText(text);
    const results = new Map<string, Finding[]>([
      ["It's your fault.", [finding('your-fault', 0, 16)]],
      ['He said "it\'s your fault" once.', [finding('your-fault', 9, 23)]],
    ]);
    const placed = placeFindings(plan, results);
    expect(placed).toHaveLength(1);
    expect(text.slice(placed[0]!.start, placed[0]!.end)).toBe("It's your fault.");
    expect(placed[0]!.sentence).toBe("It's your fault.");
  });

  it('holds back the sentence being typed until it has its closing punctuation', () => {
    const text = 'Done. You never listen to me';
    const { sentences } = planText(text);
    expect(unfinishedSentence(text, sentences, text.length)?.text).toBe('You never listen to me');
    expect(unfinishedSentence(`${text}  `, planText(`${text}  `).sentences, text.length + 2)?.text).toBe(
      'You never listen to me',
    );
    expect(unfinishedSentence(`${text}.`, planText(`${text}.`).sentences, text.length + 1)).toBeNull();
    expect(unfinishedSentence(text, sentences, 3)).toBeNull();
    expect(unfinishedSentence(text, sentences, null)).toBeNull();
  });
});

describe('hints across edits and analyses', () => {
  const hint = (ruleId: string, start: number, end: number, id: number): Hint => ({
    ...finding(ruleId, start, end),
    id,
    sentence: 's',
    reported: true,
  });

  it('keeps a hint (and its "shown" report) when the same finding comes back at the same place', () => {
    const old = hint('a', 5, 10, 1);
    let next = 100;
    const result = reconcile([old], [], [{ ...finding('a', 5, 10), sentence: 's' }], () => next++);
    expect(result[0]).toBe(old);
    const fresh = reconcile([old], [], [{ ...finding('b', 5, 10), sentence: 's' }], () => next++);
    expect(fresh[0]).toMatchObject({ id: 100, reported: false });
  });

  it('does not report again a hint that an edit hid and the next analysis found again', () => {
    const old = hint('a', 5, 10, 1);
    const moved = applyEdit([old], [], { start: 7, oldEnd: 7, newEnd: 8 });
    expect(moved.hints).toEqual([]);
    expect(moved.dropped).toEqual([old]);
    const back = reconcile([], moved.dropped, [{ ...finding('a', 5, 11), sentence: 's' }], () => 2);
    expect(back[0]).toMatchObject({ id: 2, reported: true });
  });

  it('keeps ignored occurrences ignored while text around them changes', () => {
    const moved = applyEdit([], [{ ruleId: 'a', start: 10, end: 20 }], { start: 0, oldEnd: 0, newEnd: 5 });
    expect(moved.ignored).toEqual([{ ruleId: 'a', start: 15, end: 25 }]);
    expect(isIgnored({ ruleId: 'a', start: 15, end: 25 }, moved.ignored)).toBe(true);
    expect(isIgnored({ ruleId: 'b', start: 15, end: 25 }, moved.ignored)).toBe(false);
    expect(isIgnored({ ruleId: 'a', start: 30, end: 40 }, moved.ignored)).toBe(false);
  });

  it('picks the hint at the caret, or the closest one', () => {
    const hints = [hint('a', 0, 5, 1), hint('b', 20, 30, 2)];
    expect(nearestHint(hints, 3)?.ruleId).toBe('a');
    expect(nearestHint(hints, 16)?.ruleId).toBe('b');
    expect(nearestHint([], 3)).toBeNull();
  });
});
