import { CATEGORIES, type Category } from '../engine/types';
import { refreshCheckInBadge } from '../history/badge';
import { addDays, dayOf, isDay } from '../history/days';
import {
  createGoal,
  deleteGoal,
  goalProblem,
  goalProgress,
  listGoals,
  recordCheckIn,
  type GoalProgress,
  type NewGoal,
} from '../history/goals';
import { knownRules } from '../history/queries';
import { CHECK_IN_FEELINGS, type CheckInFeeling, type Goal, type GoalScope } from '../history/schema';
import type { GoalSeed, PageContext } from './context';
import { field, h, uid } from './dom';
import { CATEGORY_LABELS, longDay, plural, ruleLabel, shortDay } from './labels';
import { confirmAction } from './note-dialog';

const FEELINGS: Record<CheckInFeeling, string> = {
  'on-track': 'On track',
  'some-progress': 'Some progress',
  struggling: 'Struggling',
};

function scopeLabel(scope: GoalScope): string {
  return scope.kind === 'category'
    ? `${CATEGORY_LABELS[scope.category]} (any wording)`
    : `“${ruleLabel(scope.ruleId)}”`;
}

async function updateBadge(ctx: PageContext): Promise<void> {
  try {
    await refreshCheckInBadge(ctx.db, ctx.now());
  } catch {
    // a page opened outside the extension has no toolbar button; the goals still work
  }
}

function checkInForm(
  ctx: PageContext,
  goal: Goal,
  progress: GoalProgress,
  rerender: (focusGoal?: string) => void,
): HTMLElement {
  const legendId = uid('feeling');
  const noteId = uid('checkin-note');
  const radios = CHECK_IN_FEELINGS.map((f, i) => {
    const id = uid('feeling-option');
    return h(
      'div',
      { class: 'radio' },
      h('input', { type: 'radio', name: `feeling-${goal.id}`, value: f, id, checked: i === 0 }),
      h('label', { for: id }, FEELINGS[f]),
    );
  });
  const note = h('textarea', { id: noteId, rows: 3, maxlength: 4000 });
  const form = h(
    'form',
    { class: 'check-in', 'aria-label': `Check in on “${goal.title}”` },
    h('h4', {}, 'Check-in due'),
    h(
      'p',
      {},
      `In the last seven days this pattern came up ${plural(progress.lastSevenDays, 'time')} (your target: at most ${goal.targetPerWeek} a week).`,
    ),
    h('fieldset', { 'aria-labelledby': legendId }, h('legend', { id: legendId }, 'How did it go?'), ...radios),
    h('label', { for: noteId }, 'A few words on it (optional)'),
    note,
    h('button', { type: 'submit', class: 'primary' }, 'Save check-in'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const feeling = (form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ??
      'on-track') as CheckInFeeling;
    void recordCheckIn(ctx.db, goal.id, { feeling, note: note.value }, ctx.now()).then(async () => {
      await updateBadge(ctx);
      ctx.announce(`Check-in saved for “${goal.title}”.`);
      rerender(goal.id);
    });
  });
  return form;
}

