import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServers, type FixtureServers } from './servers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  servers: FixtureServers;
  /** every request that tried to leave 127.0.0.1 (blocked), whoever made it */
  blocked: string[];
  /** requests the pages or the extension made, as URLs */
  requests: string[];
  /** a fixture page on a default site name: fixtureUrl('lexical.html') → https://mail.google.com/fixtures/lexical.html */
  fixtureUrl(file: string, host?: string): string;
  extensionUrl(path: string): string;
  openFixture(file: string, host?: string): Promise<Page>;
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;

/**
 * Launches Debian's Chromium with the built extension. Every host name resolves to the local fixture server, so the
 * shipped manifest runs unchanged on https://mail.google.com/… pages; anything else is blocked and recorded.
 */
export async function launchExtension(
  options: { userDataDir?: string; servers?: FixtureServers } = {},
): Promise<ExtensionSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run: npm run build`);
  }
  const servers = options.servers ?? (await startFixtureServers());
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'md-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${servers.httpsPort}, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const blocked: string[] = [];
  const requests: string[] = [];
  const fixtureHost = (url: string): boolean => /^https:\/\/[^/]+\/fixtures\//.test(url);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || fixtureHost(url) || url.startsWith('chrome-extension://') || url.startsWith('data:')) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => requests.push(r.url()));
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const fixtureUrl = (file: string, host = 'mail.google.com'): string => `https://${host}/fixtures/${file}`;
  return {
    context,
    serviceWorker,
    extensionId,
    servers,
    blocked,
    requests,
    userDataDir,
    fixtureUrl,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openFixture(file, host) {
      const page = await context.newPage();
      await page.goto(fixtureUrl(file, host));
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!options.servers) await servers.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
