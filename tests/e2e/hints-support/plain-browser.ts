import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../support/browser';

/**
 * The same Chromium without the extension, with every host mapped to the same fixture server: the baseline that
 * shows what the editors do on their own.
 */
export async function launchPlain(httpsPort: number): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${httpsPort}, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
    ],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1200, height: 900 } });
  await context.route('**/*', (route) =>
    /^https:\/\/[^/]+\/fixtures\//.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  return { browser, context };
}
