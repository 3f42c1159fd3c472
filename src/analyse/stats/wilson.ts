/**
 * Shares with the Wilson score interval (Wilson 1927), which stays inside [0, 1] and behaves
 * at 0 and n successes; weighted shares use it on Kish's effective sample size.
 */
import type { Interval } from './interval.js';
import { Z975 } from './quantiles.js';

/**
 * Wilson score interval for a proportion `p` (0..1) observed on `n` trials (n may be
 * fractional, as an effective sample size). Returns [NaN, NaN] when n ≤ 0 or p is not in [0, 1].
 */
function wilsonOf(p: number, n: number, z: number): [number, number] {
  if (!(n > 0) || !(p >= 0 && p <= 1)) return [Number.NaN, Number.NaN];
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  const low = p === 0 ? 0 : Math.max(0, centre - half);
  const high = p === 1 ? 1 : Math.min(1, centre + half);
  return [low, high];
}

/**
 * Wilson score interval for `k` successes out of `n` (R's `prop.test(k, n, correct = FALSE)$conf.int`).
 * `z` defaults to {@link Z975} (95%). `n = 0` gives [NaN, NaN].
 */
export function wilson(k: number, n: number, z: number = Z975): [number, number] {
  return wilsonOf(k / n, n, z);
}

/**
 * The share k / n with its 95% Wilson interval; `se` is the binomial √(p(1 − p)/n).
 * Null when n = 0.
 */
export function shareInterval(k: number, n: number): Interval | null {
  if (!(n > 0)) return null;
  const p = k / n;
  const [low, high] = wilson(k, n);
  return { n, estimate: p, low, high, se: Math.sqrt((p * (1 - p)) / n) };
}

/**
 * Wilson interval for a weighted share `p` (Σw·[yes] / Σw, 0..1) on Kish's effective sample size
 * `nEff` (see `kishEffectiveN`). `z` defaults to {@link Z975}. [NaN, NaN] when nEff ≤ 0.
 */
export function wilsonEffective(p: number, nEff: number, z: number = Z975): [number, number] {
  return wilsonOf(p, nEff, z);
}
