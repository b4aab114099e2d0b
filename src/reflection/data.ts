import { refreshCheckInBadge } from '../history/badge';
import { dayOf, isDay } from '../history/days';
import { deleteDays, deleteEverything } from '../history/delete';
import { parseHistoryExport } from '../history/export-format';
import { countTimeline } from '../history/queries';
import { isQuotaError, QUOTA_MESSAGE } from '../history/status';
import { exportHistory, importHistory, type ImportResult } from '../history/transfer';
import { getSettings, settingsItem, type PrivacyLevel } from '../settings/settings';
import type { PageContext } from './context';
import { field, h, uid } from './dom';
import { longDay, plural } from './labels';
import { confirmAction } from './note-dialog';

const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

function importSummary(r: ImportResult): string {
  const parts = [
    `${plural(r.eventsAdded, 'moment')} added`,
    r.eventsAlreadyThere ? `${plural(r.eventsAlreadyThere, 'moment')} already here` : '',
    r.goalsAdded ? `${plural(r.goalsAdded, 'goal')} added` : '',
    r.goalsMerged ? `${plural(r.goalsMerged, 'goal')} gained check-ins` : '',
    r.notesAdded ? `${plural(r.notesAdded, 'note')} added` : '',
  ].filter(Boolean);
  return `Import finished: ${parts.join(', ')}.`;
}

function writeFailure(error: unknown): string {
  return isQuotaError(error)
    ? QUOTA_MESSAGE
    : `Something went wrong, and nothing was changed: ${(error as Error).message}`;
}

function section(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const id = uid('data-heading');
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function exportSection(ctx: PageContext): HTMLElement {
  const button = h('button', { type: 'button', class: 'primary' }, 'Export everything');
  button.addEventListener('click', () => {
    void exportHistory(ctx.db, ctx.now()).then((data) => {
      const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: `mindful-draft-history-${dayOf(ctx.now())}.json` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      ctx.announce(
        `Exported ${plural(data.events.length, 'moment')}, ${plural(data.goals.length, 'goal')} and ${plural(data.notes.length, 'note')}.`,
      );
    });
  });
  return section(
    'Export',
    h(
      'p',
      {},
      'Save your whole history (moments, goals, check-ins and notes) as a JSON file on this computer. It never leaves your machine unless you move it.',
    ),
    button,
  );
}

/** "Imported 20,000 of 100,000 events…"; once every event is written, the one transaction still has to commit. */
function progressText(done: number, total: number): string {
  const text = `Imported ${done.toLocaleString('en')} of ${plural(total, 'event')}`;
  return done === total ? `${text}. Saving…` : `${text}…`;
}

function importSection(ctx: PageContext): HTMLElement {
  const input = h('input', { type: 'file', accept: 'application/json,.json', name: 'import-file' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Import');
  const result = h('div', { class: 'result', 'data-import-result': '', role: 'status' });
  // the bar moves with every batch; the status line speaks at every tenth, so a screen reader is not flooded
  const bar = h('progress', {
    class: 'import-progress',
    max: 1,
    value: 0,
    'aria-label': 'Import progress',
    hidden: true,
  });
  const form = h(
    'form',
    {},
    field(
      'Export file to import',
      input,
      'Moments already in your history are skipped, so importing the same file twice adds nothing.',
    ),
    button,
    bar,
    result,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const file = input.files?.[0];
    const show = (message: string, ok: boolean): void => {
      result.className = ok ? 'result ok' : 'result problem';
      result.textContent = message;
    };
    if (!file) return show('Choose an export file first.', false);
    if (file.size > MAX_IMPORT_BYTES)
      return show('This file is too large to be a Mindful Draft export. Nothing was changed.', false);
    button.disabled = true;
    show('Reading and checking the file…', true);
    void file
      .text()
      .then(async (text) => {
        const parsed = parseHistoryExport(text);
        if (!parsed.ok) return show(parsed.message, false);
        const total = parsed.data.events.length;
        bar.max = Math.max(1, total);
        bar.value = 0;
        bar.hidden = false;
        show(progressText(0, total), true);
        let spokenTenth = 0;
        const summary = await importHistory(ctx.db, parsed.data, ({ done }) => {
          bar.value = done;
          const tenth = Math.floor((done * 10) / Math.max(1, total));
          if (tenth > spokenTenth || done === total) {
            spokenTenth = tenth;
            show(progressText(done, total), true);
          }
        });
        await refreshCheckInBadge(ctx.db, ctx.now()).catch(() => undefined);
        show(importSummary(summary), true);
      })
      .catch((error: unknown) => show(writeFailure(error), false))
      .finally(() => {
        bar.hidden = true;
        button.disabled = false;
      });
  });
  return section('Import', form);
}

function deleteSection(ctx: PageContext): HTMLElement {
  const from = h('input', { type: 'date', name: 'delete-from', required: true });
  const to = h('input', { type: 'date', name: 'delete-to', required: true, value: dayOf(ctx.now()) });
  const result = h('p', { class: 'result', role: 'status' });
  const rangeButton = h('button', { type: 'submit', class: 'danger' }, 'Delete these days…');
  const rangeForm = h('form', { class: 'inline' }, field('From', from), field('To', to), rangeButton);
  rangeForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!isDay(from.value) || !isDay(to.value)) {
      result.textContent = 'Enter both dates.';
      return;
    }
    if (from.value > to.value) {
      result.textContent = 'The “From” date is after the “To” date.';
      return;
    }
    void (async () => {
      const count = await countTimeline(ctx.db, { fromDay: from.value, toDay: to.value });
      const yes = await confirmAction(
        'Delete these days?',
        `${plural(count, 'moment')} and any notes written from ${longDay(from.value)} to ${longDay(to.value)} will be deleted for good. Goals stay.`,
        'Delete',
      );
      if (!yes) return;
      try {
        const deleted = await deleteDays(ctx.db, from.value, to.value);
        result.textContent = `Deleted ${plural(deleted.events, 'moment')} and ${plural(deleted.notes, 'note')}.`;
      } catch (error) {
        result.textContent = writeFailure(error);
      }
      ctx.announce(result.textContent);
    })();
  });
  const everything = h('button', { type: 'button', class: 'danger' }, 'Delete everything…');
  everything.addEventListener('click', () => {
    void confirmAction(
      'Delete your whole history?',
      'Every moment, note, goal and check-in will be deleted for good. Export first if you may want them back.',
      'Delete everything',
    ).then(async (yes) => {
      if (!yes) return;
      await deleteEverything(ctx.db);
      await refreshCheckInBadge(ctx.db, ctx.now()).catch(() => undefined);
      result.textContent = 'Your history is now empty.';
      ctx.announce(result.textContent);
    });
  });
  return section(
    'Delete',
    h('p', {}, 'Delete a range of days, or everything. This cannot be undone.'),
    rangeForm,
    h('p', {}, everything),
    result,
  );
}

