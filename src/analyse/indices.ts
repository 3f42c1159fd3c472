/**
 * Indices (scales): the mean of the items for respondents who answered at least ⌈m/2⌉ of m,
 * rescaled to 0–100; Cronbach's alpha on the respondents who answered all items. Both from
 * mergeable sums, so a region's, a side's and the country's come from their cells (cells.ts).
 */
import type { Index } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';
import { valueMean, valueStatsBy } from './coded.js';
import { type MeasureStats, mergeMeasureStats } from './compare.js';
import type { Context, Place } from './context.js';
import type { Selection } from './select.js';
import {
  type AlphaMoments,
  addAlphaRow,
  alphaOfMoments,
  emptyAlphaMoments,
  mergeAlphaMoments,
} from './stats/index.js';
import type { IndexResult } from './types.js';

/** Alpha under this is flagged in reports (statistics.md). */
export const ALPHA_FLOOR = 0.6;

interface Item {
  codes: Int8Array | Int16Array;
  /** 1 at every substantive code (offset by 32768). */
  valid: Uint8Array;
  min: number;
  max: number;
}

function itemsOf(ctx: Context, index: Index): Item[] {
  return index.items.map((id) => {
    const q = ctx.question(id);
    const codes = ctx.scale('scale' in q ? q.scale : '').options.map((o) => o.code);
    const column = ctx.column(id);
    const valid = new Uint8Array(1 << 16);
    for (const c of codes) valid[c + 32768] = 1;
    valid[MISSING + 32768] = 0;
    return {
      codes: column?.kind === 'code' ? column.codes : new Int16Array(0),
      valid,
      min: codes.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY),
      max: codes.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
    };
  });
}

/** Per respondent of the selection: the 0–100 score, or NaN with too few items answered. */
export function indexScores(ctx: Context, index: Index, selection: Selection): Float64Array {
  const items = itemsOf(ctx, index);
  const needed = Math.ceil(items.length / 2);
  const out = new Float64Array(selection.length);
  for (let j = 0; j < selection.length; j++) {
    const r = selection[j]!;
    let sum = 0;
    let answered = 0;
    for (const item of items) {
      const c = item.codes[r];
      if (c !== undefined && item.valid[c + 32768] === 1) {
        sum += ((c - item.min) / (item.max - item.min)) * 100;
        answered++;
      }
    }
    out[j] = answered >= needed ? sum / answered : Number.NaN;
  }
  return out;
}

/** The index score's moments (and weighted sums) over a selection. */
export function indexStats(ctx: Context, index: Index, selection: Selection): MeasureStats {
  return ctx.over(
    index,
    'score',
    selection,
    (s, groupOf, groups) => {
      const scores = indexScores(ctx, index, s);
      return valueStatsBy(ctx, s, (j) => scores[j]!, groupOf, groups);
    },
    mergeMeasureStats,
  );
}

/** The moments alpha needs over the respondents of the selection who answered every item (codes as given). */
export function indexAlphaMoments(ctx: Context, index: Index, selection: Selection): AlphaMoments {
  return ctx.over(
    index,
    'alpha',
    selection,
    (s, groupOf, groups) => {
      const items = itemsOf(ctx, index);
      const out = Array.from({ length: groups }, () => emptyAlphaMoments(items.length));
      const row = new Float64Array(items.length);
      for (let j = 0; j < s.length; j++) {
        const r = s[j]!;
        const g = groupOf ? groupOf[r]! : 0;
        if (g < 0 || g >= groups) continue;
        let complete = true;
        for (let k = 0; k < items.length && complete; k++) {
          const c = items[k]!.codes[r];
          if (c !== undefined && items[k]!.valid[c + 32768] === 1) row[k] = c;
          else complete = false;
        }
        if (complete) addAlphaRow(out[g]!, row);
      }
      return out;
    },
    mergeAlphaMoments,
  );
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
  const moments = indexAlphaMoments(ctx, index, alphaSelection);
  const n = moments.total.n;
  const alpha = n < ctx.options.minCell ? null : alphaOfMoments(moments);
  return {
    index: index.id,
    label: index.label,
    score: valueMean(
      ctx,
      place,
      { indicator: 'index_score', item: index.id },
      indexStats(ctx, index, selection),
    ),
    alpha,
    alphaN: n,
    alphaLow: alpha !== null && alpha < ALPHA_FLOOR,
  };
}
