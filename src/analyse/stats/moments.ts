/**
 * Mergeable sufficient statistics of a sample: count, mean and sum of squared deviations.
 * Partial aggregates from chunks, workers or regions combine exactly (Chan et al.'s parallel
 * update), so streaming, parallelism and a national run are the same code path. Mean and M2
 * rather than raw sums keep the variance accurate when the mean is large relative to the spread.
 */
export interface Moments {
  /** Number of values added. */
  n: number;
  /** Mean of the values added (0 when n = 0). */
  mean: number;
  /** Sum of squared deviations from the mean, Σ(x − mean)² (0 when n < 2). */
  m2: number;
}

/** Moments of no values: the identity of {@link mergeMoments}. */
export function emptyMoments(): Moments {
  return { n: 0, mean: 0, m2: 0 };
}

/** Add one value to `m` in place (Welford's update). Non-finite values (NaN, ±Infinity) are ignored. */
export function addValue(m: Moments, x: number): void {
  if (!Number.isFinite(x)) return;
  m.n += 1;
  const delta = x - m.mean;
  m.mean += delta / m.n;
  m.m2 += delta * (x - m.mean);
}

/** Moments of the finite values in `values`. */
export function momentsOf(values: ArrayLike<number>): Moments {
  const m = emptyMoments();
  for (let i = 0; i < values.length; i++) addValue(m, values[i] as number);
  return m;
}

/**
 * Moments of data given as category counts (`counts[k]` values equal to `values[k]`): the mean and
 * the sum of squared deviations in two exact passes over the categories, not over the data.
 */
export function momentsOfCounts(values: readonly number[], counts: ArrayLike<number>): Moments {
  let n = 0;
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    n += counts[k] as number;
    sum += (counts[k] as number) * (values[k] as number);
  }
  if (n === 0) return emptyMoments();
  const mean = sum / n;
  let m2 = 0;
  for (let k = 0; k < values.length; k++) {
    const d = (values[k] as number) - mean;
    m2 += (counts[k] as number) * d * d;
  }
  return { n, mean, m2 };
}

/** Moments of the union of two samples (Chan et al. 1979); neither input is changed. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
  };
}

/** Sample variance with denominator n − 1 (R's `var`); NaN when n < 2. */
export function variance(m: Moments): number {
  return m.n < 2 ? Number.NaN : m.m2 / (m.n - 1);
}

/** Sample standard deviation (R's `sd`); NaN when n < 2. */
export function standardDeviation(m: Moments): number {
  return Math.sqrt(variance(m));
}

/**
 * Moments of what is left of `whole` without `part` (Chan's merge solved for the other half):
 * the rest of the country from the country and one region, without reading the rest's data.
 * `part` must be a subset of `whole`.
 */
export function subtractMoments(whole: Moments, part: Moments): Moments {
  const n = whole.n - part.n;
  if (n <= 0) return emptyMoments();
  if (part.n === 0) return { ...whole };
  const mean = (whole.n * whole.mean - part.n * part.mean) / n;
  const delta = mean - part.mean;
  const m2 = whole.m2 - part.m2 - (delta * delta * part.n * n) / whole.n;
  return { n, mean, m2: Math.max(0, m2) };
}