function goalCard(
  ctx: PageContext,
  goal: Goal,
  progress: GoalProgress,
  rerender: (focusGoal?: string) => void,
): HTMLElement {
  const headingId = `goal-${goal.id}`;
  const current = progress.weeks.find((w) => w.current);
  const status =
    progress.status === 'upcoming'
      ? `Starts ${longDay(goal.startDay)}.`
      : progress.status === 'ended'
        ? `Ended ${longDay(goal.endDay)}: ${progress.weeksMet} of ${plural(progress.weeksDone, 'week')} within target.`
        : `${progress.weeksMet} of ${plural(progress.weeksDone, 'finished week')} within target so far.`;
  const remove = h('button', { type: 'button', class: 'link danger-text' }, 'Delete goal');
  remove.addEventListener('click', () => {
    void confirmAction(
      'Delete this goal?',
      `“${goal.title}” and its ${plural(goal.checkIns.length, 'check-in')} will be deleted.`,
      'Delete goal',
    ).then(async (yes) => {
      if (!yes) return;
      await deleteGoal(ctx.db, goal.id);
      await updateBadge(ctx);
      ctx.announce(`Goal “${goal.title}” deleted.`);
      rerender();
    });
  });
  return h(
    'article',
    { class: 'card goal', 'aria-labelledby': headingId, 'data-goal-id': goal.id },
    h('h3', { id: headingId, tabindex: -1 }, goal.title),
    h(
      'p',
      { class: 'muted' },
      `${scopeLabel(goal.scope)} · at most ${goal.targetPerWeek} a week · ${shortDay(goal.startDay)} to ${shortDay(goal.endDay)} · check in every ${plural(goal.checkInEveryDays, 'day')}`,
    ),
    h('p', {}, status),
    current
      ? h(
          'p',
          { class: current.met ? 'ok' : 'over' },
          `This week so far: ${current.count} (${current.met ? 'within target' : 'over target'}).`,
        )
      : null,
    progress.weeks.length
      ? h(
          'ol',
          { class: 'weeks', 'aria-label': 'Week by week' },
          ...progress.weeks.map((w) =>
            h(
              'li',
              { class: w.met ? 'ok' : 'over' },
              `${shortDay(w.from)}–${shortDay(w.to)}: ${w.count} ${w.current ? '(so far)' : w.met ? '✓ within target' : '✗ over target'}`,
            ),
          ),
        )
      : null,
    progress.checkInDue
      ? checkInForm(ctx, goal, progress, rerender)
      : progress.nextCheckIn
        ? h('p', { class: 'muted' }, `Next check-in: ${longDay(progress.nextCheckIn)}.`)
        : null,
    goal.checkIns.length
      ? h(
          'details',
          {},
          h('summary', {}, `Check-ins (${goal.checkIns.length})`),
          h(
            'ul',
            {},
            ...goal.checkIns.map((c) =>
              h(
                'li',
                {},
                `${longDay(c.day)}: ${FEELINGS[c.feeling]}, ${plural(c.count, 'hint')} that week`,
                c.note ? h('q', {}, c.note) : null,
              ),
            ),
          ),
        )
      : null,
    remove,
  );
}

function goalForm(
  ctx: PageContext,
  rules: Map<string, Category>,
  seed: GoalSeed | undefined,
  onCreated: (goal: Goal) => void,
): HTMLElement {
  const today = dayOf(ctx.now());
  const title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200 });
  const scope = h(
    'select',
    { name: 'scope' },
    h(
      'optgroup',
      { label: 'A whole category' },
      ...CATEGORIES.map((c) => h('option', { value: `category:${c}` }, CATEGORY_LABELS[c])),
    ),
    rules.size
      ? h(
          'optgroup',
          { label: 'One pattern' },
          ...[...rules.keys()].map((r) => h('option', { value: `rule:${r}` }, `“${ruleLabel(r)}”`)),
        )
      : null,
  );
  if (seed?.ruleId && !rules.has(seed.ruleId))
    scope.append(h('option', { value: `rule:${seed.ruleId}` }, `“${ruleLabel(seed.ruleId)}”`));
  const target = h('input', { type: 'number', name: 'target', min: 0, max: 10000, step: 1, value: 2, required: true });
  const start = h('input', { type: 'date', name: 'start', value: today, required: true });
  const end = h('input', { type: 'date', name: 'end', value: addDays(today, 29), required: true });
  const every = h('input', { type: 'number', name: 'every', min: 1, max: 90, value: 7, required: true });
  const problem = h('p', { class: 'problem-text', role: 'alert' });
  if (seed) {
    scope.value = seed.ruleId ? `rule:${seed.ruleId}` : `category:${seed.category}`;
    title.value = seed.ruleId
      ? `Fewer “${ruleLabel(seed.ruleId).toLowerCase()}” this month`
      : `Less ${CATEGORY_LABELS[seed.category].toLowerCase()} this month`;
  }
  const form = h(
    'form',
    { class: 'card goal-form', 'aria-labelledby': 'new-goal-heading', novalidate: true },
    h('h2', { id: 'new-goal-heading' }, 'Set a goal'),
    h(
      'p',
      { class: 'muted' },
      'Specific goals with realistic timelines work best: pick one pattern, a weekly target, and when to check in.',
    ),
    field('Goal', title, 'For example: “Fewer absolutes this month”.'),
    field('Pattern', scope),
    field('At most this many a week', target),
    field('Start', start),
    field('End', end),
    field('Check in every (days)', every),
    problem,
    h('button', { type: 'submit', class: 'primary' }, 'Create goal'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const [kind, value = ''] = scope.value.split(/:(.*)/s) as [string, string];
    const ruleCategory = rules.get(value) ?? (seed?.ruleId === value ? seed.category : undefined);
    const scopeValue: GoalScope | null =
      kind === 'category'
        ? { kind: 'category', category: value as Category }
        : ruleCategory
          ? { kind: 'rule', ruleId: value, category: ruleCategory }
          : null;
    if (!scopeValue) {
      problem.textContent = 'Pick a pattern.';
      return;
    }
    const input: NewGoal = {
      title: title.value,
      scope: scopeValue,
      targetPerWeek: Number(target.value),
      startDay: start.value,
      endDay: end.value,
      checkInEveryDays: Number(every.value),
    };
    const issue =
      !isDay(input.startDay) || !isDay(input.endDay) ? 'Enter a start and an end date.' : goalProblem(input);
    if (issue) {
      problem.textContent = issue;
      return;
    }
    problem.textContent = '';
    void createGoal(ctx.db, input, ctx.now()).then(onCreated, (error: Error) => {
      problem.textContent = `The goal was not saved: ${error.message}`;
    });
  });
  return form;
}

