/**
 * Estimates from one pass over a coded question (or over one value per respondent), unweighted or
 * weighted as the context says: the counts per code (with their weight sums), then shares and the
 * mean from those, so every estimator of analyse weights in one place.
 */
import type { Scale } from '../model/codebook.js';
import type { MeasureStats } from './compare.js';
import type { Context, Place } from './context.js';
import {
  type EstimateKey,
  meanEstimate,
  shareEstimate,
  weightedMeanEstimate,
  weightedShareEstimate,
} from './estimate.js';
import { countCodesBy, type GroupCounts, type Selection } from './select.js';
import {
  addValue,
  addWeighted,
  emptyMoments,
  emptyWeightedSums,
  type Moments,
  medianOfCounts,
  momentsOfCounts,
  type WeightedSums,
  weightedMedianOfCategories,
  weightedSumsOfCategories,
} from './stats/index.js';
import type { Estimate } from './types.js';

/** The counts of a coded question over a selection: unweighted, and weighted when there are weights. */
export interface CodedCounts {
  codes: readonly number[];
  counts: number[];
  /** Sum of weights and of squared weights per code; null when unweighted. */
  wsum: number[] | null;
  wsq: number[] | null;
  /** Respondents in the selection (the design of a weighted estimate). */
  design: number;
  n: number;
}

/**
 * Count a code column over a selection, in the order of `codes`: merged from the counts of its
 * cells where the selection is a region, a side or the country (cells.ts), else counted directly.
 */
export function codedCounts(
  ctx: Context,
  column: Int8Array | Int16Array,
  selection: Selection,
  codes: readonly number[],
): CodedCounts {
  const key = `counts:${codes.join(',')}`;
  return ctx.over(
    column,
    key,
    selection,
    (s, groupOf, groups) =>
      (groupOf !== null && groupOf === ctx.cells.cellOf
        ? cellCounts(ctx, column, key, codes, s, groups)
        : countCodesBy(column, s, codes, ctx.weights, groupOf, groups)
      ).map(
        (g): CodedCounts => ({
          codes,
          counts: Array.from(g.counts),
          wsum: g.wsum ? Array.from(g.wsum) : null,
          wsq: g.wsq ? Array.from(g.wsq) : null,
          design: g.size,
          n: g.counts.reduce((x, y) => x + y, 0),
        }),
      ),
    mergeCodedCounts,
  );
}

/**
 * The weighted per-cell counts of a column, per set of weights: the unweighted pass makes them
 * with the weights of the weighted pass to come (`Context.nextWeights`), for the counts are the
 * same, and the weighted pass takes them instead of a pass of its own (40 Likert items over a
 * million respondents: 40 passes fewer).
 */
const weightedCells = new WeakMap<Float64Array, WeakMap<object, Map<string, GroupCounts[]>>>();

