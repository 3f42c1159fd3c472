/**
 * Installed like any command-line tool (issue 11). The project is copied as a fresh clone holds it
 * (no dist/, no output, no caches; node_modules linked so nothing is downloaded for the build),
 * `npm pack` there builds dist/ through `prepare` and packs the `files` of package.json, the
 * tarball is installed with `npm install -g` into a temporary prefix, and the installed
 * `regioscan` is run from another folder: --version, --help, `run` on the bundled demo into
 * ./output, and `init` → `run` on a small export the test writes.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** What a clone does not hold: the git-ignored folders (see .gitignore) and git's own. */
const notInClone = new Set(['.git', 'node_modules', 'dist', 'output', 'coverage', '.tmp', 'test-results']);
const notInCloneDeep = new Set(['bench/.cache']);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end; never throws on a non-zero exit, so the test can show the output. */
function exec(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The environment without what an enclosing `npm test` exports for its own project (its prefix,
 * package and lifecycle), so the nested npm commands act on the copy and the temporary prefix.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (/^npm_(package|lifecycle|command)/.test(lower)) continue;
    if (/^npm_config_(local_prefix|prefix|global_prefix|global|call|dry_run|json)$/.test(lower)) continue;
    if (key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return env;
}

const show = (r: Result) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

let work: string;
let prefix: string;
let bin: string;
let elsewhere: string;
let packed: { filename: string; size: number; entryCount: number; files: { path: string }[] };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'regioscan-install-'));
  const clone = join(work, 'clone');
  cpSync(root, clone, {
    recursive: true,
    filter: (source) => {
      const rel = relative(root, source).split('\\').join('/');
      return !notInClone.has(rel) && !notInCloneDeep.has(rel) && !rel.endsWith('.log');
    },
  });
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const env = npmEnv();

  const pack = await exec('npm', ['pack', '--json', '--pack-destination', work], clone, env);
  expect(pack.code, show(pack)).toBe(0);
  const json = pack.stdout.slice(pack.stdout.indexOf('['));
  const list = JSON.parse(json) as (typeof packed)[];
  expect(list).toHaveLength(1);
  packed = list[0]!;

  prefix = join(work, 'prefix');
  const install = await exec(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      join(work, packed.filename),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
    ],
    work,
    env,
  );
  expect(install.code, show(install)).toBe(0);
  bin = join(prefix, 'bin', 'regioscan');
  elsewhere = join(work, 'somewhere');
  await mkdir(elsewhere);
}, 900_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The installed command, run in the other folder. */
const regioscan = (...args: string[]) => exec(bin, args, elsewhere, process.env);

describe('npm pack', () => {
  it('packs the compiled code, the demo, the boundaries, the JSON Schema and the docs, and nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    expect(packed.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
    for (const needed of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'bin/regioscan.js',
      'codebook.schema.json',
      'dist/cli.js',
      'dist/pipeline.js',
      'dist/report/worker.js',
      'data/demo/regioscan-demo.csv',
      'data/demo/codebook.json',
      'data/demo/regions.json',
      'data/demo/population.csv',
      'data/geo/gemeente_2025.topojson',
      'data/fonts/DejaVuSans-Latin.ttf',
      'data/fonts/DejaVuSans-Bold-Latin.ttf',
      'data/fonts/LICENSE-DejaVu',
    ])
      expect(paths).toContain(needed);
    // Every module of src/ is there compiled, none of src/ itself.
    const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .map((p) => p.split('\\').join('/'))
      .filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
    for (const source of sources) expect(paths).toContain(`dist/${source.replace(/\.ts$/, '.js')}`);
    const allowed =
      /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|codebook\.schema\.json|bin\/[^/]+\.js|dist\/.+\.js|data\/(demo|geo|fonts)\/[^/]+)$/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(src|tests|bench|scripts|\.ci)\//.test(p) || p.endsWith('.map'))).toEqual(
      [],
    );
  });
});

