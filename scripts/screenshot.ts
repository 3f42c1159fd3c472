/**
 * Screenshot an HTML file in headless Chromium (Debian's /usr/bin/chromium), for looking at what
 * the report shows. Usage: npx tsx scripts/screenshot.ts FILE.html OUT.png [width] [height] [--full|--sections]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [file, out, width = '1280', height = '800', full] = process.argv.slice(2);
if (!file || !out)
  throw new Error('usage: screenshot FILE.html OUT.png [width] [height] [--full|--sections]');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(pathToFileURL(resolve(file)).href);
if (full === '--sections') {
  // One PNG per slide: OUT-01.png, OUT-02.png, …
  const slides = page.locator('header.cover, section.slide');
  const count = await slides.count();
  for (let i = 0; i < count; i++) {
    await slides.nth(i).screenshot({ path: out.replace(/\.png$/, `-${String(i + 1).padStart(2, '0')}.png`) });
  }
} else {
  await page.screenshot({ path: out, fullPage: full === '--full' });
}
await browser.close();