/** Per cell (`groupOf` = the cells), as {@link countCodesBy} with the context's weights. */
function cellCounts(
  ctx: Context,
  column: Int8Array | Int16Array,
  key: string,
  codes: readonly number[],
  all: Selection,
  groups: number,
): GroupCounts[] {
  const weights = ctx.weights ?? ctx.nextWeights;
  if (!weights) return countCodesBy(column, all, codes, null, ctx.cells.cellOf, groups);
  let byColumn = weightedCells.get(weights);
  if (!byColumn) {
    byColumn = new WeakMap();
    weightedCells.set(weights, byColumn);
  }
  let byKey = byColumn.get(column);
  if (!byKey) {
    byKey = new Map();
    byColumn.set(column, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    found = countCodesBy(column, all, codes, weights, ctx.cells.cellOf, groups);
    byKey.set(key, found);
  }
  return ctx.weights ? found : found.map((g) => ({ ...g, wsum: null, wsq: null }));
}

/** The counts of no respondents over `codes`: the identity of {@link mergeCodedCounts}. */
export function emptyCodedCounts(codes: readonly number[], weighted: boolean): CodedCounts {
  const zeros = () => codes.map(() => 0);
  return {
    codes,
    counts: zeros(),
    wsum: weighted ? zeros() : null,
    wsq: weighted ? zeros() : null,
    design: 0,
    n: 0,
  };
}

/**
 * The counts of two disjoint selections together (chunks, workers, regions into the country):
 * counts and n exactly, the weight sums within rounding, as {@link codedCounts} over their union.
 * Both over the same codes, both weighted or both unweighted.
 */
export function mergeCodedCounts(a: CodedCounts, b: CodedCounts): CodedCounts {
  if (a.codes.length !== b.codes.length || a.codes.some((c, k) => c !== b.codes[k]))
    throw new Error('counts over different codes cannot be merged');
  if ((a.wsum === null) !== (b.wsum === null) || (a.wsq === null) !== (b.wsq === null))
    throw new Error('weighted and unweighted counts cannot be merged');
  const add = (x: readonly number[], y: readonly number[]) => x.map((v, k) => v + y[k]!);
  return {
    codes: a.codes,
    counts: add(a.counts, b.counts),
    wsum: a.wsum && b.wsum ? add(a.wsum, b.wsum) : null,
    wsq: a.wsq && b.wsq ? add(a.wsq, b.wsq) : null,
    design: a.design + b.design,
    n: a.n + b.n,
  };
}

/** The share answering one of the codes where `pick` holds. */
export function codedShare(
  ctx: Context,
  place: Place,
  key: EstimateKey,
  c: CodedCounts,
  pick: (code: number) => boolean,
  disclosive: boolean,
): Estimate {
  let k = 0;
  let wk = 0;
  c.codes.forEach((code, i) => {
    if (!pick(code)) return;
    k += c.counts[i]!;
    wk += c.wsum?.[i] ?? 0;
  });
  const min = ctx.options.minCell;
  if (!c.wsum || !c.wsq) return shareEstimate(place, key, k, c.n, min, disclosive);
  const sw = c.wsum.reduce((a, b) => a + b, 0);
  const sww = c.wsq.reduce((a, b) => a + b, 0);
  return weightedShareEstimate(place, key, { k, n: c.n, wk, sw, sww }, min, disclosive);
}

/** The mean of the codes (their values as numbers). */
export function codedMean(
  ctx: Context,
  place: Place,
  key: EstimateKey,
  c: CodedCounts,
  disclosive: boolean,
): Estimate {
  const min = ctx.options.minCell;
  if (!c.wsum || !c.wsq) return meanEstimate(place, key, momentsOfCounts(c.codes, c.counts), min, disclosive);
  return weightedMeanEstimate(
    place,
    key,
    weightedSumsOfCategories(c.codes, c.counts, c.wsum, c.wsq, c.design),
    min,
    disclosive,
  );
}

/**
 * A scale question's counts over a selection: per option (in the scale's order), and how many gave
 * one of the scale's missing codes ("weet niet"), from one count over both.
 */
export function scaleCounts(
  ctx: Context,
  column: Int8Array | Int16Array,
  selection: Selection,
  scale: Scale,
): { counted: CodedCounts; missing: number } {
  const codes = scale.options.map((o) => o.code);
  const all = codedCounts(ctx, column, selection, [...codes, ...scale.missing.map((o) => o.code)]);
  const k = codes.length;
  const counts = all.counts.slice(0, k);
  let missing = 0;
  for (let j = k; j < all.counts.length; j++) missing += all.counts[j]!;
  return {
    counted: {
      codes,
      counts,
      wsum: all.wsum ? all.wsum.slice(0, k) : null,
      wsq: all.wsq ? all.wsq.slice(0, k) : null,
      design: all.design,
      n: counts.reduce((a, b) => a + b, 0),
    },
    missing,
  };
}

/** A coded question's unweighted moments and (with weights) weighted sums over a selection. */
export function codeStats(ctx: Context, questionId: string, selection: Selection): MeasureStats {
  const column = ctx.column(questionId);
  const q = ctx.question(questionId);
  if (column?.kind !== 'code' || !('scale' in q))
    return { moments: emptyMoments(), sums: ctx.weights ? emptyWeightedSums() : null };
  const c = scaleCounts(ctx, column.codes, selection, ctx.scale(q.scale)).counted;
  const codes = c.codes;
  return {
    moments: momentsOfCounts(codes, c.counts),
    sums: c.wsum && c.wsq ? weightedSumsOfCategories(codes, c.counts, c.wsum, c.wsq, c.design) : null,
  };
}

/** The median code (weighted when there are weights). */
export function codedMedian(c: CodedCounts): number | null {
  return c.wsum ? weightedMedianOfCategories(c.codes, c.wsum) : medianOfCounts([...c.codes], c.counts);
}

/** Unweighted moments and weighted sums of one value per respondent of the selection (NaN: not answered). */
export function valueStats(
  ctx: Context,
  selection: Selection,
  value: (j: number, i: number) => number,
): { moments: Moments; sums: WeightedSums | null } {
  return valueStatsBy(ctx, selection, value, null, 1)[0]!;
}

/**
 * {@link valueStats} per group in one pass (`groupOf[i]` is respondent i's group, 0 ≤ g < groups,
 * any other left out; null: one group of the whole selection).
 */
export function valueStatsBy(
  ctx: Context,
  selection: Selection,
  value: (j: number, i: number) => number,
  groupOf: Int32Array | null,
  groups: number,
): { moments: Moments; sums: WeightedSums | null }[] {
  const out = Array.from({ length: groups }, () => ({
    moments: emptyMoments(),
    sums: ctx.weights ? emptyWeightedSums() : null,
  }));
  for (let j = 0; j < selection.length; j++) {
    const i = selection[j]!;
    const g = groupOf ? groupOf[i]! : 0;
    if (g < 0 || g >= groups) continue;
    const y = value(j, i);
    const stats = out[g]!;
    addValue(stats.moments, y);
    if (stats.sums && ctx.weights) addWeighted(stats.sums, y, ctx.weights[i]!);
  }
  return out;
}

/** The mean of one value per respondent, weighted when there are weights. */
export function valueMean(
  ctx: Context,
  place: Place,
  key: EstimateKey,
  stats: { moments: Moments; sums: WeightedSums | null },
  disclosive = false,
): Estimate {
  const min = ctx.options.minCell;
  return stats.sums
    ? weightedMeanEstimate(place, key, stats.sums, min, disclosive)
    : meanEstimate(place, key, stats.moments, min, disclosive);
}
