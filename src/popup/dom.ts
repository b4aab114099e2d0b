/** Builds an element from text and children only: no markup strings, so page and user text can never become HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') el.textContent = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** A labelled on/off control read out as a switch. */
export function switchButton(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', role: 'switch', class: 'switch', 'aria-checked': String(checked) });
  button.append(h('span', { class: 'switch-track', 'aria-hidden': 'true' }), h('span', { text: label }));
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-checked') !== 'true';
    button.setAttribute('aria-checked', String(on));
    onChange(on);
  });
  return button;
}
