/**
 * The largest and smallest of many numbers by a loop. `Math.max(...values)` passes every value as
 * an argument, and a few hundred thousand of them overflow the call stack; these take any number.
 */

/** The largest of `values` and `floor` (default −∞); NaN when one is NaN, as `Math.max`. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const v of values) max = Math.max(max, v);
  return max;
}

/** The smallest of `values` and `ceiling` (default +∞); NaN when one is NaN, as `Math.min`. */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const v of values) min = Math.min(min, v);
  return min;
}
