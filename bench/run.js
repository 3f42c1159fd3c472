#!/usr/bin/env node
/**
 * `npm run bench` (issue 9): the cost of each phase on seeded exports of a national run's shape
 * (bench/generate.js: 30 regions, 5 roles, 40 Likert items, 8 yes/no, 2 open texts, a weight; 54
 * columns), each phase in a fresh process, beside pandas doing the same read + aggregate.
 *
 *   init     `regioscan init EXPORT` (the whole file) into a temporary codebook
 *   ingest   `regioscan validate --input EXPORT --codebook CB --weight gewicht`
 *   analyse  ingest + analyse in-process on dist/ (bench/phase.js)
 *   report   the report of every region and the overview: the run less the analyse process; with
 *            --report-in-process also timed alone, in-process after ingest + analyse (bench/phase.js)
 *   run      `regioscan run --input EXPORT --codebook CB --weight gewicht --out TMP`
 *   pandas   bench/pandas_aggregate.py with /usr/bin/python3 (or python3), when pandas imports
 *
 * Wall time is measured around each child process (start-up included); peak memory is the child's
 * max RSS, written at exit by bench/rss-hook.js (Node) or read with getrusage (pandas). Each run
 * appends one JSON line per size to bench/results/<date>.jsonl, with the machine and the commit.
 *
 *   npm run bench                         10k, 100k and 1M rows
 *   npm run bench -- --sizes 10000        a quick run
 *   options: --seed S, --skip init,report, --timeout SECONDS (per phase, default 1800),
 *            --keep (keep the outputs in the temp folder), --save-baseline (rewrite bench/baseline.json),
 *            --report-in-process (a separate report phase: one more full report per size)
 * Exports are cached in bench/.cache/ (git-ignored), keyed by size, seed and generator version.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { DEFAULT_SEED, ensureExport, GENERATOR_VERSION, HEADERS, WEIGHT } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'bin/regioscan.js');
const hook = pathToFileURL(join(here, 'rss-hook.js')).href;

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const sizes = opt('sizes', opt('rows', '10000,100000,1000000'))
  .split(',')
  .map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--sizes takes whole numbers, e.g. --sizes 10000,100000');
  process.exit(2);
}
const seed = Number(opt('seed', String(DEFAULT_SEED)));
const skip = new Set(opt('skip', '').split(',').filter(Boolean));
const timeoutSeconds = Number(opt('timeout', '1800'));
const keep = argv.includes('--keep');
const reportInProcess = argv.includes('--report-in-process');
const PHASES = ['init', 'ingest', 'analyse', 'report', 'run', 'pandas'];

/** Issue 9's targets. They are stated for the 1M-row file; smaller files are shown for the trend. */
const TARGETS = {
  runVsPandas: 3,
  analyseVsPandas: 0.5,
  initSeconds: 15,
  initMB: 300,
  runMB: 300,
  helpSeconds: 0.3,
};

const log = (line = '') => process.stdout.write(`${line}\n`);
const note = (line) => process.stderr.write(`${line}\n`);

