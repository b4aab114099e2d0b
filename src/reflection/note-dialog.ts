import { h, uid } from './dom';

/**
 * Asks for a note in a modal dialog. Resolves with the text, or null when cancelled; focus goes back to where it was
 * (the caller may move it elsewhere afterwards).
 */
export function askForNote(context: string): Promise<string | null> {
  const titleId = uid('note-title');
  const textId = uid('note-text');
  const problemId = uid('note-problem');
  const text = h('textarea', { id: textId, rows: 5, maxlength: 10_000, required: true, 'aria-describedby': problemId });
  const problem = h('p', { id: problemId, class: 'problem-text', role: 'alert' });
  const dialog = h(
    'dialog',
    { 'aria-labelledby': titleId, class: 'dialog' },
    h('h2', { id: titleId }, 'Add a note'),
    h('p', { class: 'muted' }, context),
    h('form', { method: 'dialog' }, h('label', { for: textId }, 'What was going on for you?'), text, problem),
  );
  const save = h('button', { type: 'button', class: 'primary' }, 'Save note');
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  dialog.append(h('div', { class: 'buttons' }, save, cancel));
  document.body.append(dialog);
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    let result: string | null = null;
    save.addEventListener('click', () => {
      if (!text.value.trim()) {
        problem.textContent = 'Write something first, or cancel.';
        text.focus();
        return;
      }
      result = text.value;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(result);
    });
    dialog.showModal();
    text.focus();
  });
}

/** Asks to confirm something that cannot be undone; resolves true only on the explicit confirm button. */
export function confirmAction(title: string, detail: string, confirmLabel: string): Promise<boolean> {
  const titleId = uid('confirm-title');
  const detailId = uid('confirm-detail');
  const confirm = h('button', { type: 'button', class: 'danger', 'data-confirm': 'yes' }, confirmLabel);
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const dialog = h(
    'dialog',
    { role: 'alertdialog', 'aria-labelledby': titleId, 'aria-describedby': detailId, class: 'dialog' },
    h('h2', { id: titleId }, title),
    h('p', { id: detailId }, detail),
    h('div', { class: 'buttons' }, cancel, confirm),
  );
  document.body.append(dialog);
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    let confirmed = false;
    confirm.addEventListener('click', () => {
      confirmed = true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus();
      resolve(confirmed);
    });
    dialog.showModal();
    // the safe choice has focus, so Enter by habit does not delete anything
    cancel.focus();
  });
}
