/**
 * Comparisons shown in one report: the region vs the rest of the country, and residents vs
 * professionals (the perspective gap). Welch t-tests on means (with weights: the difference of the
 * weighted means with its linearisation SE and a z-test); the false discovery rate is controlled
 * with Benjamini–Hochberg over all of them, and a difference counts as significant only at
 * q < 0.05 with both sides n ≥ 30.
 */
import type { Context, Place } from './context.js';
import { meanEstimate, toEstimate, weightedMeanEstimate } from './estimate.js';
import type { Selection } from './select.js';
import {
  benjaminiHochberg,
  emptyMoments,
  emptyWeightedSums,
  type Moments,
  mergeMoments,
  mergeWeightedSums,
  subtractMoments,
  subtractWeightedSums,
  type WeightedSums,
  weightedDifference,
  welch,
} from './stats/index.js';
import type { Comparison, Estimate } from './types.js';

export const FDR_Q = 0.05;
export const MIN_COMPARISON_N = 30;

/** What a measure adds up over a selection: unweighted moments, and weighted sums when weighted. */
export interface MeasureStats {
  moments: Moments;
  sums: WeightedSums | null;
}

/** The statistics of no respondents: the identity of {@link mergeMeasureStats} (with empty sums when weighted). */
export function emptyMeasureStats(weighted: boolean): MeasureStats {
  return { moments: emptyMoments(), sums: weighted ? emptyWeightedSums() : null };
}

/**
 * The statistics of two disjoint selections together (chunks, workers, regions into the country):
 * the same, within rounding, as the measure over their union. Both weighted or both unweighted.
 */
export function mergeMeasureStats(a: MeasureStats, b: MeasureStats): MeasureStats {
  if ((a.sums === null) !== (b.sums === null))
    throw new Error('a weighted and an unweighted measure cannot be merged');
  return {
    moments: mergeMoments(a.moments, b.moments),
    sums: a.sums && b.sums ? mergeWeightedSums(a.sums, b.sums) : null,
  };
}

/**
 * The statistics of `whole` without its part `part` (the rest of the country: the national figure
 * minus the region), without reading the rest's respondents. Weighted only when both are.
 */
export function subtractMeasureStats(whole: MeasureStats, part: MeasureStats): MeasureStats {
  return {
    moments: subtractMoments(whole.moments, part.moments),
    sums: whole.sums && part.sums ? subtractWeightedSums(whole.sums, part.sums) : null,
  };
}

/** Values of one measure for a selection. */
export type Measure = { item: string; indicator: string; stats: (selection: Selection) => MeasureStats };

/** One side of a comparison: its statistics and where its estimate belongs. */
export interface Side {
  stats: MeasureStats;
  place: Place;
}

/**
 * A comparison of one measure between two selections (BH applied later, over the report). The
 * difference row belongs to the region as a whole (group `all`); its indicator names the sides.
 */
export function compareMeans(
  ctx: Context,
  measure: Pick<Measure, 'item' | 'indicator'>,
  a: Side,
  b: Side,
  differenceIndicator: string,
): Comparison {
  const min = ctx.options.minCell;
  const key = { indicator: measure.indicator, item: measure.item };
  const side = (s: Side): Estimate =>
    s.stats.sums
      ? weightedMeanEstimate(s.place, key, s.stats.sums, min)
      : meanEstimate(s.place, key, s.stats.moments, min);
  const ea = side(a);
  const eb = side(b);
  const ma = a.stats.moments;
  const mb = b.stats.moments;
  const weighted = a.stats.sums && b.stats.sums;
  const test =
    ea.suppressed || eb.suppressed
      ? null
      : weighted
        ? weightedDifference(a.stats.sums!, b.stats.sums!)
        : welch(ma, mb);
  const difference = toEstimate(
    { ...a.place, group: 'all' },
    { indicator: differenceIndicator, item: measure.item },
    ma.n,
    test ? { n: ma.n, estimate: test.difference, low: test.low, high: test.high, se: Number.NaN } : null,
    min,
  );
  difference.suppressed = ea.suppressed || eb.suppressed;
  if (difference.suppressed) {
    difference.suppression = ea.suppression === 'linked' || eb.suppression === 'linked' ? 'linked' : 'small';
    difference.estimate = null;
    difference.ciLow = null;
    difference.ciHigh = null;
  }
  difference.nOther = mb.n;
  difference.pValue = test?.pValue ?? null;
  return {
    item: measure.item,
    a: ea,
    b: eb,
    difference,
    pValue: test?.pValue ?? null,
    qValue: null,
    significant: false,
  };
}

/** Benjamini–Hochberg over every comparison of one report; sets q-values and significance. */
export function adjustComparisons(comparisons: readonly Comparison[]): void {
  const q = benjaminiHochberg(comparisons.map((c) => c.pValue));
  comparisons.forEach((c, i) => {
    c.qValue = q[i] ?? null;
    c.significant =
      c.qValue !== null && c.qValue < FDR_Q && c.a.n >= MIN_COMPARISON_N && c.b.n >= MIN_COMPARISON_N;
    c.difference.qValue = c.qValue;
    c.difference.significant = c.significant;
  });
}
