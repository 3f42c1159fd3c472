/**
 * Two-group comparisons: Welch's t-test for means, the two-proportion z-test for shares, and
 * the paired-difference t-interval (ambitiekloof, importance − performance gap).
 */
import { tTwoSidedP, zTwoSidedP } from './cdf.js';
import type { Interval } from './interval.js';
import { meanInterval } from './mean.js';
import { addValue, emptyMoments, type Moments, variance } from './moments.js';
import { tQuantile, Z975 } from './quantiles.js';
import { wilson } from './wilson.js';

/** A difference a − b with its 95% interval and a two-sided test of "no difference". */
export interface Test {
  /** Estimate of a − b (means, or shares 0..1). */
  difference: number;
  /** Lower bound of the 95% interval of a − b. */
  low: number;
  /** Upper bound of the 95% interval of a − b. */
  high: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Test statistic: t for Welch, signed z for two proportions (R's X-squared is z²). */
  statistic: number;
  /** Degrees of freedom (Welch–Satterthwaite, fractional); null for the z-test. */
  df: number | null;
}

/**
 * Welch's two-sample t-test of a − b, as R's `t.test(a, b)`: two-sided p-value, Welch–Satterthwaite
 * df, and the 95% interval of the difference of means. Null when either side has n < 2, or when
 * both sides have zero variance (R: "data are essentially constant").
 */
export function welch(a: Moments, b: Moments): Test | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = variance(a) / a.n;
  const vb = variance(b) / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const se = Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const difference = a.mean - b.mean;
  const t = difference / se;
  const half = tQuantile(0.975, df) * se;
  return {
    difference,
    low: difference - half,
    high: difference + half,
    pValue: tTwoSidedP(t, df),
    statistic: t,
    df,
  };
}

/**
 * Difference of two shares k1/n1 − k2/n2. The p-value is the pooled two-proportion z-test, equal
 * to R's `prop.test(c(k1, k2), c(n1, n2), correct = FALSE)$p.value`; the interval is Newcombe's
 * hybrid score interval (Newcombe 1998, method 10) from the two Wilson intervals, which never
 * leaves [−1, 1]. Null when n1 or n2 is 0. When both shares are 0 or both are 1 (pooled share 0
 * or 1) there is no variance to test against: statistic 0 and p-value 1 (R returns NaN there).
 */
export function twoProportion(k1: number, n1: number, k2: number, n2: number): Test | null {
  if (!(n1 > 0 && n2 > 0)) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const difference = p1 - p2;
  const [l1, u1] = wilson(k1, n1, Z975);
  const [l2, u2] = wilson(k2, n2, Z975);
  const low = difference - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const high = difference + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { difference, low, high, pValue: 1, statistic: 0, df: null };
  const z = difference / se;
  return { difference, low, high, pValue: zTwoSidedP(z), statistic: z, df: null };
}

/**
 * Mean of the paired differences aᵢ − bᵢ over the pairs where both are finite, with its 95%
 * t-interval, as R's `t.test(a, b, paired = TRUE)`. Null when no pair is complete; n = 1 gives
 * NaN bounds (see `meanInterval`). `a` and `b` are read up to the shorter length.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Interval | null {
  const m = emptyMoments();
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (Number.isFinite(ai) && Number.isFinite(bi)) addValue(m, ai - bi);
  }
  return meanInterval(m);
}