// ── the machine and the code ────────────────────────────────────────────────────────────────
function git(args) {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
const commit = git(['rev-parse', 'HEAD']);
const dirty = (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  freeGiB: Math.round(freemem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const python = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0,
);
const startedAt = new Date();

// ── one phase in a fresh process ────────────────────────────────────────────────────────────
/**
 * Run a command to its end; its wall time, exit code, output, and (for Node, through the hook)
 * its peak memory. Never throws: a failure is a result with `ok: false` and the message.
 */
function measure(command, args, { node = true, timeout = timeoutSeconds } = {}) {
  return new Promise((resolve) => {
    const rssFile = join(scratch, `rss-${process.hrtime.bigint()}.json`);
    const full = node ? ['--import', hook, ...args] : args;
    const t0 = process.hrtime.bigint();
    const child = spawn(command, full, {
      cwd: root,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let outBytes = 0;
    child.stdout.on('data', (d) => {
      if (outBytes < 4e6) out.push(d);
      outBytes += d.length;
    });
    child.stderr.on('data', (d) => {
      err.push(d);
      if (err.length > 200) err.splice(0, err.length - 200);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      let usage = null;
      if (existsSync(rssFile)) {
        usage = JSON.parse(readFileSync(rssFile, 'utf8'));
        rmSync(rssFile);
      }
      const ok = code === 0 && !timedOut;
      resolve({
        ok,
        wall,
        peakMB: usage?.maxRssMB ?? null,
        cpuSeconds: usage ? Number((usage.userSeconds + usage.systemSeconds).toFixed(2)) : null,
        stdout,
        ...(ok
          ? {}
          : {
              error: timedOut
                ? `timed out after ${timeout} s (killed)`
                : failure(stderr, stdout, code, signal),
            }),
      });
    });
  });
}

/** The line of a failed process's output that says why. */
function failure(stderr, stdout, code, signal) {
  const lines = stripVTControlCharacters(`${stderr}\n${stdout}`)
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter(Boolean);
  const why =
    lines.find((l) => /RangeError|Error:|heap out of memory|✖/.test(l)) ?? lines.at(-1) ?? 'no output';
  return `${signal ? `killed by ${signal}` : `exit ${code}`}: ${why.slice(0, 300)}`;
}

function lastJson(stdout) {
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ── formatting ─────────────────────────────────────────────────────────────────────────────
const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s, w) => String(s).padStart(w);
const padEnd = (s, w) => String(s).padEnd(w);

/** "met" or "NOT met by …" for a value that must stay at or under a limit. */
function verdict(value, limit, unit, { strict = false } = {}) {
  if (value === null || value === undefined) return 'not measured';
  const met = strict ? value < limit : value <= limit;
  const show = (v) => (unit === '×' ? `${v.toFixed(2)}×` : `${fmt(v, unit === 's' ? 2 : 0)} ${unit}`);
  return met
    ? `met: ${show(value)} (limit ${show(limit)})`
    : `NOT met: ${show(value)} (limit ${show(limit)}), over by ${show(value - limit)}, ${(value / limit).toFixed(2)}× the limit`;
}

// ── the run ────────────────────────────────────────────────────────────────────────────────
const scratch = mkdtempSync(join(tmpdir(), 'regioscan-bench-'));
const resultsDir = join(here, 'results');
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, `${startedAt.toISOString().slice(0, 10)}.jsonl`);

log(
  `regioscan ${version} bench · ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · commit ${commit ? commit.slice(0, 7) : 'unknown'}${dirty ? ' + uncommitted changes' : ''}`,
);
log(
  `node ${machine.node} · ${machine.cpus} cores (${machine.cpuModel}) · ${machine.memoryGiB} GiB · load ${machine.loadAtStart.join(' ')} at start`,
);
if (machine.loadAtStart[0] > machine.cpus * 0.75)
  log(`! the machine is busy (load ${machine.loadAtStart[0]} on ${machine.cpus} cores): times are inflated`);
log(
  python
    ? `pandas: ${python}`
    : 'pandas: not installed (python3 -c "import pandas" fails): no pandas comparison; on Debian: apt-get install python3-pandas',
);

// --help: the start-up cost every command pays.
const helpRuns = [];
for (let i = 0; i < 5; i++) helpRuns.push(await measure(process.execPath, [cli, '--help']));
const help = helpRuns.every((r) => r.ok)
  ? {
      seconds: median(helpRuns.map((r) => r.wall)),
      cpuSeconds: median(helpRuns.map((r) => r.cpuSeconds)),
      samples: helpRuns.map((r) => Number(r.wall.toFixed(3))),
    }
  : { error: helpRuns.find((r) => !r.ok).error };
log(
  help.error
    ? `regioscan --help: FAILED ${help.error}`
    : `regioscan --help: median ${help.seconds.toFixed(3)} s of 5 (${help.samples.join(', ')}; cpu ${help.cpuSeconds.toFixed(2)} s): target < ${TARGETS.helpSeconds} s ${verdict(help.seconds, TARGETS.helpSeconds, 's', { strict: true })}`,
);

const all = [];
for (const rows of sizes) {
  const paths = ensureExport(rows, seed, note);
  const bytes = statSync(paths.csv).size;
  const mb = bytes / 1e6;
  log();
  log(
    `${fmt(rows)} rows × ${HEADERS.length} columns, ${fmt(mb, 1)} MB (${basename(paths.csv)}, generator v${GENERATOR_VERSION}, seed ${seed})`,
  );
  const dir = mkdtempSync(join(scratch, `n${rows}-`));
  const phases = {};
  const run = async (name, command, args, options) => {
    if (skip.has(name)) return;
    note(`  ${name} …`);
    const r = await measure(command, args, options);
    phases[name] = r;
    return r;
  };

  await run('init', process.execPath, [cli, 'init', paths.csv, '--out', join(dir, 'init.json'), '--force']);
  // What validate and run are given: the export, its codebook and the weight column.
  const inputs = ['--input', paths.csv, '--codebook', paths.codebook, '--weight', WEIGHT];
  await run('ingest', process.execPath, [cli, 'validate', ...inputs, '--quiet']);
  const analyse = await run('analyse', process.execPath, [
    join(here, 'phase.js'),
    'analyse',
    paths.csv,
    paths.codebook,
    WEIGHT,
  ]);
  if (analyse?.ok) analyse.detail = lastJson(analyse.stdout);
  const report = await (reportInProcess ? run : async () => undefined)('report', process.execPath, [
    join(here, 'phase.js'),
    'report',
    paths.csv,
    paths.codebook,
    WEIGHT,
    join(dir, 'report-out'),
  ]);
  if (report?.ok) {
    report.detail = lastJson(report.stdout);
    report.processWall = report.wall;
    report.wall = report.detail.reportSeconds;
  }
  if (!keep) rmSync(join(dir, 'report-out'), { recursive: true, force: true });
  const whole = await run('run', process.execPath, [
    cli,
    'run',
    ...inputs,
    '--out',
    join(dir, 'run-out'),
    '--quiet',
  ]);
  if (whole?.ok) {
    const entries = readdirSync(join(dir, 'run-out'), { withFileTypes: true });
    whole.detail = { regionFolders: entries.filter((e) => e.isDirectory() && e.name !== 'charts').length };
  }
  if (!keep) rmSync(join(dir, 'run-out'), { recursive: true, force: true });
  if (!reportInProcess && !skip.has('report') && whole?.ok && analyse?.ok)
    // The report's share of the run: the run less the ingest + analyse process (both fresh processes).
    phases.report = {
      ok: true,
      derived: true,
      wall: whole.wall - analyse.wall,
      peakMB: null,
      cpuSeconds:
        whole.cpuSeconds !== null && analyse.cpuSeconds !== null
          ? whole.cpuSeconds - analyse.cpuSeconds
          : null,
    };
  if (python && !skip.has('pandas')) {
    const pandas = await run('pandas', python, [join(here, 'pandas_aggregate.py'), paths.csv, WEIGHT], {
      node: false,
    });
    if (pandas.ok) {
      pandas.detail = lastJson(pandas.stdout);
      pandas.peakMB = pandas.detail.peakMB;
      pandas.cpuSeconds = pandas.detail.cpuSeconds;
    }
  }

  // The table.
  log(
    `  ${padEnd('phase', 8)}${pad('wall s', 9)}${pad('cpu s', 8)}${pad('rows/s', 11)}${pad('MB/s', 8)}${pad('peak MB', 9)}  notes`,
  );
  const notes = {
    init: () => '',
    ingest: () => '',
    analyse: (r) =>
      r.detail
        ? `ingest ${fmt(r.detail.ingestSeconds, 2)} s + analyse ${fmt(r.detail.analyseSeconds, 2)} s in-process (${fmt(r.detail.ingestPeakMB)} MB after ingest), ${fmt(r.detail.estimates)} estimates`
        : '',
    report: (r) =>
      r.derived
        ? "run − analyse (both fresh processes); its peak is within the run's (--report-in-process measures it alone)"
        : r.detail
          ? `in-process after ingest + analyse (peak and cpu ${fmt(r.cpuSeconds, 1)} s of that whole process), ${r.detail.jobs} job(s), ${fmt(r.detail.files)} files${phases.run?.ok && phases.analyse?.ok ? `; run − analyse = ${fmt(phases.run.wall - phases.analyse.wall, 2)} s` : ''}`
          : '',
    run: (r) => (r.detail ? `${r.detail.regionFolders} region folders` : ''),
    pandas: (r) =>
      r.detail
        ? `import ${fmt(r.detail.importSeconds, 2)} s, read_csv ${fmt(r.detail.readSeconds, 2)} s, aggregate ${fmt(r.detail.aggregateSeconds, 2)} s (pandas ${r.detail.pandas})`
        : '',
  };
  for (const name of PHASES) {
    const r = phases[name];
    if (!r) continue;
    if (!r.ok) {
      log(
        `  ${padEnd(name, 8)}${pad(fmt(r.wall, 2), 9)}${pad(fmt(r.cpuSeconds, 1), 8)}${pad('', 11)}${pad('', 8)}${pad(fmt(r.peakMB), 9)}  FAILED ${r.error}`,
      );
      continue;
    }
    log(
      `  ${padEnd(name, 8)}${pad(fmt(r.wall, 2), 9)}${pad(name === 'report' && !r.derived ? '–' : fmt(r.cpuSeconds, 1), 8)}${pad(fmt(rows / r.wall), 11)}${pad(fmt(mb / r.wall, 1), 8)}${pad(fmt(r.peakMB), 9)}  ${notes[name](r)}`,
    );
  }

  // The targets.
  const ok = (name) => (phases[name]?.ok ? phases[name] : null);
  const pandasWall = ok('pandas')?.wall ?? null;
  const targets = {
    runVsPandas: ok('run') && pandasWall ? ok('run').wall / pandasWall : null,
    analyseVsPandas: ok('analyse') && pandasWall ? ok('analyse').wall / pandasWall : null,
    initSeconds: phases.init ? (phases.init.ok ? phases.init.wall : Number.POSITIVE_INFINITY) : null,
    initMB: ok('init')?.peakMB ?? null,
    runMB: ok('run')?.peakMB ?? null,
  };
  log(`  targets (issue 9; stated for the 1M-row file${rows === 1e6 ? '' : ', shown here for the trend'}):`);
  const line = (label, text) => log(`    ${padEnd(label, 34)}${text}`);
  const cpuRatio = (name) =>
    ok(name)?.cpuSeconds && ok('pandas')?.cpuSeconds
      ? `; cpu time ${(ok(name).cpuSeconds / ok('pandas').cpuSeconds).toFixed(2)}×`
      : '';
  if (pandasWall) {
    line(
      `run ≤ ${TARGETS.runVsPandas}× pandas`,
      `${verdict(targets.runVsPandas, TARGETS.runVsPandas, '×')}${cpuRatio('run')}`,
    );
    line(
      `ingest + analyse ≤ ${TARGETS.analyseVsPandas}× pandas`,
      `${verdict(targets.analyseVsPandas, TARGETS.analyseVsPandas, '×')}${cpuRatio('analyse')}`,
    );
  } else line('ratios to pandas', python ? 'pandas failed: no ratio' : 'pandas not installed: no ratio');
  line(
    `init < ${TARGETS.initSeconds} s`,
    phases.init && !phases.init.ok
      ? `NOT met: init failed (${phases.init.error})`
      : verdict(targets.initSeconds, TARGETS.initSeconds, 's', { strict: true }),
  );
  line(
    `init < ${TARGETS.initMB} MB`,
    phases.init && !phases.init.ok
      ? `NOT met: init failed${phases.init.peakMB ? ` at ${fmt(phases.init.peakMB)} MB` : ''}`
      : verdict(targets.initMB, TARGETS.initMB, 'MB', { strict: true }),
  );
  line(`run < ${TARGETS.runMB} MB`, verdict(targets.runMB, TARGETS.runMB, 'MB', { strict: true }));

  const record = {
    date: startedAt.toISOString(),
    tool: `regioscan ${version}`,
    commit,
    dirty,
    machine: { ...machine, loadAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
    generator: { version: GENERATOR_VERSION, seed },
    rows,
    columns: HEADERS.length,
    bytes,
    help,
    phases: Object.fromEntries(
      Object.entries(phases).map(([name, r]) => [
        name,
        {
          ok: r.ok,
          wallSeconds: Number(r.wall.toFixed(3)),
          peakMB: r.peakMB,
          cpuSeconds: r.cpuSeconds,
          ...(r.ok
            ? { rowsPerSecond: Math.round(rows / r.wall), mbPerSecond: Number((mb / r.wall).toFixed(2)) }
            : {}),
          ...(r.processWall ? { processWallSeconds: Number(r.processWall.toFixed(3)) } : {}),
          ...(r.derived ? { derived: 'run - analyse' } : {}),
          ...(r.detail ? { detail: r.detail } : {}),
          ...(r.error ? { error: r.error } : {}),
        },
      ]),
    ),
    targets: Object.fromEntries(
      Object.entries(targets).map(([k, v]) => [
        k,
        v === null ? null : { value: Number.isFinite(v) ? Number(v.toFixed(3)) : null, limit: TARGETS[k] },
      ]),
    ),
  };
  appendFileSync(resultsFile, `${JSON.stringify(record)}\n`);
  all.push(record);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

// How cost grows with size.
if (all.length > 1) {
  const names = PHASES.filter((n) => all.some((r) => r.phases[n]));
  log();
  log('how cost grows (wall s / peak MB):');
  log(`  ${padEnd('phase', 8)}${all.map((r) => pad(`${fmt(r.rows)} rows`, 24)).join('')}`);
  for (const name of names)
    log(
      `  ${padEnd(name, 8)}${all
        .map((r) => {
          const p = r.phases[name];
          if (!p) return pad('–', 24);
          if (!p.ok) return pad(`failed${p.peakMB ? ` / ${fmt(p.peakMB)} MB` : ''}`, 24);
          return pad(`${fmt(p.wallSeconds, 1)} s${p.peakMB ? ` / ${fmt(p.peakMB)} MB` : ''}`, 24);
        })
        .join('')}`,
    );
}

// Against the baseline of an earlier sitting (same generator version only).
const baselinePath = join(here, 'baseline.json');
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
const comparable = baseline.generator === GENERATOR_VERSION ? (baseline.sizes ?? {}) : {};
const compared = all.filter((r) => comparable[r.rows]);
if (compared.length > 0) {
  log();
  log(
    `against bench/baseline.json (${baseline.date?.slice(0, 10)}, commit ${baseline.commit?.slice(0, 7)}): wall, peak`,
  );
  for (const r of compared)
    for (const name of PHASES) {
      const p = r.phases[name];
      const b = comparable[r.rows][name];
      if (!p || !b || !p.ok || !b.wallSeconds) continue;
      const mb = p.peakMB !== null && b.peakMB !== null ? p.peakMB - b.peakMB : null;
      log(
        `  ${pad(fmt(r.rows), 9)} ${padEnd(name, 8)} ${pad(`${((p.wallSeconds / b.wallSeconds) * 100).toFixed(0)}%`, 6)} of ${fmt(b.wallSeconds, 2)} s${mb === null ? '' : `, ${mb >= 0 ? '+' : ''}${fmt(mb)} MB`}`,
      );
    }
}
if (argv.includes('--save-baseline')) {
  const sizesOut = { ...comparable };
  for (const r of all)
    sizesOut[r.rows] = Object.fromEntries(
      Object.entries(r.phases).map(([n, p]) => [
        n,
        { ok: p.ok, wallSeconds: p.wallSeconds, peakMB: p.peakMB },
      ]),
    );
  writeFileSync(
    baselinePath,
    `${JSON.stringify({ generator: GENERATOR_VERSION, date: startedAt.toISOString(), commit, machine, sizes: sizesOut }, null, 2)}\n`,
  );
  log(`baseline written to ${baselinePath}`);
}
log();
log(`results appended to ${resultsFile}`);
if (!keep) rmSync(scratch, { recursive: true, force: true });
else log(`outputs kept in ${scratch}`);