/** A rule goal records its rule's category; the latest event of each rule tells it. */
async function ruleCategories(ctx: PageContext, rules: string[]): Promise<Map<string, Category>> {
  const map = new Map<string, Category>();
  const tx = ctx.db.transaction('events');
  await Promise.all(
    rules.map(async (r) => {
      const c = await tx.store
        .index('ruleId-time')
        .openCursor(IDBKeyRange.bound([r, 0], [r, Number.MAX_SAFE_INTEGER]), 'prev');
      if (c) map.set(r, c.value.category);
    }),
  );
  return map;
}

export async function renderGoals(ctx: PageContext, seed?: GoalSeed): Promise<HTMLElement> {
  const root = h('div', { class: 'goals' });
  const draw = async (focusGoal?: string, seedNow?: GoalSeed): Promise<void> => {
    const [goals, rules] = await Promise.all([listGoals(ctx.db), knownRules(ctx.db)]);
    const categories = await ruleCategories(ctx, rules);
    const progress = await Promise.all(goals.map((g) => goalProgress(ctx.db, g, ctx.now())));
    const due = progress.filter((p) => p.checkInDue).length;
    const form = goalForm(ctx, categories, seedNow, (goal) => {
      ctx.announce(`Goal “${goal.title}” created.`);
      void updateBadge(ctx);
      void draw(goal.id);
    });
    const list = h(
      'section',
      { 'aria-labelledby': 'goals-heading' },
      h('h2', { id: 'goals-heading' }, 'Your goals'),
      due ? h('p', { class: 'due', role: 'note' }, `${plural(due, 'check-in')} due.`) : null,
      goals.length
        ? h(
            'div',
            { class: 'goal-list' },
            ...goals.map((g, i) => goalCard(ctx, g, progress[i]!, (id) => void draw(id))),
          )
        : h('p', {}, 'No goals yet.'),
    );
    root.replaceChildren(list, form);
    if (focusGoal) root.querySelector<HTMLElement>(`[data-goal-id="${CSS.escape(focusGoal)}"] h3`)?.focus();
    else if (seedNow) form.querySelector<HTMLInputElement>('input[name=title]')?.focus();
  };
  await draw(undefined, seed);
  return root;
}
