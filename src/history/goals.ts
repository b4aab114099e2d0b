import { addDays, dayOf } from './days';
import { newId } from './ids';
import { occurrencesOf, readTallies } from './queries';
import type { CheckIn, CheckInFeeling, Goal, GoalScope, HistoryDB } from './schema';

/** What the writer chooses when creating a goal; the rest of a Goal is filled in as it is stored and checked in on. */
export type NewGoal = Pick<Goal, 'title' | 'scope' | 'targetPerWeek' | 'startDay' | 'endDay' | 'checkInEveryDays'>;

/** Checks a goal the writer entered; returns the problem in words, or null. */
export function goalProblem(goal: NewGoal): string | null {
  if (!goal.title.trim()) return 'Give the goal a name.';
  if (goal.title.length > 200) return 'Keep the name under 200 characters.';
  if (!Number.isInteger(goal.targetPerWeek) || goal.targetPerWeek < 0 || goal.targetPerWeek > 10_000)
    return 'The weekly target is a whole number from 0 to 10,000.';
  if (goal.endDay < goal.startDay) return 'The end date comes before the start date.';
  if (!Number.isInteger(goal.checkInEveryDays) || goal.checkInEveryDays < 1 || goal.checkInEveryDays > 90)
    return 'Check in every 1 to 90 days.';
  return null;
}

export async function createGoal(db: HistoryDB, input: NewGoal, now = Date.now()): Promise<Goal> {
  const problem = goalProblem(input);
  if (problem) throw new Error(problem);
  const goal: Goal = { ...input, title: input.title.trim(), id: newId(), createdAt: now, checkIns: [] };
  await db.add('goals', goal);
  return goal;
}

export function listGoals(db: HistoryDB): Promise<Goal[]> {
  return db.getAll('goals').then((goals) => goals.sort((a, b) => b.createdAt - a.createdAt));
}

export function deleteGoal(db: HistoryDB, id: string): Promise<void> {
  return db.delete('goals', id);
}

export interface GoalWeek {
  /** first day of this seven-day stretch, counted from the goal's start */
  from: string;
  to: string;
  count: number;
  met: boolean;
  /** the stretch holding today, still running */
  current: boolean;
}

export interface GoalProgress {
  weeks: GoalWeek[];
  /** weeks finished within target, of those finished */
  weeksMet: number;
  weeksDone: number;
  /** occurrences in the seven days up to today (or up to the end) */
  lastSevenDays: number;
  status: 'upcoming' | 'active' | 'ended';
  nextCheckIn: string | null;
  checkInDue: boolean;
}

function matchesScope(scope: GoalScope, o: { category: string; ruleId: string }): boolean {
  return scope.kind === 'category' ? o.category === scope.category : o.ruleId === scope.ruleId;
}

/** The day the next check-in is due, or null once the final one (after the end) is recorded. */
export function nextCheckInDay(goal: Goal): string | null {
  const last = goal.checkIns.reduce<string | null>((latest, c) => (latest && latest > c.day ? latest : c.day), null);
  if (last && last >= goal.endDay) return null;
  const next = addDays(last ?? goal.startDay, goal.checkInEveryDays);
  return next > goal.endDay ? goal.endDay : next;
}

export function isCheckInDue(goal: Goal, now = Date.now()): boolean {
  const next = nextCheckInDay(goal);
  return next !== null && dayOf(now) >= next;
}

/** Progress from the per-day counts: one read of the goal's days, whatever the number of events. */
export async function goalProgress(db: HistoryDB, goal: Goal, now = Date.now()): Promise<GoalProgress> {
  const today = dayOf(now);
  const lastDay = today < goal.endDay ? today : goal.endDay;
  const perDay = new Map<string, number>();
  const windowStart = addDays(lastDay, -6);
  const readFrom = windowStart < goal.startDay ? windowStart : goal.startDay;
  if (lastDay >= readFrom) {
    for (const o of occurrencesOf(await readTallies(db, readFrom, lastDay))) {
      if (matchesScope(goal.scope, o)) perDay.set(o.day, (perDay.get(o.day) ?? 0) + o.occurrences);
    }
  }
  const sum = (from: string, to: string): number => {
    let n = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) n += perDay.get(d) ?? 0;
    return n;
  };
  const weeks: GoalWeek[] = [];
  for (let from = goal.startDay; from <= goal.endDay && from <= today; from = addDays(from, 7)) {
    const end = addDays(from, 6);
    const to = end > goal.endDay ? goal.endDay : end;
    const count = sum(from, to < today ? to : today);
    weeks.push({ from, to, count, met: count <= goal.targetPerWeek, current: today <= to });
  }
  const done = weeks.filter((w) => !w.current);
  const status = today < goal.startDay ? 'upcoming' : today > goal.endDay ? 'ended' : 'active';
  return {
    weeks,
    weeksMet: done.filter((w) => w.met).length,
    weeksDone: done.length,
    lastSevenDays: status === 'upcoming' ? 0 : sum(windowStart, lastDay),
    status,
    nextCheckIn: nextCheckInDay(goal),
    checkInDue: isCheckInDue(goal, now),
  };
}

export async function recordCheckIn(
  db: HistoryDB,
  goalId: string,
  input: { feeling: CheckInFeeling; note: string },
  now = Date.now(),
): Promise<Goal> {
  const goal = await db.get('goals', goalId);
  if (!goal) throw new Error('That goal no longer exists.');
  const progress = await goalProgress(db, goal, now);
  const checkIn: CheckIn = {
    id: newId(),
    time: now,
    day: dayOf(now),
    count: progress.lastSevenDays,
    feeling: input.feeling,
    note: input.note.slice(0, 4_000),
  };
  const updated: Goal = { ...goal, checkIns: [...goal.checkIns, checkIn] };
  await db.put('goals', updated);
  return updated;
}

export async function dueCheckIns(db: HistoryDB, now = Date.now()): Promise<Goal[]> {
  return (await db.getAll('goals')).filter((g) => isCheckInDue(g, now));
}
