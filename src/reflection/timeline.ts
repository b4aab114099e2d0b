import { CATEGORIES, type Category } from '../engine/types';
import { isDay } from '../history/days';
import { addNote } from '../history/notes';
import { countTimeline, knownHosts, timelinePage, timelinePageAfter, type TimelineFilter } from '../history/queries';
import type { Note, StoredEvent } from '../history/schema';
import { mapTimeline, timelinePageAt, type TimelineMap } from '../history/timeline-positions';
import type { PageContext } from './context';
import { field, h } from './dom';
import { eventRow, placeholderRow } from './event-row';
import { CATEGORY_LABELS, dateTime, plural, ruleLabel } from './labels';
import { askForNote } from './note-dialog';

/** Fixed row height (CSS keeps rows to it) lets the list position any of 100,000 rows without measuring. */
export const ROW_HEIGHT = 120;
const PAGE_SIZE = 50;
const OVERSCAN = 4;
const MAX_CACHED_PAGES = 60;
/** Rows this near the top are read by skipping from the top; further down, through the timeline's map. */
const SKIP_AT_MOST = 500;

/**
 * A virtualised feed: only the rows in view (plus a few) exist in the DOM, pages of 50 events load from the index on
 * demand, so scrolling through any number of events stays cheap. ARIA's feed pattern keeps screen readers informed of
 * each row's position, and PageDown / PageUp / arrows / Home / End move between rows.
 */
class VirtualFeed {
  readonly viewport: HTMLElement;
  private readonly feed: HTMLElement;
  private filter: TimelineFilter = {};
  private total = 0;
  private generation = 0;
  private pages = new Map<number, StoredEvent[]>();
  private loading = new Set<number>();
  private rows = new Map<number, HTMLElement>();
  private focusIndex = 0;
  private frame = 0;
  /** the map of the current filter's timeline, built once the first rows are up; null if it could not be built */
  private map: Promise<TimelineMap | null> | null = null;
  /** a page is being read (not waiting for the map): the map's counting waits, so rows in view come first */
  private reading = false;

  constructor(
    private readonly ctx: PageContext,
    private readonly notes: Map<string, Note[]>,
  ) {
    // the feed holds only articles; its height stands for every row, so the scrollbar is true to the whole list
    this.feed = h('div', { class: 'feed', role: 'feed', 'aria-label': 'Moments, newest first', 'aria-busy': 'false' });
    // hidden until the first count: an empty feed is not a list of articles
    this.viewport = h('div', { class: 'feed-viewport', hidden: true }, this.feed);
    this.viewport.addEventListener('scroll', () => this.schedule(), { passive: true });
    this.viewport.addEventListener('keydown', (e) => this.onKey(e));
    this.viewport.addEventListener('focusin', (e) => {
      const index = Number((e.target as HTMLElement).closest<HTMLElement>('article')?.dataset.index);
      if (Number.isInteger(index)) this.focusIndex = index;
    });
  }

  async load(filter: TimelineFilter): Promise<number> {
    this.filter = filter;
    this.generation++;
    this.pages.clear();
    this.loading.clear();
    for (const row of this.rows.values()) row.remove();
    this.rows.clear();
    this.focusIndex = 0;
    this.map = null;
    this.feed.setAttribute('aria-busy', 'true');
    this.total = await countTimeline(this.ctx.db, filter);
    this.feed.style.height = `${this.total * ROW_HEIGHT}px`;
    this.viewport.hidden = this.total === 0;
    this.viewport.scrollTop = 0;
    this.render();
    return this.total;
  }

