import { beforeEach, describe, expect, it } from 'vitest';
import {
  createGoal,
  dueCheckIns,
  goalProblem,
  goalProgress,
  recordCheckIn,
  type NewGoal,
} from '../../src/history/goals';
import type { HistoryDB } from '../../src/history/schema';
import { at, freshHistory, store } from './support';

let db: HistoryDB;
beforeEach(async () => {
  db = await freshHistory();
});

const fewerAbsolutes: NewGoal = {
  title: 'Fewer absolutes this month',
  scope: { kind: 'rule', ruleId: 'you-never', category: 'criticism' },
  targetPerWeek: 1,
  startDay: '2024-05-01',
  endDay: '2024-05-31',
  checkInEveryDays: 7,
};
const never = { ruleId: 'you-never', category: 'criticism' as const };

describe('goals', () => {
  it.each<[Partial<NewGoal>, string]>([
    [{ title: '  ' }, 'Give the goal a name.'],
    [{ targetPerWeek: -1 }, 'The weekly target is a whole number from 0 to 10,000.'],
    [{ targetPerWeek: 1.5 }, 'The weekly target is a whole number from 0 to 10,000.'],
    [{ endDay: '2024-04-30' }, 'The end date comes before the start date.'],
    [{ checkInEveryDays: 0 }, 'Check in every 1 to 90 days.'],
  ])('refuses %o: %s', async (change, message) => {
    expect(goalProblem({ ...fewerAbsolutes, ...change })).toBe(message);
    await expect(createGoal(db, { ...fewerAbsolutes, ...change })).rejects.toThrow(message);
    expect(await db.count('goals')).toBe(0);
  });

  it('computes weekly progress from the events of its pattern only', async () => {
    const goal = await createGoal(db, fewerAbsolutes, at('2024-05-01'));
    await store(db, '2024-05-02', { ...never }); // week 1: 3, over target
    await store(db, '2024-05-03', { ...never, action: 'applied' });
    await store(db, '2024-05-05', { ...never, action: 'shown' });
    await store(db, '2024-05-09', { ...never }); // week 2: 1, met
    await store(db, '2024-05-10', {}); // another rule: not counted
    await store(db, '2024-04-30', { ...never }); // before the goal
    await store(db, '2024-05-16', { ...never }); // week 3, still running
    const p = await goalProgress(db, goal, at('2024-05-17'));
    expect(p.status).toBe('active');
    expect(p.weeks.map((w) => [w.from, w.count, w.met, w.current])).toEqual([
      ['2024-05-01', 3, false, false],
      ['2024-05-08', 1, true, false],
      ['2024-05-15', 1, true, true],
    ]);
    expect(p).toMatchObject({ weeksMet: 1, weeksDone: 2, lastSevenDays: 1 });
  });

  it('a category goal counts every rule of the category', async () => {
    const goal = await createGoal(db, { ...fewerAbsolutes, scope: { kind: 'category', category: 'blame' } });
    await store(db, '2024-05-02', {});
    await store(db, '2024-05-02', { ruleId: 'blame-other' });
    await store(db, '2024-05-02', { ...never });
    expect((await goalProgress(db, goal, at('2024-05-03'))).weeks[0]!.count).toBe(2);
  });

  it('asks for a check-in when due, records it with how it went, and asks again a period later', async () => {
    const goal = await createGoal(db, fewerAbsolutes, at('2024-05-01'));
    expect(await dueCheckIns(db, at('2024-05-07'))).toEqual([]);
    expect((await dueCheckIns(db, at('2024-05-08'))).map((g) => g.id)).toEqual([goal.id]);
    await store(db, '2024-05-06', { ...never });
    const updated = await recordCheckIn(
      db,
      goal.id,
      { feeling: 'some-progress', note: 'Paused before sending twice.' },
      at('2024-05-09'),
    );
    expect(updated.checkIns).toEqual([
      expect.objectContaining({
        day: '2024-05-09',
        count: 1,
        feeling: 'some-progress',
        note: 'Paused before sending twice.',
      }),
    ]);
    expect((await db.get('goals', goal.id))?.checkIns).toHaveLength(1);
    expect(await dueCheckIns(db, at('2024-05-15'))).toEqual([]);
    expect(await dueCheckIns(db, at('2024-05-16'))).toHaveLength(1);
    // the last one falls due on the end day, then no more
    await recordCheckIn(db, goal.id, { feeling: 'on-track', note: '' }, at('2024-05-31'));
    expect(await dueCheckIns(db, at('2024-07-01'))).toEqual([]);
  });
});
