/**
 * Nothing clobbered (issue 10.3), on the command line: one test per hazard with its exit code and
 * message, on a tiny CSV and its `init` codebook. The output folder is replaced only when it is
 * regioscan's, never when it holds an input; region folders are unique; Ctrl-C and SIGTERM on a real
 * child process remove the staging folder and leave the previous output; a second run stops at the
 * lock; an unwritable folder or a full disk is named as the user gave it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';

/** A full disk on demand: writes into a staging folder fail with ENOSPC while this is set. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: (async (path: Parameters<typeof real.writeFile>[0], ...rest: unknown[]) => {
      if (disk.full && String(path).includes('.staging-'))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          syscall: 'write',
        });
      return (real.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    }) as typeof real.writeFile,
  };
});

const root = resolve(import.meta.dirname, '..', '..');
let dir: string;
let csv: string;
let codebook: string;
let harness: string;

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
    get text() {
      return err.join('\n');
    },
  };
};

/** `regioscan run` on the tiny export into `out`, in this process: the exit code and what it printed. */
async function run(out: string, ...more: string[]) {
  const c = capture();
  const code = await main(
    ['run', '--input', csv, '--codebook', codebook, '--out', out, '--jobs', '1', '--quiet', ...more],
    c.io,
  );
  return { code, err: c.text };
}

/** A regioscan output of one file (`twente/regioscan.html`), as a previous run left it. */
async function previousOutput(out: string) {
  await mkdir(join(out, 'twente'), { recursive: true });
  await writeFile(join(out, 'twente', 'regioscan.html'), 'previous report');
  const outputs = [{ path: 'twente/regioscan.html', bytes: 15, sha256: '' }];
  await writeFile(join(out, 'manifest.json'), JSON.stringify({ tool: 'regioscan', outputs }));
}

const previousIntact = async (out: string) =>
  expect(await readFile(join(out, 'twente', 'regioscan.html'), 'utf8')).toBe('previous report');

/** Staging and old folders and locks of runs into `<parent>/out`. */
const leftovers = async (parent: string) =>
  (await readdir(parent)).filter((e) => e.startsWith('.out.') || e === 'out.lock');

