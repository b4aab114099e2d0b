import { browser } from 'wxt/browser';
import { OPEN_HINT_SHORTCUT_LABEL } from '../content/shortcut';
import { h } from '../popup/dom';

const COMMAND_NAMES: Record<string, string> = {
  _execute_action: 'Open the toolbar menu (phrases and site settings)',
  _execute_browser_action: 'Open the toolbar menu (phrases and site settings)',
};

/** Opens the browser's own page for extension shortcuts; extension pages may not link to it directly. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export async function renderShortcuts(root: HTMLElement): Promise<void> {
  // `commands` exists only when the manifest declares some; the hint shortcut is the content script's own
  const api = (browser as unknown as { commands?: typeof browser.commands }).commands;
  const commands = api ? await api.getAll().catch(() => []) : [];
  const rows = [
    h(
      'li',
      {},
      h('span', {}, 'Open the hint nearest the cursor in a message box'),
      h('kbd', { text: OPEN_HINT_SHORTCUT_LABEL }),
    ),
    ...commands.map((c) =>
      h(
        'li',
        {},
        h('span', { text: COMMAND_NAMES[c.name ?? ''] ?? c.description ?? c.name ?? '' }),
        c.shortcut ? h('kbd', { text: c.shortcut }) : h('span', { class: 'muted', text: 'not set' }),
      ),
    ),
  ];
  const change = h('button', { type: 'button', id: 'open-shortcuts', text: 'Change shortcuts in your browser' });
  change.addEventListener('click', () => void openShortcutSettings());
  root.replaceChildren(h('ul', { class: 'rows', id: 'shortcut-list' }, ...rows), ...(commands.length ? [change] : []));
}
