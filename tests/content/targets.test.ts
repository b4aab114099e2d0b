// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES, DEFAULT_SITES } from '../../src/content/sites';
import { isOpenHintShortcut, OPEN_HINT_SHORTCUT_LABEL } from '../../src/content/shortcut';
import { editorFor, isOptedOut } from '../../src/content/targets';

function build(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(document.createRange().createContextualFragment(html));
  document.body.replaceChildren(root);
  return root;
}

describe('which elements are checked', () => {
  it('takes textareas and text inputs, and skips password, search, read-only and disabled fields', () => {
    const root = build(`
      <textarea id="a"></textarea><input id="b"><input id="c" type="text"><input id="d" type="email">
      <input id="p" type="password"><input id="s" type="search"><textarea id="r" readonly></textarea>
      <textarea id="x" disabled></textarea><input id="n" type="number"><input id="cb" role="combobox">`);
    const pick = (id: string): Element | null => editorFor(root.querySelector(`#${id}`));
    for (const id of ['a', 'b', 'c', 'd']) expect(pick(id), id).not.toBeNull();
    for (const id of ['p', 's', 'r', 'x', 'n', 'cb']) expect(pick(id), id).toBeNull();
  });

  it('honours opt-out attributes on the field or any ancestor', () => {
    const root = build(`
      <textarea id="g" data-gramm="false"></textarea><textarea id="ge" data-gramm_editor="false"></textarea>
      <textarea id="eg" data-enable-grammarly="false"></textarea>
      <div data-mindful-draft="off"><textarea id="md"></textarea></div><textarea id="ok" data-gramm="true"></textarea>`);
    for (const id of ['g', 'ge', 'eg', 'md']) {
      expect(isOptedOut(root.querySelector(`#${id}`)!), id).toBe(true);
      expect(editorFor(root.querySelector(`#${id}`)), id).toBeNull();
    }
    expect(editorFor(root.querySelector('#ok'))).not.toBeNull();
  });
});

describe('default sites and the shortcut', () => {
  it('lists every default site as https match patterns, once', () => {
    const names = DEFAULT_SITES.map((s) => s.name);
    for (const name of ['Gmail', 'Outlook', 'Slack', 'Discord', 'WhatsApp Web', 'LinkedIn', 'X', 'Instagram']) {
      expect(names).toContain(name);
    }
    expect(new Set(DEFAULT_SITE_MATCHES).size).toBe(DEFAULT_SITE_MATCHES.length);
    for (const m of DEFAULT_SITE_MATCHES) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('recognises Alt+Shift+M and nothing else', () => {
    const key = (init: KeyboardEventInit): boolean => isOpenHintShortcut(new KeyboardEvent('keydown', init));
    expect(OPEN_HINT_SHORTCUT_LABEL).toBe('Alt+Shift+M');
    expect(key({ code: 'KeyM', altKey: true, shiftKey: true })).toBe(true);
    expect(key({ code: 'KeyM', altKey: true })).toBe(false);
    expect(key({ code: 'KeyM', altKey: true, shiftKey: true, ctrlKey: true })).toBe(false);
    expect(key({ code: 'KeyN', altKey: true, shiftKey: true })).toBe(false);
  });
});
