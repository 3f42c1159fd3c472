#!/usr/bin/env node
/**
 * Benchmarks: ingest + analyse of generated exports of growing size, each in a fresh process so its
 * peak memory (max RSS) is its own. Prints rows/s and peak MB, and compares with bench/baseline.json
 * when it holds a figure for the same size. Usage: npm run bench [-- --rows 10000,100000,1000000]
 * Generated exports are cached in bench/.cache/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const arg = process.argv.indexOf('--rows');
const sizes = (arg > 0 ? process.argv[arg + 1] : '10000,100000,1000000').split(',').map(Number);
const cache = join(here, '.cache');
mkdirSync(cache, { recursive: true });
const baselinePath = join(here, 'baseline.json');
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};

const results = {};
for (const rows of sizes) {
  const file = join(cache, `export-${rows}.csv`);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${rows} rows …\n`);
    execFileSync(process.execPath, [
      join(root, 'bin/regioscan.js'),
      'generate',
      '--rows',
      String(rows),
      '--seed',
      '1',
      '--out',
      file,
    ]);
  }
  const out = execFileSync(process.execPath, [join(here, 'measure.js'), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const m = JSON.parse(out);
  const mb = statSync(file).size / 1e6;
  results[rows] = m;
  const base = baseline[rows];
  const vs = base
    ? ` (baseline ${base.rowsPerSecond.toLocaleString('en')} rows/s, ${base.peakMB} MB: ${((m.rowsPerSecond / base.rowsPerSecond) * 100).toFixed(0)}% speed, ${m.peakMB - base.peakMB >= 0 ? '+' : ''}${m.peakMB - base.peakMB} MB)`
    : '';
  console.log(
    `${String(rows).padStart(9)} rows × ${m.columns} columns, ${mb.toFixed(0)} MB file: ingest ${m.ingestSeconds}s, analyse ${m.analyseSeconds}s, ` +
      `${m.rowsPerSecond.toLocaleString('en')} rows/s, peak ${m.ingestPeakMB} MB after ingest (${(m.ingestPeakMB / mb).toFixed(2)}× the file), ${m.peakMB} MB after analyse${vs}`,
  );
}
if (process.argv.includes('--save-baseline')) {
  writeFileSync(baselinePath, `${JSON.stringify({ ...baseline, ...results }, null, 2)}\n`);
  console.log(`baseline written to ${baselinePath}`);
}
