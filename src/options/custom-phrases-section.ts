import { CATEGORIES } from '../engine/types';
import { checkCustomPhrase, MAX_PHRASE_CHARS, MAX_REPLACEMENT_CHARS, newPhraseId } from '../settings/custom-phrases';
import { getSettings, updateSettings, type Settings } from '../settings/settings';
import { h } from '../popup/dom';
import { CATEGORY_TEXT } from './category-names';

/** The add form stays put across re-renders (it holds what the writer is typing); only the list is redrawn. */
export function renderCustomPhraseForm(root: HTMLElement): void {
  const phrase = h('input', {
    type: 'text',
    id: 'custom-phrase',
    autocomplete: 'off',
    maxlength: String(MAX_PHRASE_CHARS * 2),
  });
  const replacement = h('input', {
    type: 'text',
    id: 'custom-replacement',
    autocomplete: 'off',
    maxlength: String(MAX_REPLACEMENT_CHARS * 2),
  });
  const category = h(
    'select',
    { id: 'custom-category' },
    ...CATEGORIES.map((c) => h('option', { value: c, text: CATEGORY_TEXT[c].name })),
  );
  category.value = 'contempt';
  const error = h('p', { id: 'custom-error', class: 'error', role: 'alert' });
  const done = h('p', { id: 'custom-done', class: 'status', role: 'status' });
  const fields = { phrase, replacement, category };
  const form = h(
    'form',
    { id: 'custom-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'custom-phrase', text: 'Word or phrase to avoid' }), phrase),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'custom-replacement', text: 'What you would rather say' }),
      replacement,
    ),
    h('div', { class: 'field' }, h('label', { for: 'custom-category', text: 'Category' }), category),
    h('button', { type: 'submit', class: 'primary', text: 'Add phrase' }),
    error,
    done,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      for (const f of Object.values(fields)) {
        f.removeAttribute('aria-invalid');
        f.removeAttribute('aria-describedby');
      }
      done.textContent = '';
      const settings = await getSettings();
      const check = checkCustomPhrase(
        { phrase: phrase.value, replacement: replacement.value, category: category.value },
        settings.customPhrases,
      );
      if (!check.ok) {
        error.textContent = check.message;
        fields[check.field].setAttribute('aria-invalid', 'true');
        fields[check.field].setAttribute('aria-describedby', 'custom-error');
        fields[check.field].focus();
        return;
      }
      error.textContent = '';
      await updateSettings((s) => ({
        ...s,
        customPhrases: [
          ...s.customPhrases,
          { ...check.value, id: newPhraseId(s.customPhrases), createdAt: Date.now() },
        ],
      }));
      phrase.value = '';
      replacement.value = '';
      done.textContent = `Added “${check.value.phrase}”. It is underlined in open tabs from now on.`;
      phrase.focus();
    })();
  });
  root.replaceChildren(form);
}

export function renderCustomPhraseList(root: HTMLElement, settings: Settings): void {
  if (!settings.customPhrases.length) {
    root.replaceChildren(h('p', { class: 'muted', text: 'No phrases yet.' }));
    return;
  }
  root.replaceChildren(
    h(
      'ul',
      { class: 'rows', id: 'custom-list' },
      ...settings.customPhrases.map((p) => {
        const remove = h('button', { type: 'button', 'aria-label': `Remove “${p.phrase}”`, text: 'Remove' });
        remove.addEventListener('click', () => {
          void updateSettings((s) => ({ ...s, customPhrases: s.customPhrases.filter((x) => x.id !== p.id) }));
        });
        return h(
          'li',
          {},
          h(
            'span',
            {},
            h('strong', { text: `“${p.phrase}”` }),
            ' → ',
            `“${p.replacement}”`,
            h('span', { class: 'muted small', text: ` · ${CATEGORY_TEXT[p.category].name}` }),
          ),
          remove,
        );
      }),
    ),
  );
}
