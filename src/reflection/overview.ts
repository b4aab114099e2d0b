import { CATEGORIES } from '../engine/types';
import { overview, type Overview, type PatternSummary } from '../history/queries';
import { historyStatusItem, QUOTA_MESSAGE } from '../history/status';
import { weeklyChart } from './chart';
import type { PageContext } from './context';
import { h } from './dom';
import { CATEGORY_LABELS, percent, plural, ruleLabel } from './labels';

function comparison(data: Overview): HTMLElement {
  const thisWeek = data.weeks.at(-1)!;
  const lastWeek = data.weeks.at(-2)!;
  const diff = thisWeek.total - lastWeek.total;
  const trend =
    diff === 0
      ? 'the same as last week'
      : diff < 0
        ? `${plural(-diff, 'fewer hint')} than last week`
        : `${plural(diff, 'more hint')} than last week`;
  const rows = CATEGORIES.filter((c) => thisWeek.byCategory[c] > 0 || lastWeek.byCategory[c] > 0).map((c) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, CATEGORY_LABELS[c]),
      h('td', {}, String(thisWeek.byCategory[c])),
      h('td', {}, String(lastWeek.byCategory[c])),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'week-heading', class: 'card' },
    h('h2', { id: 'week-heading' }, 'This week'),
    h('p', { class: 'big' }, plural(thisWeek.total, 'hint'), h('span', { class: 'muted' }, ` — ${trend}`)),
    rows.length
      ? h(
          'table',
          { class: 'compact' },
          h('caption', {}, 'This week and last week by category'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Category'),
              h('th', { scope: 'col' }, 'This week'),
              h('th', { scope: 'col' }, 'Last week'),
            ),
          ),
          h('tbody', {}, ...rows),
        )
      : h('p', {}, 'No hints this week or last week.'),
  );
}

function appliedRate(data: Overview): HTMLElement {
  const thisWeek = data.weeks.at(-1)!;
  return h(
    'section',
    { 'aria-labelledby': 'applied-heading', class: 'card' },
    h('h2', { id: 'applied-heading' }, 'Suggestions applied'),
    h(
      'p',
      { class: 'big' },
      percent(data.total.applied, data.total.occurrences),
      h('span', { class: 'muted' }, ' over the last 12 weeks'),
    ),
    h(
      'p',
      {},
      `You rephrased with a suggestion ${plural(data.total.applied, 'time')} out of ${plural(data.total.occurrences, 'hint')}; ` +
        `this week ${thisWeek.applied} of ${thisWeek.total}.`,
    ),
  );
}

function patterns(list: PatternSummary[], ctx: PageContext): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'patterns-heading', class: 'card wide' },
    h('h2', { id: 'patterns-heading' }, 'Most frequent patterns'),
    list.length === 0
      ? h('p', {}, 'Nothing yet. Patterns appear here once hints come up while you write.')
      : h(
          'ol',
          { class: 'patterns' },
          ...list.map((p) =>
            h(
              'li',
              {},
              h('span', { class: 'pattern-name' }, `“${ruleLabel(p.ruleId)}”`),
              h('span', { class: 'tag', 'data-category': p.category }, CATEGORY_LABELS[p.category]),
              h(
                'span',
                { class: 'muted' },
                `${plural(p.occurrences, 'time')}, applied ${p.applied}, ignored ${p.ignored}${p.muted ? `, muted ${p.muted}` : ''}`,
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'secondary',
                  'aria-label': `Set a goal for “${ruleLabel(p.ruleId)}”`,
                  onclick: () => ctx.show('goals', { goalSeed: { category: p.category, ruleId: p.ruleId } }),
                },
                'Set a goal',
              ),
            ),
          ),
        ),
  );
}

export async function renderOverview(ctx: PageContext): Promise<HTMLElement> {
  const [data, status] = await Promise.all([overview(ctx.db, ctx.now()), historyStatusItem.getValue()]);
  const root = h('div', { class: 'overview' });
  if (status?.problem === 'quota') {
    root.append(h('div', { class: 'problem', role: 'alert' }, h('strong', {}, 'History is full. '), QUOTA_MESSAGE));
  }
  root.append(
    h('div', { class: 'cards' }, comparison(data), appliedRate(data)),
    h(
      'section',
      { 'aria-labelledby': 'trend-heading', class: 'card wide' },
      h('h2', { id: 'trend-heading' }, 'The last 12 weeks'),
      weeklyChart(data.weeks),
    ),
    patterns(data.patterns, ctx),
  );
  return root;
}
