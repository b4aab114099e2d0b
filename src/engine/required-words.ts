import { REQUIRES_END, REQUIRES_START } from './types';

/**
 * One word a pattern cannot match without: any of its alternatives, or a sentence anchor. Patterns that name the same
 * alternatives share one `Need`, so a sentence looks each one up once however many patterns ask for it.
 */
export interface Need {
  /** the alternatives as word ids (see `WordTable`) */
  readonly ids: readonly number[];
  readonly words: readonly string[];
  readonly anchor: 'start' | 'end' | null;
  /** the sentence `positions` belongs to */
  stamp: number;
  /** where any alternative occurs in that sentence, ascending */
  positions: readonly number[];
}

/** One sentence as the prefilter sees it: its length in words, and the ids of the known words it contains. */
export interface SentenceWords {
  readonly length: number;
  readonly stamp: number;
  /** each known word once, in order of first occurrence */
  readonly present: readonly number[];
}

/** A list of alternative words in the one form a `Need` is keyed by: each word once, in sort order. */
export function sortedAlternatives(alternatives: readonly string[]): string[] {
  return [...new Set(alternatives)].sort();
}

/**
 * Every word some rule needs, numbered once when the rules load. A sentence is then described by plain arrays indexed
 * by word id: each check is an array read instead of a string hash, which matters when a sentence meets hundreds of
 * pattern checks.
 */
export interface WordTable {
  /** the id of a rule word, numbering it on first sight */
  idOf(word: string): number;
  /** `sorted`: the alternatives are already unique and in sort order, as a packed rule set stores them */
  need(alternatives: readonly string[], sorted?: boolean): Need;
  /** numbers a new sentence and records where each known word occurs in it */
  sentence(sequence: readonly (readonly string[])[]): SentenceWords;
  /** True when each required word (any of its alternatives) occurs after the previous one: a pattern's necessary condition. */
  inOrder(sentence: SentenceWords, needs: readonly Need[]): boolean;
}

// Optional words may stand between an anchor and the first or last required word.
const ANCHOR_SLACK = 4;
const NOWHERE: readonly number[] = [];

export function wordTable(): WordTable {
  const ids = new Map<string, number>();
  const needs = new Map<string, Need>();
  // per word id: the sentence it was last seen in, and where it occurs there
  const seenIn: number[] = [];
  const where: number[][] = [];
  let stamp = 0;

  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
      seenIn.push(0);
      where.push([]);
    }
    return id;
  };

  const positionsFor = (need: Need): readonly number[] => {
    if (need.stamp === stamp) return need.positions;
    let out: number[] | null = null;
    let lists = 0;
    for (const id of need.ids) {
      if (seenIn[id] !== stamp) continue;
      const list = where[id] as number[];
      lists++;
      if (lists === 1) out = list;
      else {
        // copied before merging: the first list belongs to the word table
        if (lists === 2) out = [...(out as number[])];
        for (const p of list) (out as number[]).push(p);
      }
    }
    if (lists > 1) (out as number[]).sort((a, b) => a - b);
    need.stamp = stamp;
    need.positions = out ?? NOWHERE;
    return need.positions;
  };

  return {
    idOf,
    need(alternatives, sorted = false) {
      const words = sorted ? alternatives : sortedAlternatives(alternatives);
      const key = words.join('\u0000');
      let need = needs.get(key);
      if (!need) {
        const anchor = words.includes(REQUIRES_START) ? 'start' : words.includes(REQUIRES_END) ? 'end' : null;
        need = { ids: anchor ? [] : words.map(idOf), words, anchor, stamp: 0, positions: NOWHERE };
        needs.set(key, need);
      }
      return need;
    },
    sentence(sequence) {
      stamp++;
      const present: number[] = [];
      sequence.forEach((alternatives, position) => {
        for (const w of alternatives) {
          const id = ids.get(w);
          if (id === undefined) continue;
          if (seenIn[id] === stamp) (where[id] as number[]).push(position);
          else {
            seenIn[id] = stamp;
            // a fresh list: a need may still hold the previous one (it is never read once its stamp is old)
            where[id] = [position];
            present.push(id);
          }
        }
      });
      return { length: sequence.length, stamp, present };
    },
    inOrder(sentence, required) {
      if (sentence.stamp !== stamp) throw new Error('word positions belong to an earlier sentence');
      let from = 0;
      let limit = Infinity;
      for (const need of required) {
        if (need.anchor === 'start') {
          limit = ANCHOR_SLACK;
          continue;
        }
        // the last required word of an end-anchored pattern must be near the end
        if (need.anchor === 'end') return sentence.length - from <= ANCHOR_SLACK;
        let next = Infinity;
        for (const p of positionsFor(need)) {
          if (p >= from) {
            next = p;
            break;
          }
        }
        if (next >= sentence.length || next >= limit) return false;
        limit = Infinity;
        from = next + 1;
      }
      return true;
    },
  };
}
