/**
 * Renders the extension icons (public/icon/<size>.png) from docs/icon.svg and docs/icon-small.svg with Debian's
 * Chromium. The PNGs are committed, so building the extension never needs this script or a browser.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// the full mark loses its details below 48 px; the small one is drawn for those sizes
const svgFor = (size: number): string => readFileSync(size < 48 ? 'docs/icon-small.svg' : 'docs/icon.svg', 'utf8');

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svgFor(size)).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
