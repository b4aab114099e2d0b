import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from './support/firefox';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefoxExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Firefox', () => {
  it('installs with its add-on id and runs its background page', async () => {
    const state = await session.inBackground<{ id: string; version: number; url: string }>(
      'return { id: browser.runtime.id, version: browser.runtime.getManifest().manifest_version, url: location.href };',
    );
    expect(state).toEqual({
      id: 'mindful-draft@mindfuldraft.org',
      version: 2,
      url: `${session.origin}/_generated_background_page.html`,
    });
  });

  it('serves fixtures under a real site name and refuses everything else', async () => {
    const page = await session.openFixture('plain.html');
    expect(await page.evaluate(() => location.host)).toBe('mail.google.com');
    expect(await page.$('#editor')).not.toBeNull();
    await page.goto('https://example.org/').catch(() => undefined);
    expect(session.proxy.blocked).toContain('https://example.org/');
    await page.close();
  });
});
