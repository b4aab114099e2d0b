/** The keyboard route to hints: opens the hint nearest the caret in the focused editor. */
export const OPEN_HINT_SHORTCUT = {
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  code: 'KeyM',
} as const;

/** How the shortcut is written for people, e.g. in the README and the options page. */
export const OPEN_HINT_SHORTCUT_LABEL = 'Alt+Shift+M';

export function isOpenHintShortcut(event: KeyboardEvent): boolean {
  const s = OPEN_HINT_SHORTCUT;
  return (
    event.code === s.code &&
    event.altKey === s.altKey &&
    event.shiftKey === s.shiftKey &&
    event.ctrlKey === s.ctrlKey &&
    event.metaKey === s.metaKey
  );
}
