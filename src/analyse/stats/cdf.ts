/**
 * Cumulative distribution functions for the p-values of the comparison tests, as R's `pnorm` / `pt`.
 */
import normalCdfBase from '@stdlib/stats-base-dists-normal-cdf';
import studentCdf from '@stdlib/stats-base-dists-t-cdf';

/** P(Z ≤ x) for a standard normal Z, R's `pnorm(x)`. */
export function normalCdf(x: number): number {
  return normalCdfBase(x, 0, 1);
}

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df > 0, may be fractional), R's `pt(x, df)`. */
export function tCdf(x: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return normalCdf(x);
  return studentCdf(x, df);
}

/** Two-sided p-value of a t statistic: 2 · P(T ≥ |t|). */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided p-value of a z statistic: 2 · P(Z ≥ |z|). */
export function zTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
