/**
 * The charts' data tables in Chromium: every figure of a region page and of the overview has one
 * under "Gegevens als tabel"; opened, axe-core (WCAG 2.2 A/AA) still finds nothing; printed, every
 * table shows without its summary; on a presentation slide none shows. Skipped where Chromium is
 * missing, except in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRunOptions, run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && process.env.CI)
  throw new Error(`Chromium is not at ${executablePath}; .ci/run installs it`);

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Tables a reader sees: rendered (not in a closed `details`, not `display: none`) and of some height. */
const visibleTables = (page: Page) =>
  page.$$eval(
    'table.chart-data',
    (tables) =>
      tables.filter(
        (t) =>
          t.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) &&
          t.getBoundingClientRect().height > 0,
      ).length,
  );

/** Open or close every data table of the page. */
const setOpen = (page: Page, open: boolean) =>
  page.$$eval(
    'details.data-table',
    (all, value) => {
      for (const d of all) (d as HTMLDetailsElement).open = value;
    },
    open,
  );

describe.skipIf(!available)('data tables in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const files = { region: '', overview: '' };

  beforeAll(async () => {
    const writer = memoryWriter();
    await run(
      { ...defaultRunOptions(), out: 'unused', lang: 'nl', minCell: 10, generatedAt: new Date(0), argv: [] },
      writer,
    );
    dir = await mkdtemp(join(tmpdir(), 'regioscan-tables-'));
    files.region = join(dir, 'zuid-holland-noord', 'regioscan.html');
    files.overview = join(dir, 'index.html');
    await mkdir(dirname(files.region), { recursive: true });
    await writeFile(files.region, writer.files.get('zuid-holland-noord/regioscan.html')!);
    await writeFile(files.overview, writer.files.get('index.html')!);
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(['region', 'overview'] as const)(
    '%s: a table per figure, closed on screen; opened, axe finds nothing; printed, all show',
    async (which) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(pathToFileURL(files[which]).href);
        const figures = await page.$$eval('figure', (f) => f.length);
        expect(figures).toBeGreaterThanOrEqual(which === 'region' ? 15 : 2);
        expect(await page.$$eval('figure details.data-table table.chart-data', (t) => t.length)).toBe(
          figures,
        );
        expect(
          await page.$$eval('figure svg[role="img"]', (s) => s.every((x) => x.getAttribute('aria-label'))),
        ).toBe(true);
        expect(await visibleTables(page)).toBe(0);
        await setOpen(page, true);
        // Layout follows the change a frame later; on a busy machine that takes a while.
        await expect.poll(() => visibleTables(page), { timeout: 10_000 }).toBe(figures);
        expect(await axe(page)).toEqual([]);
        await setOpen(page, false);
        await page.emulateMedia({ media: 'print' });
        await expect.poll(() => visibleTables(page), { timeout: 10_000 }).toBe(figures);
        const summaries = await page.$$eval(
          'details.data-table > summary',
          (s) => s.filter((x) => getComputedStyle(x).display !== 'none').length,
        );
        expect(summaries).toBe(0);
      } finally {
        await page.close();
      }
    },
    120_000,
  );

  it('on a presentation slide no table shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(`${pathToFileURL(files.region).href}#8`);
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.classList.contains('present'));
      await setOpen(page, true);
      expect(await visibleTables(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
