#!/usr/bin/env node
/**
 * One in-process phase of the benchmark, in a fresh process, on the built modules in dist/
 * (as `regioscan run` does them, without the command line):
 *
 *   node bench/phase.js analyse EXPORT CODEBOOK WEIGHT          ingest + analyse
 *   node bench/phase.js report  EXPORT CODEBOOK WEIGHT OUT_DIR  ingest + analyse, then the report
 *
 * Prints one JSON line: seconds of each step, rows, estimates, and the peak memory (max RSS) at the
 * end of each step. Used by bench/run.js.
 */
import { availableParallelism } from 'node:os';

const [phase, file, codebookPath, weight, out] = process.argv.slice(2);
if (!['analyse', 'report'].includes(phase) || !file || !codebookPath || (phase === 'report' && !out)) {
  console.error('usage: node bench/phase.js analyse|report EXPORT CODEBOOK WEIGHT [OUT_DIR]');
  process.exit(2);
}
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (from, to) => Number(((to - from) / 1000).toFixed(3));

const t0 = performance.now();
const { analyse } = await import('../dist/analyse/index.js');
const { ingest } = await import('../dist/ingest/index.js');
const { readSetup, toInputs } = await import('../dist/pipeline.js');
const tLoaded = performance.now();
const setup = await readSetup({ codebook: codebookPath, regions: null, population: null });
const codebook = weight ? { ...setup.codebook, weight } : setup.codebook;
// The CLI's default number of threads (issue 9.3): a large export is read by two.
const jobs = await import('../dist/report/parallel.js').then(
  (m) => (typeof m.defaultJobs === 'function' ? m.defaultJobs() : availableParallelism()),
  () => undefined,
);
const survey = await ingest(toInputs([file]), { codebook, regions: setup.regions, jobs });
const tIngest = performance.now();
const ingestPeakMB = peakMB();
const indicators = analyse(survey, { minCell: 10 });
const tAnalyse = performance.now();
const result = {
  phase,
  rows: survey.ledger.length,
  included: survey.size,
  regions: indicators.regions.length,
  estimates: indicators.table.length,
  loadSeconds: seconds(t0, tLoaded),
  ingestSeconds: seconds(tLoaded, tIngest),
  analyseSeconds: seconds(tIngest, tAnalyse),
  ingestPeakMB,
  analysePeakMB: peakMB(),
};

if (phase === 'report') {
  const { writeReport } = await import('../dist/report/index.js');
  const { folderWriter } = await import('../dist/report/writer.js');
  const { libraryVersions, VERSION } = await import('../dist/version.js');
  const tReport0 = performance.now();
  const files = await writeReport(
    indicators,
    {
      lang: 'nl',
      generatedAt: new Date(0),
      version: VERSION,
      libraries: libraryVersions(),
      options: { inputs: [file], codebook: codebookPath, weight, bench: true },
      about: null,
      sessions: {},
      ...(jobs !== undefined ? { jobs } : {}),
    },
    folderWriter(out),
  );
  const tReport = performance.now();
  Object.assign(result, {
    jobs: jobs ?? 1,
    reportSeconds: seconds(tReport0, tReport),
    files: files.length,
    reportPeakMB: peakMB(),
  });
}
console.log(JSON.stringify(result));
