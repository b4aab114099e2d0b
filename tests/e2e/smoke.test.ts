import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('loads, starts its background, and serves fixtures under a real site name', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.openFixture('plain.html');
    await expect(page.locator('#editor').count()).resolves.toBe(1);
    expect(new URL(page.url()).host).toBe('mail.google.com');
  });

  it('blocks anything that tries to leave the machine, and the extension tries nothing', async () => {
    const page = await session.context.newPage();
    await page.goto('https://example.org/').catch(() => undefined);
    expect(session.blocked.some((u) => u.startsWith('https://example.org/'))).toBe(true);
    const fromExtension = session.requests.filter(
      (u) =>
        u.startsWith('chrome-extension://') === false &&
        !u.includes('/fixtures/') &&
        !u.startsWith('https://example.org/'),
    );
    expect(fromExtension).toEqual([]);
  });
});
