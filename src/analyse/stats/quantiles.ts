/**
 * Exact quantiles of the standard normal and Student t distributions, as R's `qnorm` / `qt`
 * compute them (never 1.96 or a lookup table: that moves an interval bound by more than 1e-6).
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import studentQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Quantile of the standard normal distribution at probability `p` (0..1), R's `qnorm(p)`.
 * NaN outside [0, 1].
 */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/**
 * Quantile of Student's t distribution with `df` degrees of freedom (df > 0, may be fractional,
 * as for Welch), R's `qt(p, df)`. `df = Infinity` gives the normal quantile; NaN for df ≤ 0.
 */
export function tQuantile(p: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return zQuantile(p);
  return studentQuantile(p, df);
}

/** `qnorm(0.975)` = 1.959963984540054: the z of a two-sided 95% interval. */
export const Z975: number = zQuantile(0.975);
