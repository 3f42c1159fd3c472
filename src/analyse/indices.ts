/**
 * Indices (scales): the mean of the items for respondents who answered at least ⌈m/2⌉ of m,
 * rescaled to 0–100; Cronbach's alpha on the respondents who answered all items.
 */
import type { Index } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';
import { valueMean, valueStats } from './coded.js';
import type { Context, Place } from './context.js';
import type { Selection } from './select.js';
import { cronbachAlpha } from './stats/index.js';
import type { IndexResult } from './types.js';

/** Alpha under this is flagged in reports (statistics.md). */
export const ALPHA_FLOOR = 0.6;

/** Per respondent of the selection: the 0–100 score, or NaN with too few items answered. */
export function indexScores(ctx: Context, index: Index, selection: Selection): Float64Array {
  const items = index.items.map((id) => {
    const q = ctx.question(id);
    const scale = ctx.scale('scale' in q ? q.scale : '');
    const codes = scale.options.map((o) => o.code);
    const column = ctx.column(id);
    return {
      codes: column?.kind === 'code' ? column.codes : new Int16Array(0),
      valid: new Set(codes),
      min: codes.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY),
      max: codes.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
    };
  });
  const needed = Math.ceil(items.length / 2);
  const out = new Float64Array(selection.length);
  selection.forEach((r, j) => {
    let sum = 0;
    let answered = 0;
    for (const item of items) {
      const c = item.codes[r]!;
      if (c !== MISSING && item.valid.has(c)) {
        sum += ((c - item.min) / (item.max - item.min)) * 100;
        answered++;
      }
    }
    out[j] = answered >= needed ? sum / answered : Number.NaN;
  });
  return out;
}

/**
 * The index over a selection: score with t-interval, and alpha (over `alphaSelection`, by default
 * the same respondents; the national alpha leaves out the regions whose alpha is hidden).
 */
export function analyseIndex(
  ctx: Context,
  index: Index,
  selection: Selection,
  place: Place,
  alphaSelection: Selection = selection,
): IndexResult {
  const scores = indexScores(ctx, index, selection);
  const columns = index.items.map((id) => {
    const c = ctx.column(id);
    return c?.kind === 'code' ? c.codes : new Int16Array(0);
  });
  const valid = index.items.map((id) => {
    const q = ctx.question(id);
    return new Set(ctx.scale('scale' in q ? q.scale : '').options.map((o) => o.code));
  });
  const complete: number[][] = [];
  for (const r of alphaSelection) {
    const row = columns.map((codes, k) => {
      const c = codes[r]!;
      return c !== MISSING && valid[k]!.has(c) ? c : Number.NaN;
    });
    if (row.every((v) => !Number.isNaN(v))) complete.push(row);
  }
  const small = complete.length < ctx.options.minCell;
  const alpha = small ? null : cronbachAlpha(complete);
  return {
    index: index.id,
    label: index.label,
    score: valueMean(
      ctx,
      place,
      { indicator: 'index_score', item: index.id },
      valueStats(ctx, selection, (j) => scores[j]!),
    ),
    alpha,
    alphaN: complete.length,
    alphaLow: alpha !== null && alpha < ALPHA_FLOOR,
  };
}