async function privacySection(ctx: PageContext): Promise<HTMLElement> {
  const settings = await getSettings();
  const levels: [PrivacyLevel, string, string][] = [
    ['counts', 'Counts only', 'Which pattern, when and where; no words at all.'],
    ['words', 'Flagged words', 'Also the few words that were flagged (the default).'],
    ['sentence', 'Whole sentence', 'Also the sentence around them and the rewording you applied.'],
  ];
  const legendId = uid('privacy');
  const radios = levels.map(([value, label, hint]) => {
    const id = uid('privacy-option');
    const hintId = uid('privacy-hint');
    return h(
      'div',
      { class: 'radio' },
      h('input', {
        type: 'radio',
        name: 'privacy',
        value,
        id,
        checked: settings.privacyLevel === value,
        'aria-describedby': hintId,
      }),
      h('label', { for: id }, label),
      h('span', { class: 'hint', id: hintId }, ` — ${hint}`),
    );
  });
  const retention = h(
    'select',
    { name: 'retention' },
    ...[30, 90, 180, 365, 730].map((d) =>
      h(
        'option',
        { value: d, selected: settings.retentionDays === d },
        d === 365 ? 'One year' : d === 730 ? 'Two years' : `${d} days`,
      ),
    ),
  );
  if (![30, 90, 180, 365, 730].includes(settings.retentionDays))
    retention.append(h('option', { value: settings.retentionDays, selected: true }, `${settings.retentionDays} days`));
  const save = async (): Promise<void> => {
    const chosen = document.querySelector<HTMLInputElement>('input[name=privacy]:checked')?.value as
      PrivacyLevel | undefined;
    const current = await getSettings();
    await settingsItem.setValue({
      ...current,
      privacyLevel: chosen ?? current.privacyLevel,
      retentionDays: Number(retention.value),
    });
    ctx.announce(
      'Saved. It applies to moments recorded from now on; older ones past the retention period are removed within a day.',
    );
  };
  const fieldset = h(
    'fieldset',
    { 'aria-labelledby': legendId },
    h('legend', { id: legendId }, 'What to keep of each hint'),
    ...radios,
  );
  fieldset.addEventListener('change', () => void save());
  retention.addEventListener('change', () => void save());
  return section('What is kept, and for how long', fieldset, field('Keep moments for', retention));
}

export async function renderData(ctx: PageContext): Promise<HTMLElement> {
  return h(
    'div',
    { class: 'data cards' },
    exportSection(ctx),
    importSection(ctx),
    await privacySection(ctx),
    deleteSection(ctx),
  );
}
