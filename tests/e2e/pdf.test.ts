/**
 * The PDFs, printed by a real Chromium: `run --pdf` on a small run (the demo export with Groningen
 * as the only region, so one regioscan.html and one annex.html), then `regioscan pdf` on the same
 * output, each PDF read back with pdf.js: A4 pages, "pagina N van M" on every page, a contents page
 * whose numbers are the pages its headings are on, no heading or room question left at a page foot,
 * no text-alternative summary or speaker note in print, an input's sha256 on one line; and both
 * commands list the PDFs with their hashes in manifest.json.
 *
 * Skipped where no Chromium is found (give one with CHROMIUM_PATH), except in CI, which installs it.
 * The command-line errors for a missing browser need none and always run.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { demoPaths } from '../../src/demo.js';
import { findChromium, installHint } from '../../src/pdf/chromium.js';

const chromium = findChromium(null, process.env);
if (!chromium && process.env.CI) throw new Error('no Chromium found; .ci/run installs it');

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
};

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
/** Text below this height (pt from the page foot) is the running footer, in the 18 mm bottom margin. */
const FOOTER_ZONE = 45;

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

interface Item {
  str: string;
  x: number;
  y: number;
}
interface PrintedPage {
  number: number;
  width: number;
  height: number;
  items: Item[];
  /** The text of the page, items joined. */
  text: string;
  /** Links inside the document: their box and the page they go to. */
  links: { rect: number[]; page: number }[];
}
interface Printed {
  pages: PrintedPage[];
  /** The outline Chromium made from the headings, each entry with its page. */
  outline: { title: string; page: number }[];
}

async function pageOf(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const ref = Array.isArray(explicit) ? explicit[0] : null;
  if (ref && typeof ref === 'object') return (await doc.getPageIndex(ref)) + 1;
  return typeof ref === 'number' ? ref + 1 : null;
}

async function readPdf(path: string): Promise<Printed> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
  try {
    const pages: PrintedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const items = (await page.getTextContent()).items.flatMap((i) =>
        'str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4], y: i.transform[5] }] : [],
      );
      const links: PrintedPage['links'] = [];
      for (const a of await page.getAnnotations()) {
        if (a.subtype !== 'Link' || !a.dest) continue;
        const target = await pageOf(doc, a.dest);
        if (target !== null) links.push({ rect: a.rect, page: target });
      }
      pages.push({ number: n, width, height, items, text: items.map((i) => i.str).join(' '), links });
    }
    const outline: Printed['outline'] = [];
    type Entry = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
    const walk = async (entries: Entry[] | null | undefined) => {
      for (const entry of entries ?? []) {
        const page = await pageOf(doc, entry.dest);
        if (page !== null) outline.push({ title: entry.title, page });
        await walk(entry.items);
      }
    };
    await walk(await doc.getOutline());
    return { pages, outline };
  } finally {
    await doc.destroy();
  }
}

/** The entries of the contents page(s): the heading as listed, the page printed beside it, where the link goes. */
function contentsOf(printed: Printed, title: string) {
  const entries: { heading: string; printed: number; target: number }[] = [];
  for (const page of printed.pages.filter((p) => p.items.some((i) => i.str.trim() === title)))
    for (const link of page.links) {
      const [x0, y0, x1, y1] = link.rect as [number, number, number, number];
      const inside = page.items
        .filter((i) => i.x >= x0 - 1 && i.x <= x1 + 1 && i.y >= y0 - 2 && i.y <= y1 + 2)
        .sort((a, b) => b.y - a.y || a.x - b.x);
      const number = inside.filter((i) => /^\d+$/.test(i.str.trim())).at(-1);
      if (!number) continue;
      const heading = inside
        .filter((i) => i !== number)
        .map((i) => i.str)
        .join(' ');
      entries.push({ heading, printed: Number(number.str), target: link.page });
    }
  return entries;
}

