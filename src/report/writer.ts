/**
 * The one place that writes output (STYLE.md point 4). A run is staged in `<out>/.staging-<pid>/`
 * and moved into place only when every file is written; on failure the staging folder is removed
 * and the previous output is left as it was. Tests pass a memory writer.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

/**
 * One output file: its bytes, or, for a file too large to hold (a million-row respondents.csv),
 * a function that yields its text piece by piece each time it is called.
 */
export type OutputFile = { path: string; bytes: Uint8Array } | { path: string; text: () => Iterable<string> };

/** Size and sha256 of an output file; a streamed one is generated once to count and hash it. */
export function measure(file: OutputFile): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  if ('bytes' in file) return { bytes: file.bytes.byteLength, sha256: hash.update(file.bytes).digest('hex') };
  let bytes = 0;
  for (const piece of file.text()) {
    hash.update(piece, 'utf8');
    bytes += Buffer.byteLength(piece, 'utf8');
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The bytes of an output file (a streamed one joined: for tests and small files only). */
export function contentOf(file: OutputFile): Uint8Array {
  return 'bytes' in file ? file.bytes : new TextEncoder().encode([...file.text()].join(''));
}

async function writeOutput(target: string, file: OutputFile): Promise<void> {
  if ('bytes' in file) return writeFile(target, file.bytes);
  const stream = createWriteStream(target);
  for (const piece of file.text()) if (!stream.write(piece)) await once(stream, 'drain');
  stream.end();
  await finished(stream);
}

export interface Writer {
  writeAll(files: readonly OutputFile[]): Promise<void>;
}

/** Writes into a folder, staged, then renamed into place entry by entry. */
export function folderWriter(out: string): Writer {
  return {
    async writeAll(files) {
      const staging = join(out, `.staging-${process.pid}`);
      await rm(staging, { recursive: true, force: true });
      try {
        for (const f of files) {
          const target = join(staging, f.path);
          await mkdir(dirname(target), { recursive: true });
          await writeOutput(target, f);
        }
        const entries = [...new Set(files.map((f) => f.path.split('/')[0]!))].sort();
        for (const entry of entries) {
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
  };
}

/** Keeps the files in memory (tests). */
export function memoryWriter(): Writer & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    async writeAll(list) {
      for (const f of list) files.set(f.path, contentOf(f));
    },
  };
}
