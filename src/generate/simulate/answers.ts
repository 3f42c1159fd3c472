/** Shared helpers for simulated answers: one respondent's answers as export cells. */
import { DONT_KNOW } from '../codebook/scales.js';
import type { Random } from '../random.js';

/** Cells of one response by column heading; a column not present is an empty cell. */
export type Answers = Record<string, string>;

/** Round a latent value to the nearest answer code within [lo, hi]. */
export function toScore(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(value)));
}

/** The code as a cell, or "weet niet" (9) with probability `pDontKnow`. */
export function orDontKnow(r: Random, pDontKnow: number, code: number): string {
  return String(r.chance(pDontKnow) ? DONT_KNOW : code);
}

/** Tick the options of a multi question (`1`, or no cell) with the given probabilities. */
export function tickColumns(
  r: Random,
  columns: readonly { column: string }[],
  probabilities: readonly number[],
  answers: Answers,
): number {
  let ticked = 0;
  columns.forEach(({ column }, i) => {
    if (r.chance(probabilities[i] ?? 0)) {
      answers[column] = '1';
      ticked++;
    }
  });
  return ticked;
}
