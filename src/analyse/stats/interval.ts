/**
 * An estimate with its 95% interval: the shape every estimator of this library returns.
 */
export interface Interval {
  /** Unweighted number of observations the estimate rests on. */
  n: number;
  /** Point estimate (mean, share 0..1, difference, …). */
  estimate: number;
  /** Lower bound of the 95% interval; NaN when it cannot be computed (e.g. n = 1 for a mean). */
  low: number;
  /** Upper bound of the 95% interval; NaN when it cannot be computed. */
  high: number;
  /** Standard error of the estimate, same units; NaN when it cannot be computed. */
  se: number;
}
