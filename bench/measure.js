/** One measurement in its own process: ingest + analyse of one export; prints JSON. Used by run.js. */
import { analyse } from '../dist/analyse/index.js';
import { readSurvey } from '../dist/ingest/index.js';
import { defaultRunOptions, readSetup } from '../dist/pipeline.js';

const file = process.argv[2];
const setup = await readSetup(defaultRunOptions());
const t0 = performance.now();
const { survey, issues } = await readSurvey([{ file, path: file }], setup);
const t1 = performance.now();
const ingestPeakMB = Math.round(process.resourceUsage().maxRSS / 1024);
const indicators = analyse(survey, { minCell: 10 });
const t2 = performance.now();
const errors = issues.filter((i) => i.severity === 'error').length;
if (errors > 0) throw new Error(`${errors} input errors`);
console.log(
  JSON.stringify({
    rows: survey.ledger.length,
    included: survey.size,
    columns: survey.inputs[0]?.rows ? survey.columns.size : 0,
    estimates: indicators.table.length,
    ingestSeconds: Number(((t1 - t0) / 1000).toFixed(2)),
    analyseSeconds: Number(((t2 - t1) / 1000).toFixed(2)),
    rowsPerSecond: Math.round(survey.ledger.length / ((t2 - t0) / 1000)),
    ingestPeakMB,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