  /** The map is counted in the database in small batches, each once no page read is under way. */
  private mapOf(filter: TimelineFilter): Promise<TimelineMap | null> {
    this.map ??= mapTimeline(this.ctx.db, filter, () => this.idle()).catch(() => null);
    return this.map;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.reading) setTimeout(check, 16);
        else resolve();
      };
      check();
    });
  }

  /** A page whose previous page is not loaded: near the top by skipping rows, further down through the map. */
  private async readPage(page: number): Promise<StoredEvent[]> {
    const offset = page * PAGE_SIZE;
    const map = offset > SKIP_AT_MOST ? await this.mapOf(this.filter) : null;
    if (map) return this.reads(timelinePageAt(this.ctx.db, map, offset, PAGE_SIZE));
    return this.reads(timelinePage(this.ctx.db, this.filter, offset, PAGE_SIZE));
  }

  private async reads<T>(read: Promise<T>): Promise<T> {
    this.reading = true;
    try {
      return await read;
    } finally {
      this.reading = false;
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private visibleRange(): [number, number] {
    const top = this.viewport.scrollTop;
    const height = this.viewport.clientHeight || ROW_HEIGHT * 6;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.total - 1, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    return [first, last];
  }

  private render(): void {
    const [first, last] = this.visibleRange();
    const wanted = new Set<number>();
    for (let i = first; i <= last; i++) wanted.add(i);
    if (this.total > 0) wanted.add(Math.min(this.focusIndex, this.total - 1));
    for (const [index, row] of this.rows) {
      // the focused row stays, or focus would fall back to the page
      if (!wanted.has(index) && !row.contains(document.activeElement)) {
        row.remove();
        this.rows.delete(index);
      }
    }
    for (const index of wanted) this.renderRow(index);
    this.updateTabStop();
    const pending = [...wanted].some((i) => !this.pages.has(Math.floor(i / PAGE_SIZE)));
    this.feed.setAttribute('aria-busy', String(pending));
  }

  private renderRow(index: number): void {
    const page = Math.floor(index / PAGE_SIZE);
    const event = this.pages.get(page)?.[index % PAGE_SIZE];
    const existing = this.rows.get(index);
    if (existing && (!event || existing.dataset.eventId === event.id)) return;
    if (!event && !this.loading.has(page)) this.fetch(page);
    const row = event
      ? eventRow(
          event,
          { index, total: this.total },
          this.notes.get(event.id) ?? [],
          (e) => void this.addNote(e, index),
        )
      : placeholderRow(index, this.total);
    row.style.top = `${index * ROW_HEIGHT}px`;
    const hadFocus = existing?.contains(document.activeElement) ?? false;
    if (existing) existing.replaceWith(row);
    else {
      // reading order follows the list order, whatever order the rows were rendered in
      let before: HTMLElement | null = null;
      for (const [i, other] of this.rows)
        if (i > index && (!before || i < Number(before.dataset.index))) before = other;
      this.feed.insertBefore(row, before);
    }
    this.rows.set(index, row);
    if (hadFocus) row.focus({ preventScroll: true });
  }

  private updateTabStop(): void {
    const focus = Math.min(this.focusIndex, this.total - 1);
    for (const [index, row] of this.rows) row.tabIndex = index === focus ? 0 : -1;
  }

  /**
   * One page load at a time, always for a page still in view: fast scrolling skips the pages it flew past instead of
   * queueing them. A page following a loaded one reads on from that page's last event, with no offset to skip.
   */
  private fetch(page: number): void {
    this.loading.add(page);
    if (!this.fetching) void this.pump();
  }

  private fetching = false;

  private async pump(): Promise<void> {
    this.fetching = true;
    try {
      for (;;) {
        const [first, last] = this.visibleRange();
        const visible = new Set<number>();
        for (let i = Math.floor(first / PAGE_SIZE); i <= Math.floor(last / PAGE_SIZE); i++) visible.add(i);
        for (const page of this.loading) if (!visible.has(page)) this.loading.delete(page);
        const candidates = [...this.loading].filter((p) => !this.pages.has(p));
        if (candidates.length === 0) return;
        const page = candidates.find((p) => this.pages.get(p - 1)?.length === PAGE_SIZE) ?? candidates[0]!;
        const generation = this.generation;
        const previous = this.pages.get(page - 1);
        const events =
          previous && previous.length === PAGE_SIZE
            ? await this.reads(timelinePageAfter(this.ctx.db, this.filter, previous[PAGE_SIZE - 1]!, PAGE_SIZE))
            : await this.readPage(page);
        if (generation !== this.generation) continue;
        this.loading.delete(page);
        this.store(page, events);
        // with the first rows up, map the list so far jumps are one short read
        void this.mapOf(this.filter);
        this.schedule();
      }
    } finally {
      this.fetching = false;
    }
  }

  private store(page: number, events: StoredEvent[]): void {
    if (this.pages.size >= MAX_CACHED_PAGES) {
      const [first] = this.visibleRange();
      const here = first / PAGE_SIZE;
      const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - here) - Math.abs(a - here));
      for (const key of far.slice(0, this.pages.size - MAX_CACHED_PAGES + 1)) this.pages.delete(key);
    }
    this.pages.set(page, events);
  }

  focusRow(index: number): void {
    if (this.total === 0) return;
    const target = Math.max(0, Math.min(this.total - 1, index));
    this.focusIndex = target;
    const top = target * ROW_HEIGHT;
    const view = this.viewport.clientHeight;
    if (top < this.viewport.scrollTop) this.viewport.scrollTop = top;
    else if (top + ROW_HEIGHT > this.viewport.scrollTop + view) this.viewport.scrollTop = top + ROW_HEIGHT - view;
    this.render();
    this.rows.get(target)?.focus({ preventScroll: true });
  }

  private onKey(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>('article');
    if (!row || e.target !== row) return;
    const index = Number(row.dataset.index);
    // the feed pattern: Page Down / Page Up go to the next / previous article
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 1,
      PageUp: index - 1,
      Home: 0,
      End: this.total - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.focusRow(next);
  }

  private async addNote(event: StoredEvent, index: number): Promise<void> {
    const text = await askForNote(`${ruleLabel(event.ruleId)} on ${event.host}, ${dateTime(event.time)}`);
    if (text === null) return;
    try {
      const note = await addNote(this.ctx.db, text, [event.id], this.ctx.now());
      this.notes.set(event.id, [...(this.notes.get(event.id) ?? []), note]);
      this.rows.get(index)?.remove();
      this.rows.delete(index);
      this.render();
      this.rows.get(index)?.querySelector<HTMLButtonElement>('[data-add-note]')?.focus();
      this.ctx.announce('Note saved.');
    } catch (error) {
      this.ctx.announce(`The note was not saved: ${(error as Error).message}`);
    }
  }
}

