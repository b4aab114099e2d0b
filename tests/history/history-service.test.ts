import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECK_IN_ALARM,
  RETENTION_ALARM,
  recordHint,
  startHistoryService,
  type HistoryServiceDeps,
} from '../../src/background/history-service';
import { FOLD_AFTER_MS } from '../../src/background/fold-schedule';
import { createGoal } from '../../src/history/goals';
import type { HistoryDB } from '../../src/history/schema';
import { historyStatusItem } from '../../src/history/status';
import { parseHistoryChangedMessage } from '../../src/protocol/history';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '../../src/settings/settings';
import { at, freshHistory, hint, store } from './support';

let db: HistoryDB;
let deps: HistoryServiceDeps;
const NOW = at('2024-05-15', 10);

async function useSettings(change: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...change });
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshHistory();
  deps = { db: async () => db, settings: getSettings, now: () => NOW };
});

describe('recording hint events in the background', () => {
  it('stores the flagged words by default', async () => {
    expect(await recordHint(hint(), deps)).toBe('stored');
    const [event] = await db.getAll('events');
    expect(event).toMatchObject({ match: "It's your fault", time: NOW, day: '2024-05-15' });
    expect(event?.sentence).toBeUndefined();
  });

  it.each([
    ['counts', undefined, undefined],
    ['sentence', "It's your fault", "It's your fault we missed the train."],
  ] as const)('follows the privacy level "%s" from settings', async (privacyLevel, match, sentence) => {
    await useSettings({ privacyLevel });
    await recordHint(hint(), deps);
    const [event] = await db.getAll('events');
    expect(event?.match).toBe(match);
    expect(event?.sentence).toBe(sentence);
  });

  it('folds the counts of recorded events into the tallies a few seconds later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await recordHint(hint(), deps);
      await recordHint(hint({ action: 'applied' }), deps);
      expect(await db.count('pendingTallies')).toBe(2);
      expect(await db.count('tallies')).toBe(0);
      vi.advanceTimersByTime(FOLD_AFTER_MS);
      await vi.waitFor(async () => expect(await db.count('pendingTallies')).toBe(0));
      expect((await db.getAll('tallies')).map((t) => [t.action, t.count])).toEqual([
        ['applied', 1],
        ['shown', 1],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stores nothing for a paused site', async () => {
    await useSettings({ pausedSites: ['app.slack.com'] });
    expect(await recordHint(hint({ host: 'app.slack.com' }), deps)).toBe('paused');
    expect(await recordHint(hint({ host: 'mail.google.com' }), deps)).toBe('stored');
    expect((await db.getAll('events')).map((e) => e.host)).toEqual(['mail.google.com']);
  });

  it('on a full disk keeps what is stored, tries again after retention, then says why', async () => {
    await store(db, '2024-05-14');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await recordHint(hint(), deps)).toBe('quota');
    expect(await recordHint(hint(), deps)).toBe('quota');
    add.mockRestore();
    expect(await db.count('events')).toBe(1);
    expect(await db.count('tallies')).toBe(1);
    expect(await historyStatusItem.getValue()).toEqual({ problem: 'quota', since: NOW, notStored: 2 });
    // room again: the next event is stored and the message goes away
    expect(await recordHint(hint(), deps)).toBe('stored');
    expect(await historyStatusItem.getValue()).toBeNull();
    expect(await db.count('events')).toBe(2);
  });

  it('retention frees room when it can, and the event is stored', async () => {
    await store(db, '2023-01-01');
    const realAdd = IDBObjectStore.prototype.add;
    let failures = 1;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (failures-- > 0) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    expect(await recordHint(hint(), deps)).toBe('stored');
    expect((await db.getAll('events')).map((e) => e.day)).toEqual(['2024-05-15']);
  });
});

describe('the history service', () => {
  it('accepts valid hint-event messages from this extension only', async () => {
    startHistoryService(deps);
    const own = { id: fakeBrowser.runtime.id };
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: hint() }, own);
    expect(results).toContainEqual({ outcome: 'stored', ms: expect.any(Number) });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: hint() }, { id: 'another-extension' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: { ...hint(), category: 'nope' } }, own);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: { ...hint(), match: 42 } }, own);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, own);
    await vi.waitFor(async () => expect(await db.count('events')).toBe(1));
  });

  it('tells open pages when an event was stored, and only then', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await useSettings({ pausedSites: ['app.slack.com'] });
    startHistoryService(deps);
    const own = { id: fakeBrowser.runtime.id };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: hint({ host: 'app.slack.com' }) }, own);
    expect(sendMessage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'hint-event', event: hint() }, own);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ type: 'history-changed', added: 1 }));
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('stores the event even when no page is open to hear about it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    startHistoryService(deps);
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'hint-event', event: hint() },
      { id: fakeBrowser.runtime.id },
    );
    expect(results).toContainEqual({ outcome: 'stored', ms: expect.any(Number) });
    expect(await db.count('events')).toBe(1);
  });

  it('applies retention at start-up and sets daily and hourly alarms', async () => {
    await useSettings({ retentionDays: 30 });
    await store(db, '2024-01-01');
    await store(db, '2024-05-10');
    startHistoryService(deps);
    await vi.waitFor(async () => expect(await db.count('events')).toBe(1));
    await vi.waitFor(async () => {
      expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.periodInMinutes).toBe(24 * 60);
      expect((await fakeBrowser.alarms.get(CHECK_IN_ALARM))?.periodInMinutes).toBe(60);
    });
  });

  it('the daily alarm applies retention again', async () => {
    startHistoryService(deps);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined());
    await store(db, '2022-01-01');
    const alarm = await fakeBrowser.alarms.get(RETENTION_ALARM);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(await db.count('events')).toBe(0));
  });

  it('the hourly alarm puts the number of due check-ins on the toolbar badge', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    startHistoryService(deps);
    await createGoal(db, {
      title: 'Less blame',
      scope: { kind: 'category', category: 'blame' },
      targetPerWeek: 1,
      startDay: '2024-05-01',
      endDay: '2024-05-31',
      checkInEveryDays: 7,
    });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(CHECK_IN_ALARM)).toBeDefined());
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get(CHECK_IN_ALARM))!);
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenLastCalledWith({ text: '1' }));
  });
});

describe('the history-changed message', () => {
  it.each([
    [
      { type: 'history-changed', added: 1 },
      { type: 'history-changed', added: 1 },
    ],
    [
      { type: 'history-changed', added: 3, extra: 'dropped' },
      { type: 'history-changed', added: 3 },
    ],
    [{ type: 'history-changed', added: 0 }, null],
    [{ type: 'history-changed', added: 1.5 }, null],
    [{ type: 'history-changed', added: '1' }, null],
    [{ type: 'history-changed' }, null],
    [{ type: 'hint-event', added: 1 }, null],
    ['history-changed', null],
    [null, null],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseHistoryChangedMessage(raw)).toEqual(expected);
  });
});
