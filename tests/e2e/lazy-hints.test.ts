import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/browser';
import { sleep, waitForUnderline } from './hints-support/page-helpers';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Every script the page's frames parse, in any world, as the debugger sees them. */
async function watchScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => urls.push(url));
  await cdp.send('Debugger.enable');
  return urls;
}

const isHintsScript = (url: string): boolean => url.startsWith('chrome-extension://') && url.endsWith('/hints.js');

describe('the hints load when the writer first focuses an editor', () => {
  it('a page nobody writes on runs only the small content script; focusing an editor brings the hints', async () => {
    const page = await session.context.newPage();
    const scripts = await watchScripts(page);
    await page.goto(session.fixtureUrl('textarea.html'));
    await sleep(800);
    expect(scripts.some((u) => u.endsWith('/content-scripts/content.js'))).toBe(true);
    expect(scripts.filter(isHintsScript)).toEqual([]);

    // a field that is never checked does not load them either
    await page.locator('#password').focus();
    await sleep(300);
    expect(scripts.filter(isHintsScript)).toEqual([]);

    await page.locator('#editor').click();
    await page.keyboard.type("It's your fault.");
    await waitForUnderline(page.mainFrame(), 'blame', 4_000, 'after the first focus');
    expect(scripts.filter(isHintsScript)).toHaveLength(1);

    // focusing another editor reuses the hints already loaded
    await page.locator('#subject').click();
    await page.keyboard.type('You never listen to me.');
    await waitForUnderline(page.mainFrame(), 'criticism', 4_000, 'in a second field');
    expect(scripts.filter(isHintsScript)).toHaveLength(1);
    await page.close();
  });

  // the script is web-accessible only through the session's dynamic address, so a page cannot probe for the extension
  it('a page cannot fetch the hints script at the extension address', async () => {
    const page = await session.openFixture('plain.html');
    const status = await page.evaluate(async (url) => {
      try {
        return (await fetch(url)).status;
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${session.extensionId}/hints.js`);
    expect(status).toBe('refused');
    await page.close();
  });

  it('loads under a page policy as strict as a webmail one (own scripts only, no eval)', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${session.fixtureUrl('plain.html')}?csp`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('#editor').click();
    await page.keyboard.type('Calm down, you are overreacting.');
    await waitForUnderline(page.mainFrame(), 'dismissal', 4_000, 'under a strict policy');
    await page.close();
  });

  it('an editor that already has focus when the page finishes loading gets hints without another click', async () => {
    const page = await session.context.newPage();
    await page.goto(session.fixtureUrl('autofocus.html'));
    await page.keyboard.type("It's all your fault.");
    await waitForUnderline(page.mainFrame(), 'blame', 4_000, 'in an editor focused on load');
    await page.close();
  });
});
