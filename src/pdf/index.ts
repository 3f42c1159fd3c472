/// <reference lib="dom" />
/**
 * `regioscan pdf`: every region's regioscan.html (and annex.html, where there is one) printed to an
 * A4 PDF beside it by a local Chromium, driven through playwright-core:
 *
 *   open the file → ready it for paper (text alternatives open, speaker notes hidden)
 *     → insert a contents page, its page numbers blank → print → find the page of each heading
 *     → fill in the numbers → print again, until the numbers hold (at most MAX_PRINTS prints)
 *
 * The contents page keeps its size when the numbers are filled in (a fixed column for them), so
 * the pages behind it do not move. A heading's page comes from the PDF's outline, which Chromium
 * builds from the headings; where the outline lacks one (an older Chromium), from the page text.
 * The functions passed to `page.evaluate` run in the page: hence the DOM types above.
 */
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Lang, type Text, tr } from '../report/labels/index.js';
import { PrintError } from './chromium.js';

export interface PrintOptions {
  /** The output folder of a run: its `<region>/regioscan.html` and `<region>/annex.html` are printed. */
  outDir: string;
  /** The browser executable (see `findChromium`). */
  chromium: string;
  /** Language of the contents heading and the page footer. */
  lang: Lang;
  /** Print these HTML files instead of searching `outDir`. */
  files?: string[];
}

/** The HTML documents of a run that are printed, per region folder, in this order. */
export const PRINTED = ['regioscan.html', 'annex.html'];
/** The most times one document is printed while its contents numbers settle. */
export const MAX_PRINTS = 3;

const TEXT = {
  contents: { nl: 'Inhoud', en: 'Contents' },
  page: { nl: 'pagina', en: 'page' },
  of: { nl: 'van', en: 'of' },
} satisfies Record<string, Text>;

/**
 * Print every report of `outDir` (or `files`) to `<name>.pdf` beside it; the PDFs written. A file
 * that does not print, or a browser that does not start, is a `PrintError` naming it.
 */
export async function printPdfs(options: PrintOptions): Promise<{ written: string[] }> {
  const files = options.files ?? (await findPrinted(options.outDir));
  if (files.length === 0) return { written: [] };
  const browser = await launch(options.chromium);
  const written: string[] = [];
  try {
    for (const file of files) {
      const pdf = await printFile(browser, file, options.lang).catch((error: unknown) => {
        throw new PrintError(`could not print the PDF: ${firstLine(error)}`, file);
      });
      const target = file.replace(/\.html?$/i, '') + '.pdf';
      await writeAtomic(target, pdf);
      written.push(target);
    }
  } finally {
    await browser.close();
  }
  return { written };
}

/** The `PRINTED` files in the region folders of `outDir`, folders in name order (not a `.staging-` one). */
export async function findPrinted(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(outDir, e.name));
  const found: string[] = [];
  for (const dir of dirs.sort())
    for (const name of PRINTED) if (await isFile(join(dir, name))) found.push(join(dir, name));
  return found;
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
  } catch (error) {
    throw new PrintError(`could not start the browser: ${firstLine(error)}`, executablePath);
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** One HTML file as PDF bytes, its contents page numbered. */
async function printFile(browser: Browser, file: string, lang: Lang): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(readyForPaper);
    const keys = await page.evaluate(insertContents, tr(TEXT.contents, lang));
    let shown: (number | null)[] = keys.map(() => null);
    for (let print = 1; ; print++) {
      await page.evaluate(numberContents, shown);
      const pdf = await toPdf(page, lang);
      if (keys.length === 0) return pdf;
      const found = await locateHeadings(pdf, keys);
      if (print === MAX_PRINTS || found.every((p, i) => p === shown[i])) return pdf;
      shown = found;
    }
  } finally {
    await page.close();
  }
}

async function toPdf(page: Page, lang: Lang): Promise<Uint8Array> {
  const font = "font-family:'DejaVu Sans',Verdana,Arial,sans-serif;font-size:8pt;color:#555;";
  const footer =
    `<div style="${font}width:100%;margin:0 14mm;display:flex;justify-content:space-between;gap:8mm">` +
    `<span class="title"></span><span style="white-space:nowrap">${tr(TEXT.page, lang)} ` +
    `<span class="pageNumber"></span> ${tr(TEXT.of, lang)} <span class="totalPages"></span></span></div>`;
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer,
    margin: { top: '16mm', right: '14mm', bottom: '18mm', left: '14mm' },
    outline: true,
    tagged: true,
  });
}

/**
 * In the page: open every `<details>` but the speaker notes, so text alternatives and data tables
 * print, their `<summary>` hidden; the notes stay closed and hidden. A link into this same file
 * becomes a link inside the PDF; a link to another local file (the overview, the annex) is left
 * as text, for a PDF travels without them and would otherwise carry this computer's file paths.
 */
function readyForPaper(): void {
  const here = location.href.split('#')[0];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const url = new URL(a.getAttribute('href') ?? '', location.href);
    if (url.protocol !== 'file:') continue;
    if (url.href.split('#')[0] === here && url.hash !== '') a.setAttribute('href', url.hash);
    else a.removeAttribute('href');
  }
  for (const details of Array.from(document.querySelectorAll('details'))) {
    const notes = details.classList.contains('notes') || details.closest('details.notes') !== null;
    details.open = !notes;
    if (notes) details.style.display = 'none';
    else
      for (const summary of Array.from(details.children))
        if (summary.tagName === 'SUMMARY') (summary as HTMLElement).style.display = 'none';
  }
}

