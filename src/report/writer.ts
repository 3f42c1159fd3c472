/**
 * The one place that writes output (STYLE.md point 4). A run is staged in `<out>/.staging-<pid>/`
 * and moved into place only when every file is written; on failure the staging folder is removed
 * and the previous output is left as it was. Tests pass a memory writer.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** Path relative to the output folder, with `/`. */
  path: string;
  bytes: Uint8Array;
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
          await writeFile(target, f.bytes);
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
      for (const f of list) files.set(f.path, f.bytes);
    },
  };
}
