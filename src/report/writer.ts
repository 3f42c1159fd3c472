/**
 * The one place that writes output (STYLE.md point 4). Files arrive one at a time as the report
 * makes them; each is written into a staging folder beside the output folder
 * (`.<out>.staging-<pid>`) and hashed as it is written, while the report goes on with the next (at
 * most `highWaterMark` bytes wait in between). `commit` swaps the staged folder for the output folder
 * as a whole, only when every file is written; `abort` removes the staging folder and leaves the
 * previous output as it was. Before anything is written the writer claims the folder
 * (`output-guard.ts`): not an input, not someone else's folder, not in use by another run.
 * Tests pass a memory writer.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { finished } from 'node:stream/promises';
import {
  checkReplaceable,
  claimOutput,
  explainError,
  type GuardedInput,
  type OutputClaim,
  type OutputPlace,
  outputPlace,
} from './output-guard.js';

/**
 * One output file: its bytes, or, for a file too large to hold (a million-row respondents.csv),
 * a function that yields its text piece by piece.
 */
export type OutputFile = { path: string; bytes: Uint8Array } | { path: string; text: () => Iterable<string> };

/** What was written: the manifest lists these. */
export interface Written {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Writer {
  /**
   * Make sure the output may be written (a folder writer claims its folder: see `output-guard.ts`),
   * before the run reads anything; the first `write` does it when this was not called.
   */
  open?(): Promise<void>;
  /** Accept one file; resolves once there is room for the next (the bytes waiting stay bounded). */
  write(file: OutputFile): Promise<void>;
  /** Wait until every accepted file is written; what has been written so far, in order. */
  flush(): Promise<Written[]>;
  /** Move the written output into place. */
  commit(): Promise<void>;
  /** Drop everything written; a previous output stays as it was. */
  abort(): Promise<void>;
  /** The most bytes that were accepted but not yet written, at any moment. */
  readonly peakBufferedBytes: number;
}

const DEFAULT_HIGH_WATER_MARK = 8 * 1024 * 1024;

/** The bytes of an output file, a streamed one encoded piece by piece and joined. */
export function contentOf(file: OutputFile): Uint8Array {
  if ('bytes' in file) return file.bytes;
  // Piece by piece into bytes: a large file (a region's respondents.csv in a report worker) never
  // becomes one string, and its bytes are outside the JavaScript heap.
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let length = 0;
  for (const piece of file.text()) {
    const bytes = encoder.encode(piece);
    pieces.push(bytes);
    length += bytes.byteLength;
  }
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const bytes of pieces) {
    out.set(bytes, at);
    at += bytes.byteLength;
  }
  return out;
}

/** The size of the bytes an accepted file holds while it waits (a streamed file holds none). */
const heldBytes = (file: OutputFile) => ('bytes' in file ? file.bytes.byteLength : 0);

/**
 * A writer that hands each file to `sink` in order, one at a time, hashing it on the way, and
 * lets the caller run ahead by at most `highWaterMark` bytes.
 */
function queuedWriter(
  sink: (file: OutputFile, hash: Hash) => Promise<number>,
  effects: { open?(): Promise<void>; commit(): Promise<void>; abort(): Promise<void> },
  highWaterMark = DEFAULT_HIGH_WATER_MARK,
): Writer {
  const written: Written[] = [];
  let tail: Promise<void> = Promise.resolve();
  let buffered = 0;
  let peak = 0;
  let failure: unknown = null;
  const waiting: (() => void)[] = [];
  const release = () => {
    while (waiting.length > 0 && buffered <= highWaterMark) waiting.shift()!();
  };
  return {
    ...(effects.open ? { open: effects.open } : {}),
    get peakBufferedBytes() {
      return peak;
    },
    async write(file) {
      if (failure) throw failure;
      const held = heldBytes(file);
      buffered += held;
      peak = Math.max(peak, buffered);
      tail = tail.then(async () => {
        if (failure) return;
        try {
          const hash = createHash('sha256');
          const bytes = await sink(file, hash);
          written.push({ path: file.path, bytes, sha256: hash.digest('hex') });
        } catch (error) {
          failure = error;
        } finally {
          buffered -= held;
          release();
        }
      });
      if (buffered > highWaterMark) await new Promise<void>((resolve) => waiting.push(resolve));
      if (failure) throw failure;
    },
    async flush() {
      await tail;
      if (failure) throw failure;
      return [...written];
    },
    async commit() {
      await tail;
      if (failure) throw failure;
      const paths = written.map((w) => w.path);
      const repeated = paths.find((p, i) => paths.indexOf(p) !== i);
      if (repeated) throw new Error(`output file written twice: ${repeated}`);
      await effects.commit();
    },
    async abort() {
      await tail.catch(() => undefined);
      await effects.abort();
    },
  };
}