/** The last line of text above the footer of each page. */
function lastLines(printed: Printed): { page: number; line: string }[] {
  return printed.pages.flatMap((page) => {
    const content = page.items.filter((i) => i.y > FOOTER_ZONE);
    if (content.length === 0) return [];
    const bottom = Math.min(...content.map((i) => i.y));
    const line = content
      .filter((i) => Math.abs(i.y - bottom) < 2)
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str)
      .join(' ');
    return [{ page: page.number, line }];
  });
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

let dir: string;
let out: string;
let runExit: number;
let runErr: string[];

describe.skipIf(!chromium)(
  chromium ? `PDFs printed with ${chromium}` : 'PDFs (skipped: no Chromium found; set CHROMIUM_PATH to run)',
  () => {
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'regioscan-pdf-e2e-'));
      out = join(dir, 'output');
      const demo = demoPaths();
      const all = JSON.parse(await readFile(demo.regions, 'utf8')) as { regions: { name: string }[] };
      const regions = join(dir, 'regions.json');
      await writeFile(
        regions,
        JSON.stringify({ ...all, regions: all.regions.filter((r) => r.name === 'Groningen') }),
      );
      const run = capture();
      runExit = await main(
        [
          'run',
          '--input',
          demo.export,
          '--codebook',
          demo.codebook,
          '--regions',
          regions,
          '--population',
          demo.population,
          '--out',
          out,
          '--pdf',
          '--chromium',
          chromium!,
          '--quiet',
        ],
        run.io,
      );
      runErr = run.err;
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('run --pdf prints before the output is committed: the PDFs are in manifest.json with their hashes', async () => {
      expect(runErr).toEqual([]);
      expect(runExit).toBe(0);
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      const outputs = manifest.outputs as { path: string; bytes: number; sha256: string }[];
      for (const name of ['groningen/regioscan.pdf', 'groningen/annex.pdf']) {
        const entry = outputs.find((o) => o.path === name);
        expect(entry, name).toBeDefined();
        const bytes = await readFile(join(out, name));
        expect(entry!.bytes).toBe(bytes.byteLength);
        expect(entry!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
      expect(outputs.map((o) => o.path)).toEqual(
        [...outputs.map((o) => o.path)].sort((a, b) => a.localeCompare(b)),
      );
      expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
    });

    for (const name of ['regioscan', 'annex'])
      it(`${name}.pdf: A4, numbered pages, a contents page that is right, nothing stranded or hidden in print`, async () => {
        const printed = await readPdf(join(out, 'groningen', `${name}.pdf`));
        const total = printed.pages.length;
        expect(total).toBeGreaterThan(name === 'annex' ? 2 : 20);
        for (const page of printed.pages) {
          expect(Math.abs(page.width - A4.width), `page ${page.number} width`).toBeLessThanOrEqual(1);
          expect(Math.abs(page.height - A4.height), `page ${page.number} height`).toBeLessThanOrEqual(1);
          expect(page.text).toContain(`pagina ${page.number} van ${total}`);
        }

        const contents = contentsOf(printed, 'Inhoud');
        expect(contents.length).toBeGreaterThanOrEqual(name === 'annex' ? 5 : 20);
        for (const entry of contents) {
          expect(entry.printed, entry.heading).toBe(entry.target);
          const target = printed.pages[entry.target - 1]!;
          expect(key(target.text), `"${entry.heading}" on page ${entry.target}`).toContain(
            key(entry.heading),
          );
        }
        expect(contents.map((e) => e.printed)).toEqual(
          [...contents.map((e) => e.printed)].sort((a, b) => a - b),
        );

        for (const { page, line } of lastLines(printed)) {
          expect(line, `page ${page} ends with the room question's label`).not.toMatch(
            /^vraag aan de zaal$/i,
          );
          for (const heading of printed.outline.filter((h) => h.page === page))
            expect(
              key(heading.title).endsWith(key(line)),
              `page ${page} ends with the heading "${line}"`,
            ).toBe(false);
        }

        const html = await readFile(join(out, 'groningen', `${name}.html`), 'utf8');
        const text = key(printed.pages.map((p) => p.text).join(' '));
        expect(text).not.toContain(key('Tekstalternatief'));
        // The summaries of the figures' text alternatives and data tables ("Tekstalternatief" before).
        const figureSummary = /<figcaption>(?:(?!<\/figcaption>)[\s\S])*?<summary>([^<]+)<\/summary>/g;
        const summaries = new Set([...html.matchAll(figureSummary)].map((m) => m[1]!));
        expect(summaries.size > 0).toBe(name === 'regioscan');
        for (const summary of summaries) expect(text).not.toContain(key(decode(summary)));
        // Speaker notes: their summary, and every sentence of theirs that the document does not show elsewhere.
        const notes = [...html.matchAll(/<details class="notes">([\s\S]*?)<\/details>/g)].map((m) => m[1]!);
        expect(notes.length > 0).toBe(name === 'regioscan');
        const outside = key(decode(html.replace(/<details class="notes">[\s\S]*?<\/details>/g, '')));
        let checked = 0;
        for (const note of notes)
          for (const [, p] of note.matchAll(/<(?:p|summary|h3)>([^<]{20,})</g)) {
            const sentence = key(decode(p!)).slice(0, 60);
            if (outside.includes(sentence)) continue;
            expect(text, p).not.toContain(sentence);
            checked++;
          }
        expect(checked > 20).toBe(name === 'regioscan');

        const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
        const hash = manifest.inputs[0].sha256 as string;
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        const lines = printed.pages.flatMap((p) => p.items.map((i) => i.str));
        expect(lines.some((line) => line.includes(hash))).toBe(true);
      });

    it('regioscan pdf prints an existing output again and updates its manifest', async () => {
      const before = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      // Only the annex (4 or 5 pages) is printed again, to keep the test short.
      await rm(join(out, 'groningen', 'regioscan.html'));
      const pdf = capture();
      expect(await main(['pdf', out, '--chromium', chromium!], pdf.io)).toBe(0);
      expect(pdf.err).toEqual([]);
      expect(pdf.out.join('\n')).toContain('printed 1 PDF with');
      expect(pdf.out.join('\n')).toContain('added them to manifest.json');
      const after = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      expect(after.outputs.map((o: { path: string }) => o.path)).toEqual(
        before.outputs.map((o: { path: string }) => o.path),
      );
      const entry = after.outputs.find((o: { path: string }) => o.path === 'groningen/annex.pdf');
      const bytes = await readFile(join(out, 'groningen', 'annex.pdf'));
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect({ ...after, outputs: null }).toEqual({ ...before, outputs: null });
    });
  },
);

describe('regioscan pdf and run --pdf without a browser', () => {
  it('pdf --chromium /nonexistent exits 1 and says how to install one', async () => {
    const pdf = capture();
    expect(await main(['pdf', 'output', '--chromium', '/nonexistent'], pdf.io)).toBe(1);
    const err = pdf.err.join('\n');
    expect(err).toContain('--chromium /nonexistent is not a program that can be run');
    expect(err).toContain(installHint());
  });

  it('run --pdf --chromium /nonexistent exits 1 before it runs: nothing is written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'regioscan-pdf-none-'));
    try {
      const run = capture();
      const target = join(folder, 'output');
      expect(await main(['run', '--out', target, '--pdf', '--chromium', '/nonexistent'], run.io)).toBe(1);
      expect(run.err.join('\n')).toContain(installHint());
      expect(existsSync(target)).toBe(false);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('--chromium without --pdf is a usage error', async () => {
    const run = capture();
    expect(await main(['run', '--chromium', '/usr/bin/chromium'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('--chromium is the browser for --pdf');
  });
});
