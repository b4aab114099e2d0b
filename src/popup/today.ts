import { dayOf } from '../history/days';
import { occurrencesOf, readTallies } from '../history/queries';
import { historyDb } from '../history/schema';

export interface TodayCounts {
  hints: number;
  applied: number;
}

/** Hints met and suggestions applied today, from the reflection history's per-day tallies. */
export async function todayCounts(now = Date.now()): Promise<TodayCounts> {
  const day = dayOf(now);
  const groups = occurrencesOf(await readTallies(await historyDb(), day, day));
  return {
    hints: groups.reduce((sum, g) => sum + g.occurrences, 0),
    applied: groups.reduce((sum, g) => sum + g.applied, 0),
  };
}

export function todaySentence({ hints, applied }: TodayCounts): string {
  const h = `${hints} hint${hints === 1 ? '' : 's'}`;
  const a = `${applied} suggestion${applied === 1 ? '' : 's'} applied`;
  return `Today: ${h} shown, ${a}.`;
}