describe('the installed regioscan, run from another folder', () => {
  it('--version prints its version and the libraries it was installed with', async () => {
    const r = await regioscan('--version');
    expect(r.code, show(r)).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`regioscan ${pkg.version}`);
    // The versions are those npm installed into the prefix (a global install resolves the ranges
    // of package.json itself), found beside the installed package.
    const installed = join(prefix, 'lib', 'node_modules', 'regioscan', 'node_modules');
    for (const lib of ['papaparse', 'exceljs', 'vega', 'vega-lite', 'zod']) {
      const { version } = JSON.parse(readFileSync(join(installed, lib, 'package.json'), 'utf8'));
      expect(lines).toContain(`  ${lib} ${version}`);
    }
  });

  it('--help names the commands', async () => {
    const r = await regioscan('--help');
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout).toMatch(/^regioscan <command>/);
    for (const command of ['run', 'validate', 'init <export>', 'generate', 'pdf'])
      expect(r.stdout).toContain(`regioscan ${command}`);
  });

  it('run makes the demo regioscan in ./output from the demo installed with it', async () => {
    const r = await regioscan('run', '--quiet');
    expect(r.code, show(r)).toBe(0);
    const out = join(elsewhere, 'output');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.tool).toBe('regioscan');
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.inputs).toHaveLength(1);
    expect(manifest.inputs[0].file).toBe(
      join(realpathSync(prefix), 'lib', 'node_modules', 'regioscan', 'data', 'demo', 'regioscan-demo.csv'),
    );
    // The rows data/demo/README.md gives for the demo: 901 read, 862 included, 17 incomplete,
    // 21 outside every region, 1 duplicate; and every region of its regions file reported.
    expect(manifest.rows).toEqual({
      read: 901,
      included: 862,
      excluded: { duplicate: 1, incomplete: 17, outside_regions: 21 },
    });
    const demoRegions = JSON.parse(readFileSync(join(root, 'data', 'demo', 'regions.json'), 'utf8'))
      .regions as { name: string }[];
    const reported = manifest.regions as { name: string; slug: string; respondents: number }[];
    expect(reported.map((r) => r.name).sort()).toEqual(demoRegions.map((r) => r.name).sort());
    for (const region of reported) {
      expect(region.respondents).toBeGreaterThan(0);
      // The map needs the bundled boundaries, the PNG the fonts of data/fonts and dejavu-fonts-ttf.
      for (const file of [
        'regioscan.html',
        'regioscan.xlsx',
        'annex.html',
        'charts/map-reach.svg',
        'charts/map-reach.png',
      ])
        expect(existsSync(join(out, region.slug, file)), `${region.slug}/${file}`).toBe(true);
    }
    for (const file of manifest.outputs as { path: string }[])
      expect(existsSync(join(out, file.path)), file.path).toBe(true);
  }, 600_000);

  it('init writes a codebook and its schema for a small export, and run makes its regioscan', async () => {
    // 40 respondents, 20 per region; roles alternate, so 10 residents and 10 professionals each.
    const lines = ['respondent_id,regio,rol,stelling_1,stelling_2,stelling_3'];
    for (let i = 0; i < 40; i++)
      lines.push(
        [
          `r${i + 1}`,
          i % 2 === 0 ? 'Noord' : 'Zuid',
          Math.floor(i / 2) % 2 === 0 ? 'Inwoner' : 'Professional',
          (i % 5) + 1,
          ((i * 3) % 5) + 1,
          ((i * 7 + 2) % 5) + 1,
        ].join(','),
      );
    await writeFile(join(elsewhere, 'export.csv'), `${lines.join('\n')}\n`);

    const init = await regioscan('init', 'export.csv');
    expect(init.code, show(init)).toBe(0);
    const codebook = JSON.parse(await readFile(join(elsewhere, 'codebook.json'), 'utf8'));
    expect(codebook.role).toEqual({ question: 'rol', residents: [1], professionals: [2] });
    expect(codebook.questions.map((q: { id: string; type: string }) => `${q.id}:${q.type}`)).toEqual([
      'regio:single',
      'rol:single',
      'stelling_1:likert',
      'stelling_2:likert',
      'stelling_3:likert',
    ]);
    expect(await readFile(join(elsewhere, 'codebook.schema.json'), 'utf8')).toBe(
      readFileSync(join(root, 'codebook.schema.json'), 'utf8'),
    );

    // Two workers: the regions are made by dist/report/worker.js of the installed package.
    const run = await regioscan(
      'run',
      '--input',
      'export.csv',
      '--codebook',
      'codebook.json',
      '--out',
      'report',
      '--jobs',
      '2',
      '--quiet',
    );
    expect(run.code, show(run)).toBe(0);
    const manifest = JSON.parse(await readFile(join(elsewhere, 'report', 'manifest.json'), 'utf8'));
    expect(manifest.rows.read).toBe(40);
    expect(manifest.rows.included).toBe(40);
    expect(
      manifest.regions.map((r: { name: string; respondents: number }) => [r.name, r.respondents]),
    ).toEqual([
      ['Noord', 20],
      ['Zuid', 20],
    ]);
    for (const slug of ['noord', 'zuid'])
      for (const file of ['regioscan.html', 'regioscan.xlsx', 'indicators.csv'])
        expect(existsSync(join(elsewhere, 'report', slug, file)), `${slug}/${file}`).toBe(true);
  }, 300_000);
});
