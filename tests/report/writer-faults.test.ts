/**
 * Faults of the machine while the writer works (issue 10.1, 10.3): a full disk or a refused write
 * is named with the path in the output folder as the user gave it (never the staging folder's),
 * and leaves the previous output whole and nothing beside it. The faults are made by a stand-in
 * for `node:fs/promises` and `node:fs` that fails the write or rename a test asks for.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { folderWriter } from '../../src/report/writer.js';

const fault = vi.hoisted(() => ({
  /** Fail a write whose path contains this. */
  write: null as { match: string; code: string } | null,
  /** Fail the nth rename of the swap (1: old away, 2: staging in). */
  rename: null as { nth: number; code: string } | null,
  renames: 0,
}));

const errno = (code: string, syscall: string, path?: string) =>
  Object.assign(new Error(`${code}: fault, ${syscall}${path ? ` '${path}'` : ''}`), {
    code,
    syscall,
    ...(path ? { path } : {}),
  });

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: (async (path: Parameters<typeof real.writeFile>[0], ...rest: unknown[]) => {
      // A failed write names no path (the disk is full at a write, not an open).
      if (fault.write && String(path).includes(fault.write.match)) throw errno(fault.write.code, 'write');
      return (real.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    }) as typeof real.writeFile,
  };
});
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: string, to: string) => {
      if (fault.rename && ++fault.renames === fault.rename.nth)
        throw Object.assign(errno(fault.rename.code, 'rename', from), { dest: to });
      return real.renameSync(from, to);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-faults-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  fault.write = null;
  fault.rename = null;
  fault.renames = 0;
});

let n = 0;
/** A parent folder holding `out`, a regioscan output of one file. */
async function previous() {
  const parent = join(dir, `case-${++n}`);
  const out = join(parent, 'out');
  await mkdir(join(out, 'twente'), { recursive: true });
  await writeFile(join(out, 'twente', 'regioscan.html'), 'old');
  const outputs = [{ path: 'twente/regioscan.html', bytes: 3, sha256: '' }];
  await writeFile(join(out, 'manifest.json'), JSON.stringify({ tool: 'regioscan', outputs }));
  return { parent, out };
}

const intact = async (parent: string, out: string) => {
  expect(await readFile(join(out, 'twente', 'regioscan.html'), 'utf8')).toBe('old');
  expect((await readdir(parent)).sort()).toEqual(['out']);
};

const files = ['twente/regioscan.html', 'twente/regioscan.xlsx', 'manifest.json'];

async function runWriter(out: string) {
  const writer = folderWriter(out, { shown: 'my/out' });
  try {
    for (const path of files) await writer.write({ path, bytes: new Uint8Array(10) });
    await writer.commit();
  } catch (error) {
    await writer.abort();
    return error as NodeJS.ErrnoException & { dest?: string };
  }
  throw new Error('expected a failure');
}

describe('faults while writing and swapping', () => {
  it.each(['ENOSPC', 'EACCES', 'EDQUOT'])(
    '%s while writing a file names it inside --out as given, and leaves the previous output',
    async (code) => {
      const { parent, out } = await previous();
      fault.write = { match: 'regioscan.xlsx', code };
      const error = await runWriter(out);
      expect(error.code).toBe(code);
      expect(error.path).toBe('my/out/twente/regioscan.xlsx');
      expect(error.message).not.toContain('staging');
      await intact(parent, out);
    },
  );

  it('a folder in use (EBUSY, as on Windows when a report is open) stops the swap before anything moved', async () => {
    const { parent, out } = await previous();
    fault.rename = { nth: 1, code: 'EBUSY' };
    const error = await runWriter(out);
    expect(error.code).toBe('EBUSY');
    expect(error.path).toBe('my/out');
    expect(error.dest).toBeUndefined();
    await intact(parent, out);
  });

  it('a failure of the second rename puts the old output back', async () => {
    const { parent, out } = await previous();
    fault.rename = { nth: 2, code: 'EACCES' };
    const error = await runWriter(out);
    expect(error.code).toBe('EACCES');
    expect(error.path).toBe('my/out');
    expect(fault.renames).toBe(3); // old away, staging in (failed), old back.
    await intact(parent, out);
  });
});
