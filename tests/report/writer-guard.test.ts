/**
 * The folder writer's guard (issue 10.3): it replaces only a folder that is absent, empty or a
 * regioscan output holding nothing else, never one that is or holds an input; the swap leaves the
 * old output or the new one whole; a lock keeps a second run out; leftovers of crashed runs are
 * cleared. Small temporary folders, the writer and guard called directly.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderSlug, slugify } from '../../src/model/regions.js';
import {
  claimOutput,
  OutputError,
  outputPlace,
  recoverLeftovers,
  runInputs,
} from '../../src/report/output-guard.js';
import { folderWriter, type Writer } from '../../src/report/writer.js';

let dir: string;
let deadPid: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-guard-'));
  // The PID of a process that has ended.
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  deadPid = child.pid!;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
/** A new parent folder with `out` in it (not created). */
async function fresh(): Promise<{ parent: string; out: string }> {
  const parent = join(dir, `case-${++n}`);
  await mkdir(parent, { recursive: true });
  return { parent, out: join(parent, 'out') };
}

/** A regioscan output in `out`: the files, and a manifest that lists them. */
async function regioscanOutput(out: string, files: Record<string, string>, manifest: object = {}) {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(out, path, '..'), { recursive: true });
    await writeFile(join(out, path), text);
  }
  const outputs = Object.keys(files).map((path) => ({ path, bytes: 0, sha256: '' }));
  await writeFile(
    join(out, 'manifest.json'),
    JSON.stringify({ tool: 'regioscan', version: '0.0.1', inputs: [], rows: {}, outputs, ...manifest }),
  );
}

/** Write `files` through a folder writer and commit. */
async function writeAll(writer: Writer, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files))
    await writer.write({ path, bytes: new TextEncoder().encode(text) });
  await writer.commit();
}

/** What a run leaves beside `out` in `parent`: staging, old, lock. */
const beside = async (parent: string) =>
  (await readdir(parent)).filter((e) => e.startsWith('.out.') || e === 'out.lock').sort();

