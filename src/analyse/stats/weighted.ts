/**
 * Weighted estimates for a weights-only design (no clusters, no strata, no finite-population
 * correction), matching R's survey package:
 * `svymean(~y, svydesign(ids = ~1, weights = ~w, data = d), na.rm = TRUE)` and `confint()` on it.
 */
import type { Interval } from './interval.js';
import { Z975 } from './quantiles.js';

/** A weighted mean with its unweighted n and Kish effective sample size of the weights used. */
export type WeightedInterval = Interval & { nEff: number };

const isWeight = (w: number): boolean => Number.isFinite(w) && w >= 0;

/**
 * Weighted mean Σwy / Σw (the ratio estimator) with its linearisation standard error
 *   SE² = N / (N − 1) · Σ wᵢ² (yᵢ − ȳ)² / (Σw)²   (sums over the answered rows)
 * and the interval mean ± {@link Z975} · SE, equal to R's `svymean` / `confint` above.
 * The design is every row with a finite, non-negative weight, so N counts rows whose y is
 * missing too: `na.rm = TRUE` treats the answered rows as a domain of the whole design rather
 * than dropping the others (a subset passed in is the design: pass the group's rows to match
 * `svydesign(…, data = group)`). Rows with a non-finite y (missing answer) add nothing to the
 * sums; `n` is the unweighted count of answered rows, `nEff` Kish's effective n of their weights.
 * Null when no row is answered or their weights sum to 0. For n = 1, `se`, `low`, `high` are
 * NaN (R would report SE 0 there). `w` is read at the indices of `y`.
 */
export function weightedMean(y: ArrayLike<number>, w: ArrayLike<number>): WeightedInterval | null {
  let design = 0;
  let n = 0;
  let sw = 0;
  let swy = 0;
  let sww = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const wi = w[i] as number;
    if (!isWeight(wi)) continue;
    design += 1;
    if (!Number.isFinite(yi)) continue;
    n += 1;
    sw += wi;
    swy += wi * yi;
    sww += wi * wi;
  }
  if (n === 0 || sw === 0) return null;
  const mean = swy / sw;
  const nEff = (sw * sw) / sww;
  if (n === 1) return { n, estimate: mean, low: Number.NaN, high: Number.NaN, se: Number.NaN, nEff };
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const wi = w[i] as number;
    if (!Number.isFinite(yi) || !isWeight(wi)) continue;
    const r = wi * (yi - mean);
    ss += r * r;
  }
  const se = Math.sqrt((design / (design - 1)) * ss) / sw;
  return { n, estimate: mean, low: mean - Z975 * se, high: mean + Z975 * se, se, nEff };
}

/**
 * Kish's effective sample size (Σw)² / Σw² of the finite, non-negative weights; 0 when none
 * (or all zero). Equals n when all weights are equal.
 */
export function kishEffectiveN(w: ArrayLike<number>): number {
  let sw = 0;
  let sww = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i] as number;
    if (!isWeight(wi)) continue;
    sw += wi;
    sww += wi * wi;
  }
  return sww === 0 ? 0 : (sw * sw) / sww;
}

/**
 * Kish's design effect of unequal weighting, 1 + CV², where CV is the population coefficient
 * of variation of the weights (standard deviation with denominator n, divided by the mean).
 * Identical to n / {@link kishEffectiveN}. Uses the finite, non-negative weights; NaN when none
 * or all zero.
 */
export function designEffect(w: ArrayLike<number>): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i] as number;
    if (!isWeight(wi)) continue;
    n += 1;
    sum += wi;
  }
  if (n === 0 || sum === 0) return Number.NaN;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i] as number;
    if (isWeight(wi)) ss += (wi - mean) * (wi - mean);
  }
  const cv2 = ss / n / (mean * mean);
  return 1 + cv2;
}