/** Write `file` to `target`, feeding `hash`; the number of bytes written. */
async function writeOutput(target: string, file: OutputFile, hash: Hash): Promise<number> {
  if ('bytes' in file) {
    hash.update(file.bytes);
    await writeFile(target, file.bytes);
    return file.bytes.byteLength;
  }
  const stream = createWriteStream(target);
  let bytes = 0;
  for (const piece of file.text()) {
    hash.update(piece, 'utf8');
    bytes += Buffer.byteLength(piece, 'utf8');
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  stream.end();
  await finished(stream);
  return bytes;
}

export interface FolderWriterOptions {
  /** The most bytes accepted but not yet written (default 8 MB). */
  highWaterMark?: number;
  /** The folder as the user named it (`--out`), for messages; default: relative to the working folder. */
  shown?: string;
  /** The files and folders the run reads: the output folder may not be one of them or hold one. */
  inputs?: readonly GuardedInput[];
}

/** A path the report gives: relative, inside the folder. */
const safePath = (path: string) =>
  path !== '' && !isAbsolute(path) && !path.split(/[\\/]/).some((p) => p === '..' || p === '' || p === '.');

/**
 * Writes into a staging folder beside `out`, then swaps it for `out` as a whole (see
 * `output-guard.ts`). `options` may be the high-water mark alone.
 */
export function folderWriter(out: string, options: number | FolderWriterOptions = {}): Writer {
  const opts: FolderWriterOptions = typeof options === 'number' ? { highWaterMark: options } : options;
  let place: OutputPlace | null = null;
  let claim: OutputClaim | null = null;
  let opened: Promise<void> | null = null;
  let staged: Promise<void> | null = null;
  let done = false;
  const explain = (error: unknown, file?: string) => (place ? explainError(error, place, file) : error);
  const open = () => {
    opened ??= (async () => {
      if (done) throw new Error('this output writer has already finished');
      place = await outputPlace(out, opts.shown);
      claim = await claimOutput(place, opts.inputs ?? []);
    })().catch((error: unknown) => {
      throw explain(error);
    });
    return opened;
  };
  const stage = () => {
    staged ??= (async () => {
      await open();
      await rm(place!.staging, { recursive: true, force: true });
      await mkdir(place!.staging, { recursive: true });
    })();
    return staged;
  };
  const finish = async () => {
    done = true;
    await opened?.catch(() => undefined);
    await claim?.release();
  };
  return queuedWriter(
    async (file, hash) => {
      if (!safePath(file.path)) throw new Error(`output path outside the output folder: ${file.path}`);
      await stage();
      const target = join(place!.staging, file.path);
      try {
        await mkdir(dirname(target), { recursive: true });
        return await writeOutput(target, file, hash);
      } catch (error) {
        throw explain(error, target);
      }
    },
    {
      open,
      async commit() {
        try {
          await stage();
          // The folder may have changed while the run worked: look again just before replacing it.
          await checkReplaceable(place!);
          await rm(place!.old, { recursive: true, force: true });
          claim!.swap();
        } catch (error) {
          throw explain(error);
        } finally {
          await finish();
        }
      },
      async abort() {
        await finish();
      },
    },
    opts.highWaterMark,
  );
}

/** Keeps the files in memory (tests); `files` holds what was committed. */
export function memoryWriter(): Writer & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const pending = new Map<string, Uint8Array>();
  const writer = queuedWriter(
    async (file, hash) => {
      const bytes = contentOf(file);
      hash.update(bytes);
      pending.set(file.path, bytes);
      return bytes.byteLength;
    },
    {
      async commit() {
        for (const [path, bytes] of pending) files.set(path, bytes);
        pending.clear();
      },
      async abort() {
        pending.clear();
      },
    },
  );
  return Object.assign(writer, { files });
}
