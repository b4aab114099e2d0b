import type { Note, StoredEvent } from '../history/schema';
import { h } from './dom';
import { ACTION_LABELS, CATEGORY_LABELS, dateTime, ruleLabel } from './labels';

/** The sentence with the flagged words marked, built from text nodes only. */
function flaggedText(event: StoredEvent): HTMLElement {
  if (event.sentence !== undefined) {
    const at = event.match ? event.sentence.indexOf(event.match) : -1;
    const quote = h('q', { class: 'flagged' });
    if (at >= 0 && event.match) {
      quote.append(
        event.sentence.slice(0, at),
        h('mark', {}, event.match),
        event.sentence.slice(at + event.match.length),
      );
    } else quote.append(event.sentence);
    return quote;
  }
  if (event.match !== undefined) return h('q', { class: 'flagged' }, h('mark', {}, event.match));
  return h('span', { class: 'flagged muted' }, 'Words not kept (privacy level: counts only)');
}

/** One moment of the timeline: when and where, what was flagged (as much as the privacy level kept), what the writer did. */
export function eventRow(
  event: StoredEvent,
  position: { index: number; total: number },
  notes: Note[],
  onAddNote: (event: StoredEvent) => void,
): HTMLElement {
  const titleId = `event-${event.id}-title`;
  return h(
    'article',
    {
      class: 'event',
      tabindex: -1,
      'aria-posinset': position.index + 1,
      'aria-setsize': position.total,
      'aria-labelledby': titleId,
      'data-index': position.index,
      'data-event-id': event.id,
      'data-action': event.action,
    },
    h(
      'h3',
      { id: titleId, class: 'event-title' },
      h('span', { class: 'tag', 'data-category': event.category }, CATEGORY_LABELS[event.category]),
      ` ${ruleLabel(event.ruleId)} — ${ACTION_LABELS[event.action]}`,
    ),
    h(
      'p',
      { class: 'event-meta muted' },
      h('time', { datetime: new Date(event.time).toISOString() }, dateTime(event.time)),
      ` · ${event.host || 'unknown site'}`,
    ),
    h(
      'p',
      { class: 'event-text' },
      flaggedText(event),
      event.replacement !== undefined
        ? h('span', { class: 'replacement' }, ' → ', h('q', {}, event.replacement))
        : null,
    ),
    h(
      'div',
      { class: 'event-notes' },
      notes.length > 0
        ? h(
            'p',
            { class: 'note' },
            h('strong', {}, notes.length === 1 ? 'Note: ' : `${notes.length} notes, latest: `),
            notes.at(-1)!.text,
          )
        : null,
      h(
        'button',
        { type: 'button', class: 'link', 'data-add-note': event.id, onclick: () => onAddNote(event) },
        notes.length ? 'Add another note' : 'Add a note',
      ),
    ),
  );
}

export function placeholderRow(index: number, total: number): HTMLElement {
  return h(
    'article',
    {
      class: 'event loading',
      tabindex: -1,
      'aria-posinset': index + 1,
      'aria-setsize': total,
      'aria-busy': 'true',
      'data-index': index,
    },
    h('p', { class: 'muted' }, 'Loading…'),
  );
}
