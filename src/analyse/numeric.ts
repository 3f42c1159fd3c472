/** Numeric questions (a number of years, hours, people): the mean with its t-interval and the median. */
import { median } from 'simple-statistics';
import type { NumericQuestion } from '../model/codebook.js';
import { valueMean, valueStats } from './coded.js';
import type { Context, Place } from './context.js';
import { pointEstimate } from './estimate.js';
import type { Selection } from './select.js';
import { weightedMedian } from './stats/index.js';
import type { NumericResult } from './types.js';

/** One numeric question over a selection; blanks and non-numbers are missing. */
export function analyseNumeric(
  ctx: Context,
  q: NumericQuestion,
  selection: Selection,
  place: Place,
): NumericResult {
  const column = ctx.column(q.id);
  const value = (i: number) => (column?.kind === 'number' ? column.values[i]! : Number.NaN);
  const stats = valueStats(ctx, selection, (_, i) => value(i));
  const values: number[] = [];
  const weights: number[] = [];
  for (const i of selection) {
    if (!Number.isFinite(value(i))) continue;
    values.push(value(i));
    weights.push(ctx.weights?.[i] ?? 1);
  }
  const middle = values.length === 0 ? null : ctx.weights ? weightedMedian(values, weights) : median(values);
  return {
    item: q.id,
    block: q.block,
    mean: valueMean(ctx, place, { indicator: 'mean', item: q.id }, stats),
    median: pointEstimate(
      place,
      { indicator: 'median', item: q.id },
      values.length,
      middle,
      ctx.options.minCell,
    ),
  };
}
