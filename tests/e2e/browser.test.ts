/**
 * The HTML regioscan in a real browser (Debian's Chromium through playwright-core): it renders with
 * no request leaving the file, no console error (a CSP violation would be one), and every chart
 * drawn at a readable size. Skipped where Chromium is missing, except in CI, which installs it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultRunOptions, run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && process.env.CI)
  throw new Error(`Chromium is not at ${executablePath}; .ci/run installs it`);

describe.skipIf(!available)('regioscan.html in Chromium', () => {
  it('renders self-contained: no outside request, no console error, every chart at least 600 px wide', async () => {
    const writer = memoryWriter();
    await run(
      { ...defaultRunOptions(), out: 'unused', lang: 'nl', minCell: 10, generatedAt: new Date(0), argv: [] },
      writer,
    );
    const dir = await mkdtemp(join(tmpdir(), 'regioscan-browser-'));
    const file = join(dir, 'regioscan.html');
    await writeFile(file, writer.files.get('zuid-holland-noord/regioscan.html')!);
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      const widths = await page.$$eval('figure svg', (svgs) =>
        svgs.map((s) => s.getBoundingClientRect().width),
      );
      expect(widths.length).toBeGreaterThanOrEqual(7);
      for (const w of widths) expect(w).toBeGreaterThanOrEqual(600);
      expect(await page.title()).toBe('Regioscan participatie Zuid-Holland Noord');
      const agenda = await page.$$eval('nav.agenda li', (items) => items.map((li) => li.textContent?.trim()));
      expect(agenda).toHaveLength(5);
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
