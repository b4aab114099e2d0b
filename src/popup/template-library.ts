import { fillTemplate, templateParts, templatePreview } from '../templates/fill';
import { searchTemplates } from '../templates/search';
import type { Template, TemplateGroup } from '../templates/types';
import { h } from './dom';
import { copyText } from './insert';
import type { InsertTextResult } from '../protocol/tab';

export interface LibraryOptions {
  groups: readonly TemplateGroup[];
  insert(text: string): Promise<InsertTextResult>;
  /** after a successful insert (the toolbar popup closes itself) */
  inserted?(): void;
}

/**
 * The phrase library: a search box over templates grouped by intent, and an editor where a template's blanks are
 * inputs inside the sentence. Arrow keys move through the list; Escape goes back from the editor.
 */
export function renderLibrary(root: HTMLElement, options: LibraryOptions): void {
  const search = h('input', {
    type: 'search',
    id: 'template-search',
    class: 'search',
    placeholder: 'Search phrases (e.g. sorry, break, boundary)',
    'aria-label': 'Search phrases',
    'aria-controls': 'template-list',
    autocomplete: 'off',
  });
  const count = h('p', { class: 'sr-only', role: 'status', id: 'template-count' });
  const list = h('div', { id: 'template-list' });
  const editor = h('div', { id: 'template-editor', hidden: true });
  root.append(search, count, list, editor);

  let lastOpened: string | undefined;
  const buttons = (): HTMLButtonElement[] => [...list.querySelectorAll<HTMLButtonElement>('button.template')];

  const showList = (): void => {
    const groups = searchTemplates(options.groups, search.value);
    const total = groups.reduce((n, g) => n + g.templates.length, 0);
    count.textContent = search.value.trim() ? `${total} phrase${total === 1 ? '' : 's'} found` : '';
    list.replaceChildren(
      ...groups.map((group) =>
        h(
          'section',
          { class: 'group', 'aria-labelledby': `group-${group.id}` },
          h('h3', { id: `group-${group.id}`, text: group.title }),
          h('p', { class: 'muted small', text: group.intent }),
          h(
            'ul',
            { class: 'templates' },
            ...group.templates.map((template) => {
              const button = h('button', {
                type: 'button',
                class: 'template',
                'data-template': template.id,
                text: templatePreview(template),
              });
              button.addEventListener('click', () => openEditor(group, template));
              return h('li', {}, button);
            }),
          ),
        ),
      ),
    );
    if (!total) list.append(h('p', { class: 'muted', text: 'No phrase matches. Try another word.' }));
  };

  const moveFocus = (from: HTMLElement, step: number): void => {
    const all = buttons();
    const at = all.indexOf(from as HTMLButtonElement);
    const next = at < 0 ? all[step > 0 ? 0 : all.length - 1] : all[at + step];
    if (next) next.focus();
    else if (step < 0) search.focus();
  };

  search.addEventListener('input', showList);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(search, 1);
    } else if (event.key === 'Enter') {
      const only = buttons();
      if (only.length === 1) only[0]?.click();
    }
  });
  list.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.matches('button.template')) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(target, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const all = buttons();
      all[event.key === 'Home' ? 0 : all.length - 1]?.focus();
    }
  });

  const back = (): void => {
    editor.hidden = true;
    editor.replaceChildren();
    list.hidden = false;
    search.hidden = false;
    const opened = buttons().find((b) => b.dataset.template === lastOpened);
    (opened ?? search).focus();
  };

  const openEditor = (group: TemplateGroup, template: Template): void => {
    lastOpened = template.id;
    const values: Record<string, string> = {};
    const inputs: HTMLInputElement[] = [];
    const status = h('p', { class: 'status', role: 'status', id: 'template-status' });
    const sentence = h('p', { class: 'fill', id: 'template-fill' });
    for (const part of templateParts(template)) {
      if (part.kind === 'text') {
        sentence.append(part.text);
        continue;
      }
      const input = h('input', {
        type: 'text',
        class: 'slot',
        'data-slot': part.slot.id,
        'aria-label': part.slot.label,
        placeholder: part.slot.example,
        autocomplete: 'off',
        spellcheck: 'true',
      });
      const size = (): void => {
        input.size = Math.max(6, Math.min(40, (input.value || input.placeholder).length + 1));
      };
      size();
      input.addEventListener('input', () => {
        values[part.slot.id] = input.value;
        input.removeAttribute('aria-invalid');
        size();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const next = inputs.slice(inputs.indexOf(input) + 1).find((i) => !i.value.trim());
        (next ?? insertButton).focus();
      });
      inputs.push(input);
      sentence.append(input);
    }

    const finished = (): string | null => {
      const result = fillTemplate(template, values);
      if (result.ok) return result.text;
      const labels = template.slots.filter((s) => result.missing.includes(s.id)).map((s) => `“${s.label}”`);
      for (const input of inputs) {
        if (result.missing.includes(input.dataset.slot ?? '')) input.setAttribute('aria-invalid', 'true');
      }
      status.textContent = `Fill in ${labels.join(', ')} first.`;
      inputs.find((i) => result.missing.includes(i.dataset.slot ?? ''))?.focus();
      return null;
    };

    const copyButton = h('button', { type: 'button', id: 'template-copy', text: 'Copy' });
    const insertButton = h('button', { type: 'button', id: 'template-insert', class: 'primary', text: 'Insert' });
    const backButton = h('button', { type: 'button', id: 'template-back', text: 'Back to phrases' });
    copyButton.addEventListener('click', () => {
      const text = finished();
      if (text === null) return;
      void copyText(text).then((ok) => {
        status.textContent = ok
          ? 'Copied. Paste it where you are writing.'
          : 'Your browser refused to copy; select the text and copy it yourself.';
      });
    });
    insertButton.addEventListener('click', () => {
      const text = finished();
      if (text === null) return;
      status.textContent = 'Inserting…';
      void options.insert(text).then((result) => {
        status.textContent = result.ok ? 'Inserted into your message.' : (result.reason ?? 'Nothing was inserted.');
        if (result.ok) options.inserted?.();
      });
    });
    backButton.addEventListener('click', back);
    editor.onkeydown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        back();
      }
    };

    editor.replaceChildren(
      h('h3', { id: 'template-editor-heading', text: group.title }),
      h('p', {
        class: 'muted small',
        text: template.slots.length ? 'Fill in the blanks, then copy or insert.' : 'Ready to copy or insert.',
      }),
      sentence,
      h('div', { class: 'actions' }, insertButton, copyButton, backButton),
      status,
      h('p', { class: 'muted small source', text: `From: ${template.source}` }),
    );
    editor.setAttribute('role', 'group');
    editor.setAttribute('aria-labelledby', 'template-editor-heading');
    list.hidden = true;
    search.hidden = true;
    editor.hidden = false;
    (inputs[0] ?? insertButton).focus();
  };

  showList();
}
