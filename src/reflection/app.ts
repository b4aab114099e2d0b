import { historyDb } from '../history/schema';
import type { GoalSeed, PageContext, SectionId } from './context';
import { renderData } from './data';
import { h } from './dom';
import { renderGoals } from './goals';
import { watchNewMoments } from './new-moments';
import { renderOverview } from './overview';
import { renderTimeline } from './timeline';

const SECTIONS: { id: SectionId; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'goals', label: 'Goals' },
  { id: 'data', label: 'Your data' },
];

/** Marks the page's performance timeline, so benchmarks can read how long the overview took. */
export const OVERVIEW_RENDERED = 'reflection:overview-rendered';

function sectionFromHash(): SectionId {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? (id as SectionId) : 'overview';
}

/**
 * Wires the page: four sections as tabs (arrow keys move between them, the hash keeps the place on reload), each
 * rebuilt from the database when shown, and one polite live region for status messages.
 */
export async function startReflectionPage(): Promise<void> {
  const tablist = document.querySelector<HTMLElement>('[role=tablist]')!;
  const main = document.querySelector<HTMLElement>('main')!;
  const status = document.querySelector<HTMLElement>('#status')!;
  const problem = document.querySelector<HTMLElement>('#page-problem')!;

  let db;
  try {
    db = await historyDb();
  } catch (error) {
    problem.hidden = false;
    problem.textContent = `Your history could not be opened: ${(error as Error).message}. Nothing was deleted; try reloading the page.`;
    return;
  }

  const tabs = new Map<SectionId, HTMLButtonElement>();
  const panels = new Map<SectionId, HTMLElement>();
  let showing: SectionId | null = null;
  let renderSerial = 0;

  const ctx: PageContext = {
    db,
    announce(message) {
      status.textContent = '';
      // a fresh text node after a tick, so the same message is announced again
      setTimeout(() => {
        status.textContent = message;
      }, 50);
    },
    show: (section, options) => void show(section, { moveFocus: true, goalSeed: options?.goalSeed }),
    now: () => Date.now(),
  };

  const newMoments = watchNewMoments(
    () => void show(showing ?? 'overview', { moveFocus: true }),
    (message) => ctx.announce(message),
  );
  main.append(newMoments.element);

  async function show(
    section: SectionId,
    options: { moveFocus: boolean; goalSeed?: GoalSeed | undefined },
  ): Promise<void> {
    showing = section;
    const serial = ++renderSerial;
    newMoments.clear();
    for (const { id } of SECTIONS) {
      const selected = id === section;
      tabs.get(id)!.setAttribute('aria-selected', String(selected));
      tabs.get(id)!.tabIndex = selected ? 0 : -1;
      panels.get(id)!.hidden = !selected;
    }
    if (location.hash.slice(1) !== section) history.replaceState(null, '', `#${section}`);
    const panel = panels.get(section)!;
    panel.setAttribute('aria-busy', 'true');
    const content =
      section === 'overview'
        ? await renderOverview(ctx)
        : section === 'timeline'
          ? await renderTimeline(ctx)
          : section === 'goals'
            ? await renderGoals(ctx, options.goalSeed)
            : await renderData(ctx);
    if (serial !== renderSerial) return;
    panel.replaceChildren(content);
    panel.setAttribute('aria-busy', 'false');
    if (section === 'overview') performance.mark(OVERVIEW_RENDERED);
    if (options.moveFocus && !panel.contains(document.activeElement)) panel.focus();
  }

  for (const { id, label } of SECTIONS) {
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        'aria-controls': `panel-${id}`,
        'aria-selected': 'false',
        tabindex: -1,
      },
      label,
    );
    tab.addEventListener('click', () => void show(id, { moveFocus: false }));
    tabs.set(id, tab);
    tablist.append(tab);
    const panel = h('section', {
      role: 'tabpanel',
      id: `panel-${id}`,
      'aria-labelledby': `tab-${id}`,
      tabindex: -1,
      hidden: true,
    });
    panels.set(id, panel);
    main.append(panel);
  }
  tablist.addEventListener('keydown', (e) => {
    const index = SECTIONS.findIndex((s) => s.id === showing);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: SECTIONS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = SECTIONS[(next + SECTIONS.length) % SECTIONS.length]!.id;
    tabs.get(target)!.focus();
    void show(target, { moveFocus: false });
  });
  window.addEventListener('hashchange', () => {
    const section = sectionFromHash();
    if (section !== showing) void show(section, { moveFocus: true });
  });
  await show(sectionFromHash(), { moveFocus: false });
}