/**
 * In the page: insert `<nav class="print-contents">` and return the text, as printed, of each
 * heading it lists. A slide deck (a `header.cover`) lists the first `h2` of every slide section,
 * parts and appendices in bold, on a page of its own after the cover and agenda; another document
 * (the annex) lists its `h2`s, or else its `h3`s, in place before the first of them.
 */
function insertContents(title: string): string[] {
  // No named helpers in here: a bundler's keepNames would wrap them in a `__name` the page lacks.
  const headings = Array.from(document.querySelectorAll<HTMLElement>('h2, h3')).filter(
    (h) => h.getClientRects().length > 0 && h.innerText.trim() !== '' && !h.closest('nav, header.cover'),
  );
  const cover = document.querySelector('header.cover');
  const hasParts = document.querySelector('section.slide.part') !== null;
  const deck = Array.from(document.querySelectorAll<HTMLElement>('section.slide')).flatMap((section) => {
    const heading = headings.find((h) => h.tagName === 'H2' && section.contains(h));
    return heading
      ? [{ target: section, heading, top: !hasParts || section.matches('.part, .appendix') }]
      : [];
  });
  const level = headings.some((h) => h.tagName === 'H2') ? 'H2' : 'H3';
  const listed =
    cover && deck.length > 0
      ? deck
      : headings.filter((h) => h.tagName === level).map((h) => ({ target: h, heading: h, top: true }));
  if (listed.length === 0) return [];

  const style = document.createElement('style');
  style.textContent = `
nav.print-contents { font-size:10pt; line-height:1.3; margin:0 0 8mm; }
nav.print-contents.page { break-before:page; break-after:page; margin:0; }
nav.print-contents h2 { margin:0 0 6mm; }
nav.print-contents ol { list-style:none; margin:0; padding:0; }
nav.print-contents li { break-inside:avoid; }
nav.print-contents li.top { font-weight:bold; margin-top:2.5mm; }
nav.print-contents li:not(.top) { padding-left:6mm; }
nav.print-contents a { display:flex; align-items:baseline; gap:2mm; color:inherit; text-decoration:none; }
nav.print-contents .leader { flex:1 1 auto; min-width:8mm; border-bottom:1px dotted #999; }
nav.print-contents .number { flex:0 0 10mm; text-align:right; font-variant-numeric:tabular-nums; }
@media screen { nav.print-contents { display:none; } }`;
  document.head.append(style);

  const nav = document.createElement('nav');
  nav.className = cover ? 'print-contents page' : 'print-contents';
  nav.setAttribute('aria-labelledby', 'print-contents-title');
  const h2 = document.createElement('h2');
  h2.id = 'print-contents-title';
  h2.textContent = title;
  const ol = document.createElement('ol');
  listed.forEach(({ target, heading, top }, i) => {
    if (!target.id) target.id = `print-contents-${i + 1}`;
    const li = document.createElement('li');
    if (top) li.className = 'top';
    const a = document.createElement('a');
    a.href = `#${target.id}`;
    const text = document.createElement('span');
    text.textContent = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const leader = document.createElement('span');
    leader.className = 'leader';
    const number = document.createElement('span');
    number.className = 'number';
    a.append(text, leader, number);
    li.append(a);
    ol.append(li);
  });
  nav.append(h2, ol);
  const main = document.querySelector('main');
  if (cover && main) main.before(nav);
  else if (cover) cover.after(nav);
  else listed[0]!.heading.before(nav);
  return listed.map(({ heading }) => heading.innerText);
}

/** In the page: the contents' page numbers (blank for null). */
function numberContents(pages: (number | null)[]): void {
  const cells = Array.from(document.querySelectorAll('nav.print-contents .number'));
  cells.forEach((cell, i) => {
    cell.textContent = pages[i] == null ? '' : String(pages[i]);
  });
}

/** Text compared without case, spacing or ligatures (a heading broken over lines loses its space). */
const normalizeKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The 1-based page each heading (text as printed, in document order) lands on in `pdf`, or null.
 * Outline entries are matched in order; what the outline lacks is searched in the page text from
 * the page of the heading before.
 */
export async function locateHeadings(pdf: Uint8Array, headings: string[]): Promise<(number | null)[]> {
  // a copy: pdf.js hands its buffer over to its worker
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const outline = await flatOutline(doc);
    const pages: (number | null)[] = [];
    let next = 0;
    for (const heading of headings) {
      const key = normalizeKey(heading);
      const at = outline.findIndex((entry, i) => i >= next && entry.key === key);
      pages.push(at < 0 ? null : outline[at]!.page);
      if (at >= 0) next = at + 1;
    }
    if (pages.every((p) => p !== null)) return pages;
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(normalizeKey(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    }
    let from = 1;
    return pages.map((page, i) => {
      if (page === null) {
        const key = normalizeKey(headings[i]!);
        const index = texts.findIndex((text, n) => n + 1 > from && text.includes(key));
        page = index < 0 ? null : index + 1;
      }
      if (page !== null) from = page;
      return page;
    });
  } finally {
    await doc.destroy();
  }
}

/** The outline of `doc`, depth first, each entry with its 1-based page. */
async function flatOutline(doc: PDFDocumentProxy): Promise<{ key: string; page: number | null }[]> {
  const flat: { key: string; page: number | null }[] = [];
  type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const walk = async (items: Item[] | null | undefined) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const page =
        ref && typeof ref === 'object'
          ? (await doc.getPageIndex(ref)) + 1
          : typeof ref === 'number'
            ? ref + 1
            : null;
      flat.push({ key: normalizeKey(item.title), page });
      await walk(item.items);
    }
  };
  await walk(await doc.getOutline());
  return flat;
}

/** Write `bytes` to `path` through a temporary file beside it, renamed into place. */
export async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