/** The error `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('the output folder is replaced only when it is regioscan’s', () => {
  it('writes into an absent folder (and its parents), leaving nothing beside it', async () => {
    const { parent } = await fresh();
    const out = join(parent, 'a', 'b', 'out');
    await writeAll(folderWriter(out), { 'r/x.txt': 'new', 'manifest.json': '{}' });
    expect(await readFile(join(out, 'r', 'x.txt'), 'utf8')).toBe('new');
    expect(await beside(join(parent, 'a', 'b'))).toEqual([]);
  });

  it('replaces an empty folder', async () => {
    const { parent, out } = await fresh();
    await mkdir(out);
    await writeAll(folderWriter(out), { 'x.txt': 'new' });
    expect(await readdir(out)).toEqual(['x.txt']);
    expect(await beside(parent)).toEqual([]);
  });

  it('replaces a regioscan output as a whole: a region gone from the run goes from the folder', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'twente/regioscan.html': 'old', 'groningen/regioscan.html': 'old' });
    await writeAll(folderWriter(out), { 'twente/regioscan.html': 'new', 'manifest.json': '{}' });
    expect((await readdir(out)).sort()).toEqual(['manifest.json', 'twente']);
    expect(await readFile(join(out, 'twente', 'regioscan.html'), 'utf8')).toBe('new');
    expect(await beside(parent)).toEqual([]);
  });

  it('counts an older output without the marker but with a regioscan manifest as its own, and PDFs printed beside reports', async () => {
    const { out } = await fresh();
    await regioscanOutput(out, { 'twente/regioscan.html': 'old' }, { tool: undefined });
    await writeFile(join(out, 'twente', 'regioscan.pdf'), 'printed');
    await writeFile(join(out, '.DS_Store'), '');
    await writeAll(folderWriter(out), { 'x.txt': 'new' });
    expect(await readdir(out)).toEqual(['x.txt']);
  });

  it('refuses a folder that is not empty and not a regioscan output, naming it and what it holds', async () => {
    const { parent, out } = await fresh();
    await mkdir(join(out, 'thesis'), { recursive: true });
    await writeFile(join(out, 'export.csv'), 'a,b\n');
    await writeFile(join(out, 'manifest.json'), '{"name":"some other tool"}');
    const writer = folderWriter(out, { shown: 'my-out' });
    const error = await failure(writer.open!());
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toBe(
      '--out my-out is not empty and is not an output of regioscan (its manifest.json was not written by regioscan): it holds export.csv, manifest.json, thesis/. ' +
        'regioscan replaces its output folder as a whole, which would delete these; choose a new or empty folder',
    );
    await writer.abort();
    expect(await readFile(join(out, 'export.csv'), 'utf8')).toBe('a,b\n');
    expect(await beside(parent)).toEqual([]);
  });

  it('refuses a regioscan output that also holds files regioscan did not write', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'twente/regioscan.html': 'old' });
    await writeFile(join(out, 'twente', 'notes.txt'), 'mine');
    const error = await failure(writeAll(folderWriter(out, { shown: 'out' }), { 'x.txt': 'new' }));
    expect(error.message).toBe(
      '--out out is an output of regioscan, but also holds files regioscan did not write: twente/notes.txt. ' +
        'Replacing the folder would delete them: move them elsewhere, or choose another --out',
    );
    expect(await readFile(join(out, 'twente', 'notes.txt'), 'utf8')).toBe('mine');
    expect(await beside(parent)).toEqual([]);
  });

  it('looks again just before the swap: a file added while the run worked stops it', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'a.txt': 'old' });
    const writer = folderWriter(out, { shown: 'out' });
    await writer.write({ path: 'a.txt', bytes: new Uint8Array([1]) });
    await writeFile(join(out, 'added.txt'), 'mine');
    expect((await failure(writer.commit())).message).toContain('did not write: added.txt');
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('old');
    expect(await beside(parent)).toEqual([]);
  });

  it('refuses an --out that is a file, or below a file', async () => {
    const { parent } = await fresh();
    const file = join(parent, 'report.txt');
    await writeFile(file, 'x');
    const error = await failure(folderWriter(file, { shown: 'report.txt' }).open!());
    expect(error.message).toBe(
      '--out report.txt is a file, not a folder: regioscan writes a folder of reports; choose a folder that does not exist yet, or an empty one',
    );
    const below = await failure(folderWriter(join(file, 'out'), { shown: 'report.txt/out' }).open!());
    expect(below.message).toMatch(
      /^--out report\.txt\/out: \S*report\.txt is a file, not a folder, so the output folder cannot be made there/,
    );
    expect(await readFile(file, 'utf8')).toBe('x');
    expect((await readdir(parent)).sort()).toEqual(['report.txt']);
  });
});

describe('the output folder is never an input nor holds one', () => {
  const setup = async () => {
    const { parent, out } = await fresh();
    await mkdir(join(parent, 'data'));
    const inputs = {
      export: join(parent, 'data', 'export.csv'),
      codebook: join(parent, 'data', 'codebook.json'),
      session: join(parent, 'data', 'sessions', 'twente.md'),
    };
    for (const path of Object.values(inputs)) {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, 'x');
    }
    return { parent, out, inputs };
  };

  it.each([
    ['the folder of the export', (p: string) => join(p, 'data'), '--input'],
    ['the parent of the export’s folder', (p: string) => p, '--input'],
    ['the folder of a session file', (p: string) => join(p, 'data', 'sessions'), '--session'],
  ])('--out %s is an error naming the input', async (_, outOf, option) => {
    const { parent, inputs } = await setup();
    const out = outOf(parent);
    const writer = folderWriter(out, {
      shown: 'OUT',
      inputs: runInputs({ inputs: [inputs.export], codebook: inputs.codebook, sessions: [inputs.session] }),
    });
    const error = await failure(writer.open!());
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(
      new RegExp(`^--out OUT holds the ${option} \\S+(export\\.csv|twente\\.md): regioscan replaces`),
    );
    for (const path of Object.values(inputs)) expect(await readFile(path, 'utf8')).toBe('x');
    expect(await readdir(join(parent, 'data'))).not.toContain('.data.lock');
  });

  it('--out equal to an input file is an error naming it', async () => {
    const { inputs } = await setup();
    const error = await failure(
      folderWriter(inputs.codebook, { shown: 'cb', inputs: runInputs({ codebook: inputs.codebook }) })
        .open!(),
    );
    expect(error.message).toMatch(/^--out cb is the --codebook \S+codebook\.json: the output folder must be/);
  });

  it('--previous may be the output folder: it is read before the folder is replaced', async () => {
    const { out } = await fresh();
    await regioscanOutput(out, { 'indicators.csv': 'old' });
    const writer = folderWriter(out, { inputs: runInputs({ previous: out }) });
    await writer.open!();
    expect(await readFile(join(out, 'indicators.csv'), 'utf8')).toBe('old');
    await writeAll(writer, { 'indicators.csv': 'new' });
    expect(await readFile(join(out, 'indicators.csv'), 'utf8')).toBe('new');
  });
});

describe('one run at a time; leftovers of crashed runs are cleared', () => {
  it('a second writer into the same folder stops with a message naming the PID', async () => {
    const { parent, out } = await fresh();
    const first = folderWriter(out, { shown: 'out' });
    await first.open!();
    expect(JSON.parse(await readFile(join(parent, 'out.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    const error = await failure(folderWriter(out, { shown: 'out' }).open!());
    expect(error.message).toBe(
      `--out out is in use by this process (PID ${process.pid}): wait until it has finished, or write to another folder; if no such run is going on, delete ${join(parent, 'out.lock')}`,
    );
    await writeAll(first, { 'x.txt': 'new' });
    expect(await beside(parent)).toEqual([]);
  });

  it('a lock of another living process stops the run, naming its PID', async () => {
    const { parent, out } = await fresh();
    const lock = { pid: process.ppid, host: hostname(), started: '2026-12-01T10:00:00.000Z' };
    await writeFile(join(parent, 'out.lock'), JSON.stringify(lock));
    const error = await failure(folderWriter(out, { shown: 'out' }).open!());
    expect(error.message).toMatch(
      new RegExp(
        `^--out out is in use by another regioscan run \\(PID ${process.ppid}, started 2026-12-01T10:00:00.000Z\\)`,
      ),
    );
    expect(JSON.parse(await readFile(join(parent, 'out.lock'), 'utf8'))).toEqual(lock);
  });

  it('a lock of a process that is gone is taken over, and removed at the end', async () => {
    const { parent, out } = await fresh();
    await writeFile(join(parent, 'out.lock'), JSON.stringify({ pid: deadPid, host: hostname() }));
    await writeAll(folderWriter(out), { 'x.txt': 'new' });
    expect(await readFile(join(out, 'x.txt'), 'utf8')).toBe('new');
    expect(await beside(parent)).toEqual([]);
  });

  it('removes the staging folders of runs that are gone, theirs and the ones earlier versions left inside', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'a.txt': 'old' });
    await mkdir(join(parent, `.out.staging-${deadPid}`, 'twente'), { recursive: true });
    await mkdir(join(out, `.staging-${deadPid}`, 'twente'), { recursive: true });
    await writeAll(folderWriter(out), { 'a.txt': 'new' });
    expect(await readdir(out)).toEqual(['a.txt']);
    expect(await beside(parent)).toEqual([]);
  });

  it('puts the old output back when a run died between the two renames of the swap', async () => {
    const { parent, out } = await fresh();
    const old = join(parent, `.out.old-${deadPid}`);
    await regioscanOutput(old, { 'a.txt': 'old' });
    await mkdir(join(parent, `.out.staging-${deadPid}`));
    await recoverLeftovers(await outputPlace(out));
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('old');
    expect(await beside(parent)).toEqual([]);
  });

  it('removes the old output when a run died after the swap', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'a.txt': 'new' });
    await regioscanOutput(join(parent, `.out.old-${deadPid}`), { 'a.txt': 'old' });
    // And an entry an earlier version had moved aside inside the folder, for one it had not put back.
    await mkdir(join(out, `.old-${deadPid}-twente`));
    await writeFile(join(out, `.old-${deadPid}-twente`, 'x.txt'), 'old');
    await recoverLeftovers(await outputPlace(out));
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('new');
    expect(await readFile(join(out, 'twente', 'x.txt'), 'utf8')).toBe('old');
    expect(await beside(parent)).toEqual([]);
  });

  it('leaves what a living run uses', async () => {
    const { parent, out } = await fresh();
    await mkdir(join(parent, `.out.staging-${process.ppid}`));
    await recoverLeftovers(await outputPlace(out));
    expect(await beside(parent)).toEqual([`.out.staging-${process.ppid}`]);
  });
});

describe('the swap leaves the old output or the new one whole', () => {
  it('a failure between the two renames puts the old output back', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'a.txt': 'old' });
    const claim = await claimOutput(await outputPlace(out), []);
    // No staging folder: the second rename fails after the first moved the old output away.
    expect(() => claim.swap()).toThrow(/ENOENT/);
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('old');
    await claim.release();
    expect(await beside(parent)).toEqual([]);
  });

  it('abort leaves the old output, and nothing beside it', async () => {
    const { parent, out } = await fresh();
    await regioscanOutput(out, { 'a.txt': 'old' });
    const writer = folderWriter(out);
    await writer.write({ path: 'a.txt', bytes: new Uint8Array([1]) });
    await writer.flush();
    expect(await beside(parent)).toEqual(['.out.staging-' + process.pid, 'out.lock'].sort());
    await writer.abort();
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('old');
    expect(await beside(parent)).toEqual([]);
  });

  it('a region with a 5,000-character name gets a folder, not ENAMETOOLONG', async () => {
    const { out } = await fresh();
    const name = 'Zuid-Holland '.repeat(400);
    const slug = folderSlug(slugify(name), name, 0);
    await writeAll(folderWriter(out), { [`${slug}/charts/ladder-current.vl.json`]: '{}' });
    expect(await readdir(out)).toEqual([slug]);
  });
});
