import { isQuotedSpan, quotedRanges, type Range } from '../engine/guards/quoted';
import { splitSentences, type Sentence } from '../engine/sentences';
import type { Finding } from '../engine/types';
import { shiftSpan, stretchSpan, type Edit } from './edits';

/** A finding placed in the editor's text (absolute offsets), with what the card and the history need. */
export interface Hint extends Finding {
  id: number;
  sentence: string;
  /** 'shown' has been reported for this occurrence */
  reported: boolean;
}

/** An occurrence the writer chose to ignore: it stays ignored while the text around it changes. */
export interface IgnoredSpan {
  ruleId: string;
  start: number;
  end: number;
}

export interface Plan {
  sentences: Sentence[];
  quoted: Range[];
}

/** The sentences worth analysing: everything except what the writer is quoting (a reply's quoted part, "> " lines). */
export function planText(text: string): Plan {
  const quoted = quotedRanges(text);
  const sentences = splitSentences(text).filter((s) => !quoted.some((q) => q.start <= s.start && s.end <= q.end));
  return { sentences, quoted };
}

const FINISHED = /[.!?…:;)"'”’]$/;

/**
 * The sentence the writer is in the middle of typing: the caret sits at its end and it has no closing punctuation
 * yet. Its hints wait until it is finished (or the writer pauses or leaves it), so nobody is corrected mid-thought.
 */
export function unfinishedSentence(
  text: string,
  sentences: readonly Sentence[],
  caret: number | null,
): Sentence | null {
  if (caret === null) return null;
  for (const s of sentences) {
    if (caret < s.end) return null;
    // the caret at the sentence's end, or after spaces typed behind it
    if (caret > s.end && !/^[ \t\u00a0]*$/.test(text.slice(s.end, caret))) continue;
    return FINISHED.test(s.text) ? null : s;
  }
  return null;
}

export interface Placed extends Finding {
  sentence: string;
}

/** Findings for sentences, moved to their place in the whole text, without those in quoted text. */
export function placeFindings(plan: Plan, results: ReadonlyMap<string, readonly Finding[]>): Placed[] {
  const out: Placed[] = [];
  for (const s of plan.sentences) {
    for (const f of results.get(s.text) ?? []) {
      const start = s.start + f.start;
      const end = s.start + f.end;
      if (end > s.end || isQuotedSpan(start, end, plan.quoted)) continue;
      out.push({ ...f, start, end, sentence: s.text });
    }
  }
  return out;
}

export function isIgnored(f: { ruleId: string; start: number; end: number }, ignored: readonly IgnoredSpan[]): boolean {
  return ignored.some((i) => i.ruleId === f.ruleId && f.start < i.end && f.end > i.start);
}

/**
 * The new hint list: a finding already shown at the same place keeps its hint (and so is not reported again), as does
 * one that reappears where an edit had just hidden it.
 */
export function reconcile(
  previous: readonly Hint[],
  dropped: readonly Hint[],
  found: readonly Placed[],
  newId: () => number,
): Hint[] {
  return found.map((f) => {
    const same = previous.find((h) => h.ruleId === f.ruleId && h.start === f.start && h.end === f.end);
    if (same) return Object.assign(same, f);
    const back = dropped.find((h) => h.ruleId === f.ruleId && h.start < f.end && h.end > f.start);
    return { ...f, id: newId(), reported: back?.reported ?? false };
  });
}

/** Moves hints and ignored spans across one edit; hints whose words the edit changed are returned as dropped. */
export function applyEdit(
  hints: readonly Hint[],
  ignored: readonly IgnoredSpan[],
  edit: Edit,
): { hints: Hint[]; dropped: Hint[]; ignored: IgnoredSpan[] } {
  const kept: Hint[] = [];
  const dropped: Hint[] = [];
  for (const h of hints) {
    const moved = shiftSpan(h, edit);
    if (moved) {
      h.start = moved.start;
      h.end = moved.end;
      kept.push(h);
    } else dropped.push(h);
  }
  const still = ignored.map((i) => stretchSpan(i, edit)).filter((i): i is IgnoredSpan => i !== null);
  return { hints: kept, dropped, ignored: still };
}

/** The hint at a caret, or else the closest one before or after it. */
export function nearestHint<T extends { start: number; end: number }>(hints: readonly T[], caret: number): T | null {
  let best: T | null = null;
  let distance = Infinity;
  for (const h of hints) {
    const d = caret < h.start ? h.start - caret : caret > h.end ? caret - h.end : 0;
    if (d < distance) {
      best = h;
      distance = d;
    }
  }
  return best;
}
