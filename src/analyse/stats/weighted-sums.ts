/**
 * Mergeable weighted sufficient statistics: with them a weighted mean, its linearisation standard
 * error (R `survey`'s `svymean` on `svydesign(ids = ~1, weights = ~w)`) and the Kish effective n
 * come from sums that add up across chunks, regions and the rest of the country, so a national
 * run, worker threads and "rest = country − region" are the same code path as one pass.
 *
 *   N     rows in the design (with a valid weight), answered or not
 *   n     answered rows;  Σw, Σwy, Σw², Σw²y, Σw²y² over the answered rows
 *
 * SE² = N / (N − 1) · Σw²(y − ȳ)² / (Σw)², and Σw²(y − ȳ)² = Σw²y² − 2ȳ·Σw²y + ȳ²·Σw².
 */
import { zTwoSidedP } from './cdf.js';
import type { Test } from './compare.js';
import { Z975 } from './quantiles.js';
import type { WeightedInterval } from './weighted.js';

export interface WeightedSums {
  N: number;
  n: number;
  sw: number;
  swy: number;
  sww: number;
  swwy: number;
  swwyy: number;
}

export function emptyWeightedSums(): WeightedSums {
  return { N: 0, n: 0, sw: 0, swy: 0, sww: 0, swwy: 0, swwyy: 0 };
}

/** Add one row of the design: `y` NaN (not answered) counts in N only; a negative or non-finite weight is no row. */
export function addWeighted(s: WeightedSums, y: number, w: number): void {
  if (!(Number.isFinite(w) && w >= 0)) return;
  s.N += 1;
  if (!Number.isFinite(y)) return;
  s.n += 1;
  s.sw += w;
  s.swy += w * y;
  s.sww += w * w;
  s.swwy += w * w * y;
  s.swwyy += w * w * y * y;
}

/** The sums of two disjoint parts together. */
export function mergeWeightedSums(a: WeightedSums, b: WeightedSums): WeightedSums {
  return {
    N: a.N + b.N,
    n: a.n + b.n,
    sw: a.sw + b.sw,
    swy: a.swy + b.swy,
    sww: a.sww + b.sww,
    swwy: a.swwy + b.swwy,
    swwyy: a.swwyy + b.swwyy,
  };
}

/** The sums of `whole` without its part `part` (the rest of the country). */
export function subtractWeightedSums(whole: WeightedSums, part: WeightedSums): WeightedSums {
  const d = (x: number, y: number) => Math.max(0, x - y);
  return {
    N: d(whole.N, part.N),
    n: d(whole.n, part.n),
    sw: d(whole.sw, part.sw),
    swy: whole.swy - part.swy,
    sww: d(whole.sww, part.sww),
    swwy: whole.swwy - part.swwy,
    swwyy: d(whole.swwyy, part.swwyy),
  };
}

/**
 * The weighted mean Σwy / Σw with the linearisation SE and the normal interval mean ± z·SE, as
 * `svymean(…, na.rm = TRUE)` and `confint()`. Null when nothing is answered or the weights sum to 0;
 * for n = 1 the SE and interval are NaN.
 */
export function weightedMeanOf(s: WeightedSums): WeightedInterval | null {
  if (s.n === 0 || !(s.sw > 0)) return null;
  const mean = s.swy / s.sw;
  const nEff = (s.sw * s.sw) / s.sww;
  if (s.n === 1 || s.N < 2)
    return { n: s.n, estimate: mean, low: Number.NaN, high: Number.NaN, se: Number.NaN, nEff };
  const ss = Math.max(0, s.swwyy - 2 * mean * s.swwy + mean * mean * s.sww);
  const se = Math.sqrt((s.N / (s.N - 1)) * ss) / s.sw;
  return { n: s.n, estimate: mean, low: mean - Z975 * se, high: mean + Z975 * se, se, nEff };
}

/** Weighted sums of a coded question from its counts, weight sums and squared-weight sums per code. */
export function weightedSumsOfCategories(
  values: readonly number[],
  counts: ArrayLike<number>,
  wsum: ArrayLike<number>,
  wsq: ArrayLike<number>,
  designRows: number,
): WeightedSums {
  const s = emptyWeightedSums();
  s.N = designRows;
  for (let k = 0; k < values.length; k++) {
    const y = values[k] as number;
    const a = wsum[k] as number;
    const b = wsq[k] as number;
    s.n += counts[k] as number;
    s.sw += a;
    s.swy += a * y;
    s.sww += b;
    s.swwy += b * y;
    s.swwyy += b * y * y;
  }
  return s;
}

/**
 * The difference of two independent weighted means a − b: SE = √(SEa² + SEb²), the normal
 * interval and a two-sided z-test (groups are disjoint, so their estimates are independent under
 * a weights-only design). Null when either side has no SE.
 */
export function weightedDifference(a: WeightedSums, b: WeightedSums): Test | null {
  const ma = weightedMeanOf(a);
  const mb = weightedMeanOf(b);
  if (!ma || !mb || !Number.isFinite(ma.se) || !Number.isFinite(mb.se)) return null;
  const se = Math.sqrt(ma.se * ma.se + mb.se * mb.se);
  if (!(se > 0)) return null;
  const difference = ma.estimate - mb.estimate;
  const z = difference / se;
  return {
    difference,
    low: difference - Z975 * se,
    high: difference + Z975 * se,
    pValue: zTwoSidedP(z),
    statistic: z,
    df: null,
  };
}

/**
 * The weighted median of categories with weight `wsum` each: the lowest category at which the
 * cumulative weighted share passes 50% (the mean of two neighbours when it is exactly 50% there).
 */
export function weightedMedianOfCategories(
  categories: readonly number[],
  wsum: ArrayLike<number>,
): number | null {
  const order = categories.map((_, i) => i).sort((x, y) => categories[x]! - categories[y]!);
  let total = 0;
  for (const i of order) total += wsum[i] as number;
  if (!(total > 0)) return null;
  let seen = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    seen += wsum[i] as number;
    const share = seen / total;
    if (Math.abs(share - 0.5) < 1e-12) {
      const next = order.slice(k + 1).find((j) => (wsum[j] as number) > 0);
      return next === undefined ? categories[i]! : (categories[i]! + categories[next]!) / 2;
    }
    if (share > 0.5) return categories[i]!;
  }
  return null;
}

/** The weighted median of values (NaN skipped) with weights, by the same rule. */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number | null {
  const order = values
    .map((_, i) => i)
    .filter((i) => Number.isFinite(values[i]!))
    .sort((x, y) => values[x]! - values[y]!);
  return weightedMedianOfCategories(
    order.map((i) => values[i]!),
    order.map((i) => weights[i]!),
  );
}
