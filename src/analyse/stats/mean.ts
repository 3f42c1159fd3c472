/**
 * The mean with its t-interval: mean ± t(0.975, n − 1) · s / √n.
 */
import type { Interval } from './interval.js';
import { type Moments, momentsOf, variance } from './moments.js';
import { tQuantile } from './quantiles.js';

/**
 * Mean of a sample with its 95% t-interval, as R's `t.test(x)$conf.int`.
 * Null when n = 0. For n = 1 the estimate is the value and `low`, `high`, `se` are NaN
 * (no spread to estimate from one value).
 */
export function meanInterval(m: Moments): Interval | null {
  if (m.n === 0) return null;
  if (m.n === 1) return { n: 1, estimate: m.mean, low: Number.NaN, high: Number.NaN, se: Number.NaN };
  const se = Math.sqrt(variance(m) / m.n);
  const half = tQuantile(0.975, m.n - 1) * se;
  return { n: m.n, estimate: m.mean, low: m.mean - half, high: m.mean + half, se };
}

/** {@link meanInterval} of the finite values in `values` (NaN skipped). */
export function meanOf(values: ArrayLike<number>): Interval | null {
  return meanInterval(momentsOf(values));
}
