import { CATEGORIES, type Category } from '../engine/types';
import type { WeekSummary } from '../history/queries';
import { h, svg, uid } from './dom';
import { CATEGORY_COLOURS, CATEGORY_LABELS, plural, shortDay } from './labels';

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 24, right: 12, bottom: 40, left: 40 };

function niceMax(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Hints per week, stacked by category, as hand-made SVG: a text summary names it for screen readers, every bar carries
 * its numbers, and the same numbers follow as a table.
 */
export function weeklyChart(weeks: WeekSummary[]): HTMLElement {
  const used = CATEGORIES.filter((c) => weeks.some((w) => w.byCategory[c] > 0));
  const max = niceMax(Math.max(0, ...weeks.map((w) => w.total)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / weeks.length;
  const barW = Math.min(40, slot * 0.7);
  const y = (v: number): number => MARGIN.top + plotH - (v / max) * plotH;

  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const thisWeek = weeks.at(-1);
  const lastWeek = weeks.at(-2);
  const busiest = weeks.reduce<WeekSummary | undefined>((a, w) => (!a || w.total > a.total ? w : a), undefined);
  const summary =
    `${plural(thisWeek?.total ?? 0, 'hint')} this week, ${plural(lastWeek?.total ?? 0, 'hint')} last week. ` +
    (busiest && busiest.total > 0
      ? `The busiest week began ${shortDay(busiest.weekStart)} with ${plural(busiest.total, 'hint')}.`
      : 'No hints in the last 12 weeks.');

  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'chart',
    },
    svg('title', { id: titleId }, 'Hints per week over the last 12 weeks, by category'),
    svg('desc', { id: descId }, summary),
  );
  for (const tick of [0, max / 2, max]) {
    chart.append(
      svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, String(tick)),
    );
  }
  weeks.forEach((week, i) => {
    const x = MARGIN.left + i * slot + (slot - barW) / 2;
    const bar = svg('g', { class: 'bar' });
    let base = 0;
    for (const category of used) {
      const value = week.byCategory[category];
      if (value === 0) continue;
      bar.append(
        svg(
          'rect',
          {
            x,
            y: y(base + value),
            width: barW,
            height: Math.max(1, y(base) - y(base + value)),
            fill: CATEGORY_COLOURS[category],
          },
          svg('title', {}, `${CATEGORY_LABELS[category]}: ${value}`),
        ),
      );
      base += value;
    }
    bar.append(
      svg(
        'text',
        { x: x + barW / 2, y: y(week.total) - 5, 'text-anchor': 'middle', class: 'value' },
        String(week.total),
      ),
      svg(
        'text',
        { x: x + barW / 2, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle', class: 'axis' },
        shortDay(week.weekStart),
      ),
    );
    chart.append(bar);
  });
  chart.append(
    svg('text', { x: MARGIN.left, y: HEIGHT - 6, class: 'axis' }, 'Weeks, labelled by the Monday they start'),
  );

  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Categories in the chart' },
    ...used.map((c) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${CATEGORY_COLOURS[c]}`, 'aria-hidden': 'true' }),
        CATEGORY_LABELS[c],
      ),
    ),
  );
  return h('figure', { class: 'chart-figure' }, chart, used.length ? legend : null, weeklyTable(weeks, used));
}

function weeklyTable(weeks: WeekSummary[], used: Category[]): HTMLElement {
  const table = h(
    'table',
    {},
    h('caption', {}, 'Hints per week by category'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Week of'),
        ...used.map((c) => h('th', { scope: 'col' }, CATEGORY_LABELS[c])),
        h('th', { scope: 'col' }, 'Total'),
        h('th', { scope: 'col' }, 'Applied'),
      ),
    ),
    h(
      'tbody',
      {},
      ...weeks.map((w) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, shortDay(w.weekStart)),
          ...used.map((c) => h('td', {}, String(w.byCategory[c]))),
          h('td', {}, String(w.total)),
          h('td', {}, String(w.applied)),
        ),
      ),
    ),
  );
  return h('details', { class: 'table-fallback' }, h('summary', {}, 'Show these numbers as a table'), table);
}
