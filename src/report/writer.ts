/**
 * The one place that writes output (STYLE.md point 4). Files arrive one at a time as the report
 * makes them; each is written into `<out>/.staging-<pid>/` and hashed as it is written, while the
 * report goes on with the next (at most `highWaterMark` bytes wait in between). `commit` moves the
 * staged output into place only when every file is written; `abort` removes the staging folder and
 * leaves the previous output as it was. Tests pass a memory writer.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

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

/** The bytes of an output file (a streamed one joined: for tests and small files only). */
export function contentOf(file: OutputFile): Uint8Array {
  return 'bytes' in file ? file.bytes : new TextEncoder().encode([...file.text()].join(''));
}

/** The size of the bytes an accepted file holds while it waits (a streamed file holds none). */
const heldBytes = (file: OutputFile) => ('bytes' in file ? file.bytes.byteLength : 0);

/**
 * A writer that hands each file to `sink` in order, one at a time, hashing it on the way, and
 * lets the caller run ahead by at most `highWaterMark` bytes.
 */
function queuedWriter(
  sink: (file: OutputFile, hash: Hash) => Promise<number>,
  effects: { commit(): Promise<void>; abort(): Promise<void> },
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

/** Writes into a folder, staged, then renamed into place entry by entry. */
export function folderWriter(out: string, highWaterMark?: number): Writer {
  const staging = join(out, `.staging-${process.pid}`);
  const entries = new Set<string>();
  let started: Promise<void> | null = null;
  const start = () => {
    started ??= rm(staging, { recursive: true, force: true });
    return started;
  };
  return queuedWriter(
    async (file, hash) => {
      await start();
      const target = join(staging, file.path);
      entries.add(file.path.split('/')[0]!);
      await mkdir(dirname(target), { recursive: true });
      return writeOutput(target, file, hash);
    },
    {
      async commit() {
        try {
          for (const entry of [...entries].sort()) {
            const old = join(out, `.old-${process.pid}-${entry}`);
            await rm(old, { recursive: true, force: true });
            await rename(join(out, entry), old).catch((e: NodeJS.ErrnoException) => {
              if (e.code !== 'ENOENT') throw e;
            });
            await rename(join(staging, entry), join(out, entry));
            await rm(old, { recursive: true, force: true });
          }
        } finally {
          await rm(staging, { recursive: true, force: true });
        }
      },
      async abort() {
        await rm(staging, { recursive: true, force: true });
      },
    },
    highWaterMark,
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
