import { browser } from 'wxt/browser';
import { dueCheckIns } from './goals';
import type { HistoryDB } from './schema';

interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
}

/** `action` in Manifest V3, `browserAction` in Firefox's Manifest V2; absent in contexts without a toolbar button. */
function badgeApi(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/** Shows on the toolbar button how many goals wait for a check-in; clears it when none do. */
export async function refreshCheckInBadge(db: HistoryDB, now = Date.now()): Promise<number> {
  const due = (await dueCheckIns(db, now)).length;
  const api = badgeApi();
  if (!api) return due;
  await api.setBadgeText({ text: due > 0 ? String(due) : '' });
  if (due > 0) await api.setBadgeBackgroundColor?.({ color: '#5b4bb7' });
  await api.setTitle?.({
    title: due > 0 ? `Mindful Draft: ${due} goal check-in${due === 1 ? '' : 's'} due` : 'Mindful Draft',
  });
  return due;
}
