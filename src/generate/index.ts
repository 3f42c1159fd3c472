/**
 * The seeded demo generator: a synthetic regioscan export with the structure a real one has,
 * and some built in on purpose so the report can be checked against it (data/demo/README.md).
 *
 *   seed → mulberry32 → respondents (profile → answers per block) → sort by start time
 *        → cut ~2% short → one duplicate row → CSV
 */

import { toDemoQuestions, toQuestionColumns } from './codebook/index.js';
import { toCsv } from './csv.js';
import { drawDuration, drawStart, toTimestamp } from './fieldwork.js';
import { Random } from './random.js';
import { simulateRespondent } from './simulate/respondent.js';

export { toDemoCodebook } from './codebook/index.js';
export { toDemoPopulationCsv, toDemoRegionsFile } from './regions.js';

export interface GenerateOptions {
  /** Number of distinct respondents (a positive integer); the export holds one more row, the duplicate. */
  rows: number;
  /** Seed of the pseudo-random generator, taken modulo 2^32; the same seed gives the same text. */
  seed: number;
}

/** Share of respondents who stop before the end (empty submitdate, later blocks blank). */
const INCOMPLETE_SHARE = 0.02;
/** Blocks at which an incomplete response may stop; that block and all after it stay empty. */
const STOP_BLOCKS = ['D', 'E', 'F', 'G', 'H', 'I'];

/** A drawn response before it gets its id and place in the file. */
interface DrawnResponse {
  start: number;
  submit: number | null;
  cells: Map<string, string>;
}

/**
 * The demo export as CSV text (UTF-8, comma-separated, header row, RFC 4180 quoting, LF line
 * ends). Columns: `respondent_id`, `startdate`, `submitdate` (ISO timestamps), then every
 * question column of the demo codebook, holding answer codes. `rows` respondents are drawn and
 * numbered in order of start time (`R0001`, …); one complete row is then repeated, same id,
 * further down the file, so the text has `rows + 1` records. Deterministic in `seed`.
 */
export function generateExport(options: GenerateOptions): string {
  const { rows, seed } = options;
  if (!Number.isInteger(rows) || rows < 1)
    throw new RangeError(`rows must be a positive integer, got ${rows}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const r = new Random(seed);
  const questions = toDemoQuestions();
  const blockOf = new Map(questions.flatMap((q) => toQuestionColumns(q).map((c) => [c, q.block] as const)));
  const columns = [...blockOf.keys()];

  const records: DrawnResponse[] = [];
  for (let i = 0; i < rows; i++) {
    const { answers } = simulateRespondent(r);
    const start = drawStart(r);
    const duration = drawDuration(r);
    const stopAt = r.chance(INCOMPLETE_SHARE) ? r.pick(STOP_BLOCKS) : null;
    const cells = new Map<string, string>();
    for (const column of columns) {
      const value = answers[column];
      const block = blockOf.get(column) ?? '';
      // Block ids are letters in questionnaire order, so `<` means "asked before the stop".
      if (value !== undefined && (stopAt === null || block < stopAt)) cells.set(column, value);
    }
    records.push({ start, submit: stopAt === null ? start + duration : null, cells });
  }
  records.sort((a, b) => a.start - b.start);

  const width = Math.max(4, String(rows).length);
  const lines = records.map((rec, i) => [
    `R${String(i + 1).padStart(width, '0')}`,
    toTimestamp(rec.start),
    rec.submit === null ? '' : toTimestamp(rec.submit),
    ...columns.map((c) => rec.cells.get(c) ?? ''),
  ]);
  insertDuplicate(r, lines, records);
  return toCsv([['respondent_id', 'startdate', 'submitdate', ...columns], ...lines]);
}

/** Repeat one complete row from the first half of the file at a later place (a double submission). */
function insertDuplicate(r: Random, lines: string[][], records: readonly DrawnResponse[]): void {
  const half = Math.max(1, Math.floor(lines.length / 2));
  const complete = records.slice(0, half).flatMap((rec, i) => (rec.submit === null ? [] : [i]));
  const source = complete.length > 0 ? r.pick(complete) : 0;
  const at = r.int(Math.max(source + 1, Math.floor(lines.length * 0.6)), lines.length);
  lines.splice(at, 0, [...(lines[source] ?? [])]);
}
