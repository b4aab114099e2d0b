import { CATEGORIES } from '../engine/types';
import { setCategoryEnabled, type Settings } from '../settings/settings';
import { h } from '../popup/dom';
import { CATEGORY_TEXT } from './category-names';

export function renderCategories(root: HTMLElement, settings: Settings): void {
  root.replaceChildren(
    h(
      'fieldset',
      {},
      h('legend', { text: 'Patterns to point out' }),
      ...CATEGORIES.map((category) => {
        const id = `category-${category}`;
        const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-about` });
        box.checked = !settings.disabledCategories.includes(category);
        box.addEventListener('change', () => void setCategoryEnabled(category, box.checked));
        return h(
          'div',
          { class: 'check' },
          box,
          h('label', { for: id, text: CATEGORY_TEXT[category].name }),
          h('span', { id: `${id}-about`, class: 'muted small', text: CATEGORY_TEXT[category].about }),
        );
      }),
    ),
  );
}
