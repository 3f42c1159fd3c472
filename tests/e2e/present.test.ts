/// <reference lib="dom" />
/**
 * The regioscan as the room and a screen reader meet it, in Chromium (Debian's, through
 * playwright-core): presentation mode pages by keyboard and click with the slide in the URL hash,
 * every slide fits the 1280×720 stage with each chart at full size (so chart text is at least
 * 18 px) and grows on a 1920×1080 screen, the overview shows every slide, speaker notes stay off
 * the stage, the file reads as a document without script, and axe-core (WCAG 2.2 A/AA) finds
 * nothing in either mode, on the regioscan and on the overview (on every Dutch slide; English as
 * a document). A screenshot of every Dutch slide is written to test-results/slides/ for a human
 * to look at.
 *
 * Skipped where Chromium is missing, except in CI, which installs it.
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
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'slides');

interface SlideFit {
  topic: string;
  /** How far anything sticks out of the stage, in stage px. */
  overflow: number;
  /** Rendered size of the chart over its own size, on the stage (1 = full size), or null. */
  chartScale: number | null;
  /** The stage's size on screen over 1280 px. */
  stageScale: number;
}

/** Measure the current slide. */
function measure(page: Page): Promise<SlideFit> {
  return page.evaluate(() => {
    const slide = document.querySelector('[data-slide].current') as HTMLElement;
    const box = slide.getBoundingClientRect();
    const stageScale = box.width / slide.offsetWidth;
    let overflow = 0;
    for (const el of Array.from(slide.querySelectorAll('*'))) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) continue;
      // An SVG clips what it draws (svg:not(:root) { overflow: hidden }): measure the SVG itself.
      if (el.parentElement?.closest('svg')) continue;
      overflow = Math.max(
        overflow,
        (b.bottom - box.bottom) / stageScale,
        (b.right - box.right) / stageScale,
        (box.top - b.top) / stageScale,
        (box.left - b.left) / stageScale,
      );
    }
    const svg = slide.querySelector('figure svg');
    const chartScale = svg
      ? svg.getBoundingClientRect().width / stageScale / Number(svg.getAttribute('width'))
      : null;
    return { topic: slide.dataset.topic ?? '', overflow, chartScale, stageScale };
  });
}

