import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  addSite,
  getSettings,
  isAddedSite,
  isPaused,
  muteRule,
  pauseSite,
  removeSite,
  resumeSite,
  setCategoryEnabled,
  setPrivacy,
  settingsItem,
  unmuteRule,
} from '../../src/settings/settings';
import { SETTINGS_VERSION } from '../../src/settings/migrations';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults on a fresh install and stamps the current version on first write', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await muteRule('you-never');
    expect(await storage.getMeta('local:settings')).toEqual({ v: SETTINGS_VERSION });
  });

  it('mutes and unmutes a rule, once each', async () => {
    await muteRule('you-never');
    await muteRule('you-never');
    await muteRule('your-fault');
    expect((await getSettings()).mutedRules).toEqual(['you-never', 'your-fault']);
    await unmuteRule('you-never');
    expect((await getSettings()).mutedRules).toEqual(['your-fault']);
  });

  it('pauses and resumes a site by host name, whatever its case', async () => {
    await pauseSite('Mail.Google.com');
    const settings = await getSettings();
    expect(settings.pausedSites).toEqual(['mail.google.com']);
    expect(isPaused(settings, 'mail.google.com')).toBe(true);
    expect(isPaused(settings, 'MAIL.google.com')).toBe(true);
    expect(isPaused(settings, 'app.slack.com')).toBe(false);
    await resumeSite('mail.google.com');
    expect(isPaused(await getSettings(), 'mail.google.com')).toBe(false);
  });

  it('switches categories off and on', async () => {
    await setCategoryEnabled('contempt', false);
    await setCategoryEnabled('blame', false);
    await setCategoryEnabled('contempt', true);
    expect((await getSettings()).disabledCategories).toEqual(['blame']);
  });

  it('keeps added sites as canonical origins and refuses what is not a web address', async () => {
    await addSite('https://Forum.Example.org:443/some/page');
    await addSite('https://forum.example.org');
    const settings = await getSettings();
    expect(settings.addedSites).toEqual(['https://forum.example.org']);
    expect(isAddedSite(settings, 'https://FORUM.example.org/')).toBe(true);
    await expect(addSite('chrome://extensions')).rejects.toThrow(/not a web address/);
    await removeSite('https://forum.example.org/');
    expect((await getSettings()).addedSites).toEqual([]);
  });

  it('stores the privacy level and keeps retention within bounds', async () => {
    await setPrivacy('counts', 30);
    expect(await getSettings()).toMatchObject({ privacyLevel: 'counts', retentionDays: 30 });
    await setPrivacy('sentence', 0);
    expect((await getSettings()).retentionDays).toBe(1);
  });

  it('reads damaged storage as valid settings without losing the valid parts', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        mutedRules: ['you-never', 42],
        disabledCategories: ['blame', 'nonsense'],
        privacyLevel: 'everything',
        customPhrases: [
          { id: 'ok', phrase: 'drama queen', replacement: 'love', category: 'contempt', createdAt: 5 },
          'junk',
        ],
      },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      mutedRules: ['you-never'],
      disabledCategories: ['blame'],
      customPhrases: [{ id: 'ok', phrase: 'drama queen', replacement: 'love', category: 'contempt', createdAt: 5 }],
    });
  });

  it('tells watchers about every change, so open tabs apply it without a reload', async () => {
    const seen: string[][] = [];
    const stop = settingsItem.watch((value) => seen.push(value.pausedSites));
    await pauseSite('app.slack.com');
    await resumeSite('app.slack.com');
    stop();
    expect(seen).toEqual([['app.slack.com'], []]);
  });
});
