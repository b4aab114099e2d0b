/**
 * Launches Debian's firefox-esr with the built Firefox extension (.output/firefox-mv2), driven by puppeteer-core over
 * WebDriver BiDi. Fixture pages load under real site names through the proxy in ./proxy.ts; the extension's own pages
 * are opened from its background page through Firefox's debugging protocol (./rdp.ts), because BiDi refuses to
 * navigate a tab to a moz-extension:// address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureProxy, type FixtureProxy } from './proxy';
import { BackgroundConsole, RdpClient } from './rdp';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
/** a fixed internal id, so extension pages have a known moz-extension:// origin */
const EXTENSION_UUID = '6d1f2c3a-7b4e-4f5a-9c8d-0e1f2a3b4c5d';

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid> */
  origin: string;
  proxy: FixtureProxy;
  /** runs an async function body in the extension's background page; returns its JSON-serialisable result */
  inBackground<T>(body: string): Promise<T>;
  fixtureUrl(file: string, host?: string): string;
  openFixture(file: string, host?: string): Promise<Page>;
  /** opens one of the extension's pages (e.g. 'reflection.html') in a new tab and returns it once loaded */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function addonIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

async function pageAt(browser: Browser, url: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      // puppeteer may still report about:blank for a tab the extension opened; ask the page itself
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url) {
        const ready = await page.evaluate(() => document.readyState).catch(() => '');
        if (ready === 'complete') return page;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab showed ${url}`);
}

export async function launchFirefoxExtension(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)`,
    );
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}. Run: npm run build:firefox`);
  }
  const addonId = addonIdOf(FIREFOX_EXTENSION_DIR);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const proxy = await startFixtureProxy();
  const debuggerPort = await freePort();
  let browser: Browser | null = null;
  let rdp: RdpClient | null = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1200, height: 900 },
      args: ['--start-debugger-server', String(debuggerPort)],
      // lets puppeteer's pref send Firefox's remote-settings polling to its dummy host instead of Mozilla's servers
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': proxy.pacUrl,
        'devtools.debugger.remote-enabled': true,
        'devtools.chrome.enabled': true,
        'devtools.debugger.prompt-connection': false,
        // Firefox's own captive-portal and connectivity checks: browser traffic, not the extension's
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    rdp = await RdpClient.connect(debuggerPort);
    const background = await BackgroundConsole.open(rdp, addonId, `${origin}/`);
    const openBrowser = browser;
    const openRdp = rdp;
    const fixtureUrl = (file: string, host = 'mail.google.com'): string => `https://${host}/fixtures/${file}`;
    return {
      browser,
      addonId,
      origin,
      proxy,
      inBackground: (body) => background.evaluate(body),
      fixtureUrl,
      async openFixture(file, host) {
        const page = await openBrowser.newPage();
        await page.goto(fixtureUrl(file, host));
        return page;
      },
      async openExtensionPage(path) {
        const url = `${origin}/${path.replace(/^\//, '')}`;
        await background.evaluate(`await browser.tabs.create({ url: ${JSON.stringify(url)} });`);
        const page = await pageAt(openBrowser, url);
        await page.bringToFront();
        return page;
      },
      async close() {
        openRdp.close();
        await openBrowser.close();
        await proxy.close();
      },
    };
  } catch (error) {
    rdp?.close();
    await browser?.close().catch(() => undefined);
    await proxy.close();
    throw error;
  }
}