/** axe-core violations (WCAG 2.0–2.2 A and AA) of what is visible. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const current = (page: Page) => page.evaluate(() => location.hash);

describe.skipIf(!available)('presentation mode and accessibility in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<'nl' | 'en', { region: string; annex: string; overview: string }> = {
    nl: { region: '', annex: '', overview: '' },
    en: { region: '', annex: '', overview: '' },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regioscan-present-'));
    for (const lang of ['nl', 'en'] as const) {
      const writer = memoryWriter();
      await run(
        { ...defaultRunOptions(), out: 'unused', lang, minCell: 10, generatedAt: new Date(0), argv: [] },
        writer,
      );
      const region = join(dir, lang, 'zuid-holland-noord', 'regioscan.html');
      const overview = join(dir, lang, 'index.html');
      await mkdir(dirname(region), { recursive: true });
      await writeFile(region, writer.files.get('zuid-holland-noord/regioscan.html')!);
      await writeFile(overview, writer.files.get('index.html')!);
      const annex = join(dirname(region), 'annex.html');
      await writeFile(annex, writer.files.get('zuid-holland-noord/annex.html')!);
      files[lang] = { region, annex, overview };
    }
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    await mkdir(SHOTS, { recursive: true });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A page that records console errors and every request. */
  async function open(url: string, viewport = { width: 1280, height: 720 }, javaScriptEnabled = true) {
    const context = await browser.newContext({ viewport, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    return { page, errors, requests, close: () => context.close() };
  }

  it('pages forward and back by keyboard and click, and the hash follows the slide', async () => {
    const url = pathToFileURL(files.nl.region).href;
    const { page, errors, requests, close } = await open(url);
    try {
      expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(false);
      await page.keyboard.press('p');
      expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
      expect(await current(page)).toBe('#slide-1');
      const total = await page.$$eval('[data-slide]', (s) => s.length);
      const steps: [string, string][] = [
        ['ArrowRight', '#slide-2'],
        ['PageDown', '#slide-3'],
        ['Space', '#slide-4'],
        ['ArrowLeft', '#slide-3'],
        ['PageUp', '#slide-2'],
        ['End', `#slide-${total}`],
        ['ArrowRight', `#slide-${total}`],
        ['Home', '#slide-1'],
        ['ArrowLeft', '#slide-1'],
        ['ArrowDown', '#slide-2'],
      ];
      for (const [key, hash] of steps) {
        await page.keyboard.press(key);
        expect(await current(page), key).toBe(hash);
      }
      await page.mouse.click(640, 360);
      expect(await current(page)).toBe('#slide-3');
      // Exactly one slide on screen, and it is the one in the hash.
      const shown = await page.$$eval('[data-slide]', (s) =>
        s.filter((x) => getComputedStyle(x).display !== 'none').map((x) => (x as HTMLElement).dataset.slide),
      );
      expect(shown).toEqual(['3']);
      // Escape returns to the document; the hash keeps no slide.
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(false);
      expect(await current(page)).toBe('');
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await close();
    }
  });

  it('opens at the slide of the hash, and the overview shows every slide and opens the one clicked', async () => {
    const { page, errors, close } = await open(`${pathToFileURL(files.nl.region).href}#slide-7`);
    try {
      expect(await page.$eval('[data-slide].current', (s) => (s as HTMLElement).dataset.slide)).toBe('7');
      await page.keyboard.press('o');
      const tiles = await page.$$eval(
        '[data-slide]',
        (s) =>
          s.filter((x) => {
            const b = x.getBoundingClientRect();
            return getComputedStyle(x).display !== 'none' && b.width > 100 && b.width < 400;
          }).length,
      );
      expect(tiles).toBe(await page.$$eval('[data-slide]', (s) => s.length));
      await page.click('[data-slide="12"]');
      expect(await current(page)).toBe('#slide-12');
      expect(await page.evaluate(() => document.documentElement.classList.contains('overview'))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: every slide fits 1280×720 with its chart at full size, grows at 1920×1080, keeps its notes off the stage${lang === 'nl' ? ', and axe finds nothing' : ''}`, async () => {
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        const { page, errors, close } = await open(
          `${pathToFileURL(files[lang].region).href}#slide-1`,
          viewport,
        );
        try {
          const total = await page.$$eval('[data-slide]', (s) => s.length);
          expect(total).toBeGreaterThan(20);
          for (let i = 1; i <= total; i++) {
            await page.evaluate((k) => {
              location.hash = `#slide-${k}`;
            }, i);
            await page.waitForFunction(
              (k) => document.querySelector('[data-slide].current')?.getAttribute('data-slide') === String(k),
              i,
            );
            const fit = await measure(page);
            const where = `${lang} ${viewport.width}: slide ${i} (${fit.topic})`;
            expect(fit.overflow, where).toBeLessThanOrEqual(1);
            if (fit.chartScale !== null) expect(fit.chartScale, where).toBeGreaterThanOrEqual(0.99);
            expect(fit.stageScale, where).toBeCloseTo(viewport.width / 1280, 2);
            expect(
              await page.$eval('[data-slide].current', (s) => {
                const notes = s.querySelector('.notes');
                return notes === null || getComputedStyle(notes).display === 'none';
              }),
              where,
            ).toBe(true);
            // axe and the screenshots per slide in Dutch, the room's language: the English slides
            // are the same markup with other words (their fit is measured above, and axe checks
            // the English document and overview below).
            if (lang === 'nl' && viewport.width === 1280) {
              expect(await axe(page), where).toEqual([]);
              await page.screenshot({ path: join(SHOTS, `${lang}-${String(i).padStart(2, '0')}.png`) });
            } else if (lang === 'nl') {
              await page.screenshot({ path: join(SHOTS, `${lang}-1920-${String(i).padStart(2, '0')}.png`) });
            }
          }
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      }
    }, 240_000);

    it(`${lang}: the document and the overview pass axe, and notes are there for the facilitator`, async () => {
      const region = await open(pathToFileURL(files[lang].region).href, { width: 1280, height: 900 });
      try {
        expect(await axe(region.page)).toEqual([]);
        const notes = await region.page.$$eval('details.notes', (d) => d.length);
        expect(notes).toBeGreaterThan(20);
        // The cover's notes sit on its coloured background, where axe leaves the contrast unjudged
        // ("needs review"): their text must read there at 4.5:1 (WCAG 2.2 SC 1.4.3).
        const cover = await region.page.$eval('header.cover', (header) => {
          const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r, g, b] = rgb(c).map((v) => {
              const x = v / 255;
              return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const back = lum(getComputedStyle(header).backgroundColor);
          return Array.from(header.querySelectorAll('details.notes summary')).map((el) => {
            const ink = lum(getComputedStyle(el).color);
            return (Math.max(ink, back) + 0.05) / (Math.min(ink, back) + 0.05);
          });
        });
        for (const ratio of cover) expect(ratio).toBeGreaterThanOrEqual(4.5);
        expect(region.errors).toEqual([]);
      } finally {
        await region.close();
      }
      const overview = await open(pathToFileURL(files[lang].overview).href, { width: 1280, height: 900 });
      try {
        expect(await axe(overview.page)).toEqual([]);
        expect(overview.errors).toEqual([]);
      } finally {
        await overview.close();
      }
    }, 400_000);
  }

  it('the document, the annex and the overview never scroll sideways on a 1280 or 1024 px wide screen', async () => {
    // The table of input files with its SHA-256 once made the region's page 1,470 px wide at 1280.
    for (const width of [1280, 1024]) {
      for (const url of [files.nl.region, files.nl.annex, files.nl.overview].map(
        (f) => pathToFileURL(f).href,
      )) {
        const { page, close } = await open(url, { width, height: 800 });
        try {
          const wide = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            screen: window.innerWidth,
            // What sticks out, and is not inside a container that scrolls it.
            out: Array.from(document.querySelectorAll('table, pre, figure'))
              .filter(
                (e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'),
              )
              .map((e) => `${e.tagName.toLowerCase()}.${e.className} in #${e.closest('section')?.id ?? ''}`),
          }));
          expect(wide.out, `${url} at ${width} px`).toEqual([]);
          expect(wide.page, `${url} at ${width} px`).toBeLessThanOrEqual(wide.screen);
        } finally {
          await close();
        }
      }
    }
  });

  it('without script the file reads as a document: every slide shown, no presentation chrome', async () => {
    const { page, close } = await open(
      pathToFileURL(files.nl.region).href,
      { width: 1280, height: 900 },
      false,
    );
    try {
      const hidden = await page.$$eval(
        '[data-slide]',
        (s) => s.filter((x) => getComputedStyle(x).display === 'none').length,
      );
      expect(hidden).toBe(0);
      expect(await page.$eval('[data-present]', (b) => getComputedStyle(b).display)).toBe('none');
      expect(
        await page.$$eval('.slide-foot', (f) => f.every((x) => getComputedStyle(x).display === 'none')),
      ).toBe(true);
    } finally {
      await close();
    }
  });
});