async function notesByEvent(ctx: PageContext): Promise<Map<string, Note[]>> {
  const map = new Map<string, Note[]>();
  for (const note of await ctx.db.getAllFromIndex('notes', 'time')) {
    for (const id of note.eventIds) map.set(id, [...(map.get(id) ?? []), note]);
  }
  return map;
}

export async function renderTimeline(ctx: PageContext): Promise<HTMLElement> {
  const [hosts, notes] = await Promise.all([knownHosts(ctx.db), notesByEvent(ctx)]);
  const feed = new VirtualFeed(ctx, notes);
  const category = h(
    'select',
    { name: 'category' },
    h('option', { value: '' }, 'All categories'),
    ...CATEGORIES.map((c) => h('option', { value: c }, CATEGORY_LABELS[c])),
  );
  const site = h(
    'select',
    { name: 'site' },
    h('option', { value: '' }, 'All sites'),
    ...hosts.map((host) => h('option', { value: host }, host)),
  );
  const from = h('input', { type: 'date', name: 'from' });
  const to = h('input', { type: 'date', name: 'to' });
  const summary = h('p', { class: 'summary', id: 'timeline-summary' });
  const form = h(
    'form',
    { role: 'search', 'aria-label': 'Filter the timeline', class: 'filters' },
    field('Category', category),
    field('Site', site),
    field('From', from),
    field('To', to),
    h(
      'div',
      { class: 'field buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Show'),
      h('button', { type: 'reset', class: 'secondary' }, 'Clear filters'),
    ),
  );
  const apply = async (): Promise<void> => {
    const filter: TimelineFilter = {};
    if (category.value) filter.category = category.value as Category;
    if (site.value) filter.host = site.value;
    if (isDay(from.value)) filter.fromDay = from.value;
    if (isDay(to.value)) filter.toDay = to.value;
    if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) {
      summary.textContent = 'The “From” date is after the “To” date.';
      ctx.announce(summary.textContent);
      await feed.load(filter);
      return;
    }
    const total = await feed.load(filter);
    summary.textContent = total === 0 ? 'No moments match.' : `${plural(total, 'moment')}, newest first.`;
    ctx.announce(summary.textContent);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  form.addEventListener('reset', () => setTimeout(() => void apply()));
  for (const control of [category, site]) control.addEventListener('change', () => void apply());
  const root = h(
    'div',
    { class: 'timeline' },
    form,
    summary,
    h(
      'p',
      { class: 'hint' },
      'Tip: focus a moment, then use the arrow keys, Page Up, Page Down, Home and End to move through the list.',
    ),
    feed.viewport,
  );
  // after the page shows the list, so its size is known
  requestAnimationFrame(() => void apply());
  return root;
}