let n = 0;
const place = async () => {
  const parent = join(dir, `case-${++n}`);
  await mkdir(parent);
  await chmod(parent, 0o755);
  return { parent, out: join(parent, 'out') };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-clobber-'));
  // Readable by the unprivileged user the permission test runs as.
  await chmod(dir, 0o755);
  const rows = ['regio,v1,v2,v3'];
  for (let i = 0; i < 40; i++)
    rows.push(`${['Noord', 'Zuid'][i % 2]},${(i % 5) + 1},${((i * 3) % 5) + 1},${((i * 7) % 5) + 1}`);
  csv = join(dir, 'plain.csv');
  await writeFile(csv, `${rows.join('\n')}\n`);
  codebook = join(dir, 'codebook.json');
  expect(await main(['init', csv, '--out', codebook], capture().io)).toBe(0);
  // The command line as a process of its own, from the sources (no build needed).
  harness = join(dir, 'regioscan.mts');
  await writeFile(
    harness,
    `import { main } from ${JSON.stringify(pathToFileURL(join(root, 'src', 'cli.ts')).href)};\n` +
      'process.exitCode = await main(process.argv.slice(2));\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the output folder is replaced only when it is regioscan’s, never when it holds an input', () => {
  it('a rerun replaces the run’s own output, and --previous equal to --out is read before it is replaced', async () => {
    const { parent, out } = await place();
    expect((await run(out)).code).toBe(0);
    const first = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(first.tool).toBe('regioscan');
    const again = await run(out, '--previous', out);
    expect(again).toEqual({ code: 0, err: '' });
    const second = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(second.previous).toMatchObject({ date: first.generatedAt.slice(0, 10) });
    expect((await readdir(out)).sort()).toEqual([
      'charts',
      'index.html',
      'indicators.csv',
      'manifest.json',
      'noord',
      'respondents.csv',
      'zuid',
    ]);
    expect(await leftovers(parent)).toEqual([]);
  });

  it('--out the folder that holds the export and codebook: exit 1 naming the input, nothing touched', async () => {
    const before = await readdir(dir);
    const { code, err } = await run(dir);
    expect(code).toBe(1);
    expect(err).toMatch(/^✖ --out \S+ holds the --input \S*plain\.csv: regioscan replaces its output folder/);
    expect(await readdir(dir)).toEqual(before);
  });

  it('--out a parent of the export’s folder: exit 1 naming the input', async () => {
    const { code, err } = await run(join(dir, '..'));
    expect(code).toBe(1);
    expect(err).toContain('holds the --input');
  });

  it('--out a file: exit 1 naming it', async () => {
    const { parent } = await place();
    const file = join(parent, 'notes.txt');
    await writeFile(file, 'mine');
    const { code, err } = await run(file);
    expect(code).toBe(1);
    expect(err).toBe(
      `✖ --out ${file} is a file, not a folder: regioscan writes a folder of reports; choose a folder that does not exist yet, or an empty one`,
    );
    expect(await readFile(file, 'utf8')).toBe('mine');
  });

  it('--out a folder of other files: exit 1 naming the folder and what is in it', async () => {
    const { parent, out } = await place();
    await mkdir(join(out, 'photos'), { recursive: true });
    await writeFile(join(out, 'budget.xlsx'), 'mine');
    const { code, err } = await run(out);
    expect(code).toBe(1);
    expect(err).toBe(
      `✖ --out ${out} is not empty and is not an output of regioscan (no manifest.json): it holds budget.xlsx, photos/. ` +
        'regioscan replaces its output folder as a whole, which would delete these; choose a new or empty folder',
    );
    expect(await readFile(join(out, 'budget.xlsx'), 'utf8')).toBe('mine');
    expect(await leftovers(parent)).toEqual([]);
  });

  it('a run into a folder another run is writing to: exit 1 naming its PID', async () => {
    const { parent, out } = await place();
    await previousOutput(out);
    const lock = { pid: process.ppid, host: hostname(), started: '2026-12-01T09:00:00.000Z' };
    await writeFile(join(parent, 'out.lock'), JSON.stringify(lock));
    const { code, err } = await run(out);
    expect(code).toBe(1);
    expect(err).toBe(
      `✖ --out ${out} is in use by another regioscan run (PID ${process.ppid}, started 2026-12-01T09:00:00.000Z): ` +
        `wait until it has finished, or write to another folder; if no such run is going on, delete ${join(parent, 'out.lock')}`,
    );
    await previousIntact(out);
  });
});

describe('region folders are unique and safe', () => {
  /** The tiny export with these region answers, its codebook by init. */
  async function exportWith(regions: string[]) {
    const { parent, out } = await place();
    const rows = ['regio,v1,v2,v3'];
    for (let i = 0; i < 40; i++) rows.push(`${regions[i % regions.length]},${(i % 5) + 1},3,4`);
    const file = join(parent, 'export.csv');
    await writeFile(file, `${rows.join('\n')}\n`);
    const book = join(parent, 'codebook.json');
    expect(await main(['init', file, '--out', book], capture().io)).toBe(0);
    return { parent, out, file, book };
  }
  const runOn = async (x: { out: string; file: string; book: string }) => {
    const c = capture();
    const code = await main(
      ['run', '--input', x.file, '--codebook', x.book, '--out', x.out, '--jobs', '1', '--quiet'],
      c.io,
    );
    return { code, err: c.text };
  };

  it('two regions that would share a folder: exit 1 naming both, before the export is read', async () => {
    const x = await exportWith(['Zuid/Holland', 'Zuid Holland']);
    const { code, err } = await runOn(x);
    expect(code).toBe(1);
    // Named in the codebook's order (init sorts the answers it finds).
    expect(err).toMatch(
      /^✖ the regions "Zuid Holland" and "Zuid\/Holland" would both be written to the folder "zuid-holland": rename one/,
    );
    expect(err).toContain(`→ ${x.book}`);
    expect(existsSync(x.out)).toBe(false);
  });

  it('a repeated region in the regions file: exit 1 naming it', async () => {
    const x = await exportWith(['Noord', 'Zuid']);
    const regions = join(x.parent, 'regions.json');
    const region = (name: string, m: string) => ({
      name,
      subregions: [{ name: `${m} e.o.`, municipalities: [m] }],
    });
    await writeFile(
      regions,
      JSON.stringify({ regions: [region('Noord', 'Assen'), region('Noord', 'Emmen')] }),
    );
    const c = capture();
    const code = await main(
      ['run', '--input', x.file, '--codebook', x.book, '--regions', regions, '--out', x.out, '--quiet'],
      c.io,
    );
    expect(code).toBe(1);
    expect(c.text).toContain('✖ the region "Noord" is listed twice');
  });

  it('a region named "ALL" and one named "***" get folders of their own, apart from the national files', async () => {
    const x = await exportWith(['***', 'ALL']);
    expect(await runOn(x)).toEqual({ code: 0, err: '' });
    const manifest = JSON.parse(await readFile(join(x.out, 'manifest.json'), 'utf8'));
    expect(manifest.regions.map((r: { name: string; slug: string }) => [r.name, r.slug])).toEqual([
      ['***', 'regio-1'],
      ['ALL', 'region-all'],
    ]);
    for (const slug of ['regio-1', 'region-all'])
      expect(existsSync(join(x.out, slug, 'regioscan.html')), slug).toBe(true);
  });
});

describe('faults of the machine are named with the --out path as given', () => {
  it('a full disk: exit 1 naming the file inside --out, the previous output whole, nothing left beside it', async () => {
    const { parent, out } = await place();
    await previousOutput(out);
    disk.full = true;
    try {
      const { code, err } = await run(out);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^✖ the disk is full: ${out}/\\S+ \\(ENOSPC\\)$`));
      expect(err).not.toContain('staging');
    } finally {
      disk.full = false;
    }
    await previousIntact(out);
    expect(await leftovers(parent)).toEqual([]);
  });
});

/** The command line as a child process (as an unprivileged user when this runs as root). */
function child(
  args: string[],
  asNobody = false,
): ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> } {
  const root = process.getuid?.() === 0;
  return spawn(process.execPath, ['--import', 'tsx', harness, ...args], {
    cwd: resolve(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(asNobody && root ? { uid: 65534, gid: 65534 } : {}),
  }) as ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> };
}

/** Wait for `p` to end: its exit code and what it printed on stderr. */
function ended(
  p: ReturnType<typeof child>,
): Promise<{ code: number | null; signal: string | null; err: string }> {
  let err = '';
  p.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, err })));
}

describe('interrupts and permissions, on real child processes', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s once the staging folder is there: exit %i, no staging folder, the previous output whole',
    async (signal, exit) => {
      const { parent, out } = await place();
      await previousOutput(out);
      const p = child([
        'run',
        '--input',
        csv,
        '--codebook',
        codebook,
        '--out',
        out,
        '--jobs',
        '1',
        '--quiet',
      ]);
      const result = ended(p);
      const staging = join(parent, `.out.staging-${p.pid}`);
      const deadline = Date.now() + 100_000;
      while (!existsSync(staging) && p.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      expect(existsSync(staging), 'the staging folder appeared').toBe(true);
      p.kill(signal);
      const { code, err } = await result;
      expect(code).toBe(exit);
      expect(err).toContain(`✖ interrupted (${signal}): removed the unfinished output; ${out} is as it was`);
      await previousIntact(out);
      expect(await readdir(out)).toEqual(['manifest.json', 'twente']);
      expect(await leftovers(parent)).toEqual([]);
    },
  );

  it('an output folder this user may not write: exit 1, "permission denied" naming --out as given', async () => {
    // Beside a folder the user may not write in (the lock cannot be made), and a folder of its own
    // it may not change (its old output could not be removed).
    const a = await place();
    const b = await place();
    await chmod(b.parent, 0o777);
    await previousOutput(b.out);
    const root = process.getuid?.() === 0;
    if (!root) {
      await chmod(a.parent, 0o555);
      await chmod(b.out, 0o555);
    }
    const runs = [a, b].map((x) =>
      ended(child(['run', '--input', csv, '--codebook', codebook, '--out', x.out, '--quiet'], true)),
    );
    const [ra, rb] = await Promise.all(runs);
    if (!root) {
      await chmod(a.parent, 0o755);
      await chmod(b.out, 0o755);
    }
    expect(ra!.code).toBe(1);
    expect(ra!.err.trim()).toBe(`✖ permission denied: ${a.out} (EACCES)`);
    expect(rb!.code).toBe(1);
    expect(rb!.err.trim()).toBe(`✖ permission denied: ${b.out} (EACCES)`);
    expect(await readdir(a.parent)).toEqual([]);
    await previousIntact(b.out);
    expect(await leftovers(b.parent)).toEqual([]);
  });
});
