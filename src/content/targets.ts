/**
 * Which elements Mindful Draft may check. Never password, search or other non-prose fields, never read-only or
 * disabled ones, and never anything the page or the writer opted out (the attributes other writing tools honour too).
 */
const TEXT_INPUT_TYPES = new Set(['text', 'email', '']);

const OPT_OUTS: readonly [string, string][] = [
  ['data-gramm', 'false'],
  ['data-gramm_editor', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-mindful-draft', 'off'],
];

export type EditableElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** True when the element or an ancestor carries an opt-out attribute. */
export function isOptedOut(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (const [name, off] of OPT_OUTS) {
      if (node.getAttribute(name)?.toLowerCase() === off) return true;
    }
  }
  return false;
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const name = el.nodeName;
  if (name === 'TEXTAREA') return true;
  if (name !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type);
}

/**
 * The editor a focused element belongs to: the field itself, or the top editing host of a contenteditable region.
 * Null when it is not something to check.
 */
export function editorFor(target: EventTarget | null): EditableElement | null {
  if (!(target instanceof Element)) return null;
  let editor: EditableElement | null = null;
  if (isTextField(target)) {
    const field = target as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return null;
    if (field instanceof HTMLInputElement && field.getAttribute('role') === 'combobox') return null;
    editor = field;
  } else if (target instanceof HTMLElement && target.isContentEditable) {
    editor = editingHost(target);
  }
  if (!editor || isOptedOut(editor)) return null;
  if (editor.getAttribute('aria-readonly') === 'true' || editor.getAttribute('aria-disabled') === 'true') return null;
  return editor;
}

/** The outermost element of a contenteditable region, so a whole composer is one editor. */
export function editingHost(el: HTMLElement): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value !== null && value.toLowerCase() === 'false') return host;
    if (node.isContentEditable) host = node;
    else break;
  }
  return host;
}
