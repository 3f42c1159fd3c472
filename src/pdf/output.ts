/**
 * The PDFs as part of a run's output, listed with their sha256 in manifest.json like every other
 * file. `run --pdf` prints through `printingWriter`, before the output is committed, so an output
 * is there with its PDFs or not at all; `regioscan pdf` prints into an existing output
 * (`printOutput`) and adds the PDFs to its manifest, rewritten atomically.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Lang } from '../report/labels/index.js';
import { contentOf, type Writer, type Written } from '../report/writer.js';
import { PrintError } from './chromium.js';
import { findPrinted, PRINTED, printPdfs, writeAtomic } from './index.js';

export interface PrintingOptions {
  /** The browser executable (see `requireChromium`). */
  chromium: string;
  lang: Lang;
  /** The output folder as the user named it: print errors name `<out>/<region>/<file>`. */
  out: string;
  /** Called once before the printing starts, with the number of files to print. */
  onPrint?: (count: number) => void;
}

/** `<region>/regioscan.html` or `<region>/annex.html`: a document that is printed. */
const isPrinted = (path: string) => {
  const parts = path.split('/');
  return parts.length === 2 && PRINTED.includes(parts[1]!);
};

/**
 * `inner`, with the PDF of every region's regioscan.html and annex.html that passes through it:
 * printed at the first flush after them, which the report makes before it writes the manifest,
 * so the PDFs are in the manifest and are committed (or dropped) with everything else. Each
 * document is printed from a copy in a temporary folder (it is self-contained), so this needs
 * nothing of how `inner` stages its files.
 */
export function printingWriter(inner: Writer, options: PrintingOptions): Writer {
  let temp: string | null = null;
  let pending: string[] = [];
  const cleanUp = async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
    temp = null;
  };
  const print = async (): Promise<void> => {
    const paths = pending;
    pending = [];
    const folder = temp!;
    options.onPrint?.(paths.length);
    try {
      const { written } = await printPdfs({
        outDir: folder,
        chromium: options.chromium,
        lang: options.lang,
        files: paths.map((p) => join(folder, p)),
      });
      for (const pdf of written)
        await inner.write({ path: toOutputPath(folder, pdf), bytes: new Uint8Array(await readFile(pdf)) });
    } catch (error) {
      if (error instanceof PrintError && error.file?.startsWith(folder))
        throw new PrintError(error.message, join(options.out, relative(folder, error.file)));
      throw error;
    }
  };
  return {
    get peakBufferedBytes() {
      return inner.peakBufferedBytes;
    },
    async write(file) {
      if (isPrinted(file.path)) {
        temp ??= await mkdtemp(join(tmpdir(), 'regioscan-pdf-'));
        const copy = join(temp, file.path);
        await mkdir(dirname(copy), { recursive: true });
        await writeFile(copy, contentOf(file));
        pending.push(file.path);
      }
      await inner.write(file);
    },
    async flush() {
      const written = await inner.flush();
      if (pending.length === 0) return written;
      await print();
      return inner.flush();
    },
    async commit() {
      try {
        await inner.commit();
      } finally {
        await cleanUp();
      }
    },
    async abort() {
      try {
        await inner.abort();
      } finally {
        await cleanUp();
      }
    },
  };
}

/**
 * `regioscan pdf`: print every report of the run in `outDir` beside its HTML, and add the PDFs to
 * its manifest.json. The language is `lang`, else the run's (from the manifest), else Dutch.
 */
export async function printOutput(
  outDir: string,
  options: { chromium: string; lang?: Lang | undefined },
): Promise<{ written: string[]; lang: Lang; manifest: boolean }> {
  const files = await findPrinted(outDir);
  if (files.length === 0)
    throw new PrintError(
      `no ${PRINTED.join(' or ')} in the region folders; is this the output folder of regioscan run?`,
      outDir,
    );
  const lang = options.lang ?? (await readRunLang(outDir)) ?? 'nl';
  const { written } = await printPdfs({ outDir, chromium: options.chromium, lang, files });
  const manifest = await addToManifest(outDir, written);
  return { written, lang, manifest };
}

/** The language the run in `outDir` was made in, as its manifest.json records it; null if it does not. */
export async function readRunLang(outDir: string): Promise<Lang | null> {
  const manifest = await readManifest(join(outDir, 'manifest.json'));
  const lang = (manifest?.options as { lang?: unknown } | undefined)?.lang;
  return lang === 'nl' || lang === 'en' ? lang : null;
}

/**
 * Add `files` (inside `outDir`) to the outputs of `outDir/manifest.json` with their size and
 * sha256, replacing an entry of the same path, in the manifest's path order; the manifest is
 * rewritten atomically. False when there is no manifest.
 */
export async function addToManifest(outDir: string, files: readonly string[]): Promise<boolean> {
  const path = join(outDir, 'manifest.json');
  const manifest = await readManifest(path);
  if (manifest === null) return false;
  if (!Array.isArray(manifest.outputs))
    throw new PrintError('manifest.json has no list of outputs; rerun regioscan run', path);
  const added: Written[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    added.push({
      path: toOutputPath(outDir, file),
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  const kept = (manifest.outputs as Written[]).filter((o) => !added.some((a) => a.path === o.path));
  manifest.outputs = [...kept, ...added].sort((x, y) => x.path.localeCompare(y.path));
  await writeAtomic(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}

async function readManifest(path: string): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {}
  throw new PrintError('manifest.json is not a JSON object; rerun regioscan run', path);
}

/** A file's path inside `folder` as the manifest writes it (forward slashes). */
const toOutputPath = (folder: string, file: string) => relative(folder, file).split(sep).join('/');
