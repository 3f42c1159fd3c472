/** Numeric questions (a number of years, hours, people): the mean with its t-interval and the median. */
import { median } from 'simple-statistics';
import type { NumericQuestion } from '../model/codebook.js';
import type { Context, Place } from './context.js';
import { meanEstimate, pointEstimate } from './estimate.js';
import type { Selection } from './select.js';
import { addValue, emptyMoments } from './stats/index.js';
import type { NumericResult } from './types.js';

/** One numeric question over a selection; blanks and non-numbers are missing. */
export function analyseNumeric(
  ctx: Context,
  q: NumericQuestion,
  selection: Selection,
  place: Place,
): NumericResult {
  const column = ctx.column(q.id);
  const values: number[] = [];
  const moments = emptyMoments();
  if (column?.kind === 'number') {
    for (const i of selection) {
      const x = column.values[i]!;
      if (!Number.isFinite(x)) continue;
      values.push(x);
      addValue(moments, x);
    }
  }
  const min = ctx.options.minCell;
  return {
    item: q.id,
    block: q.block,
    mean: meanEstimate(place, { indicator: 'mean', item: q.id }, moments, min),
    median: pointEstimate(
      place,
      { indicator: 'median', item: q.id },
      values.length,
      values.length > 0 ? median(values) : null,
      min,
    ),
  };
}
