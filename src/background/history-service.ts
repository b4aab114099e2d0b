import { browser, type Browser } from 'wxt/browser';
import { refreshCheckInBadge } from '../history/badge';
import { applyRetention } from '../history/delete';
import { toStoredEvent, recordEvent } from '../history/record';
import { historyDb, type HistoryDB } from '../history/schema';
import { foldPendingTallies } from '../history/tallies';
import { createFoldSchedule, type FoldSchedule } from './fold-schedule';
import { historyStatusItem, isQuotaError } from '../history/status';
import { parseHintEventMessage, type HintEvent, type HistoryChangedMessage } from '../protocol/history';
import { getSettings, isPaused, settingsItem, type Settings } from '../settings/settings';

export const RETENTION_ALARM = 'history-retention';
export const CHECK_IN_ALARM = 'history-check-ins';

export type RecordOutcome = 'stored' | 'paused' | 'quota' | 'failed';

export interface HistoryServiceDeps {
  db: () => Promise<HistoryDB>;
  settings: () => Promise<Settings>;
  now: () => number;
}

/** One schedule per set of dependencies: the background has one; each test its own. */
const foldSchedules = new WeakMap<HistoryServiceDeps, FoldSchedule>();
function foldScheduleOf(deps: HistoryServiceDeps): FoldSchedule {
  let schedule = foldSchedules.get(deps);
  if (!schedule) {
    schedule = createFoldSchedule(async () => foldPendingTallies(await deps.db()));
    foldSchedules.set(deps, schedule);
  }
  return schedule;
}

/** The status may hold a quota problem from an earlier run: the first event stored clears it. */
let quotaFlagged = true;

/** Settings read once, then kept current by a storage watch: no storage round trip per event. */
let cachedSettings: Promise<Settings> | undefined;
function currentSettings(): Promise<Settings> {
  if (!cachedSettings) {
    cachedSettings = getSettings();
    settingsItem.watch(() => {
      cachedSettings = getSettings();
    });
  }
  return cachedSettings;
}

const defaults: HistoryServiceDeps = { db: historyDb, settings: currentSettings, now: Date.now };

/**
 * Records one hint event per the settings: nothing for paused sites, only the text the privacy level allows. A full disk
 * makes the transaction abort as a whole (nothing stored is touched); old events past retention are then cleared and the
 * write retried once, and if it still fails the reflection page is told why.
 */
export async function recordHint(event: HintEvent, deps: HistoryServiceDeps = defaults): Promise<RecordOutcome> {
  const settings = await deps.settings();
  if (isPaused(settings, event.host)) return 'paused';
  const db = await deps.db();
  const stored = toStoredEvent(event, settings.privacyLevel, deps.now());
  try {
    await recordEvent(db, stored);
  } catch (error) {
    if (!isQuotaError(error)) {
      console.error('Mindful Draft could not record a hint event', error);
      return 'failed';
    }
    try {
      await applyRetention(db, settings.retentionDays, deps.now());
      await recordEvent(db, stored);
    } catch (retryError) {
      if (!isQuotaError(retryError)) return 'failed';
      const status = await historyStatusItem.getValue();
      await historyStatusItem.setValue({
        problem: 'quota',
        since: status?.since ?? deps.now(),
        notStored: (status?.notStored ?? 0) + 1,
      });
      quotaFlagged = true;
      return 'quota';
    }
  }
  foldScheduleOf(deps).recorded();
  if (quotaFlagged) {
    quotaFlagged = false;
    await historyStatusItem.setValue(null);
  }
  return 'stored';
}

export async function runRetention(deps: HistoryServiceDeps = defaults): Promise<void> {
  const settings = await deps.settings();
  await applyRetention(await deps.db(), settings.retentionDays, deps.now());
}

/**
 * Receives `hint-event` messages from the content script (validated; other extensions and web pages are refused), keeps
 * retention applied (at start-up and daily) and the check-in badge current (hourly).
 */
export function startHistoryService(deps: HistoryServiceDeps = defaults): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseHintEventMessage(raw);
    if (!message) return undefined;
    const start = performance.now();
    // the reply carries the time the background spent, which the benchmark reports
    return recordHint(message.event, deps).then((outcome) => {
      const ms = performance.now() - start;
      if (outcome === 'stored') tellOpenPages({ type: 'history-changed', added: 1 });
      return { outcome, ms };
    });
  });
  void ensureAlarm(RETENTION_ALARM, 24 * 60);
  void ensureAlarm(CHECK_IN_ALARM, 60);
  browser.alarms.onAlarm.addListener((alarm: Browser.alarms.Alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(deps).catch(report);
    if (alarm.name === CHECK_IN_ALARM)
      void deps
        .db()
        .then((db) => refreshCheckInBadge(db, deps.now()))
        .catch(report);
  });
  // retention also folds any counts a worker that stopped early left pending
  void runRetention(deps)
    .then(() => deps.db())
    .then((db) => refreshCheckInBadge(db, deps.now()))
    .catch(report);
}

/** Open reflection pages offer new events; with none open there is no receiver, which is fine. */
function tellOpenPages(message: HistoryChangedMessage): void {
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => undefined);
}

/** Creating an alarm again would push it back; the worker restarts often, so keep an existing one. */
async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (await browser.alarms.get(name)) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

function report(error: unknown): void {
  console.error('Mindful Draft history upkeep failed', error);
}
