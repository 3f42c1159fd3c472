/**
 * Internal consistency of a scale (index): Cronbach's alpha,
 *   α = k / (k − 1) · (1 − Σ var(itemⱼ) / var(row total)),
 * with sample variances (n − 1), over the complete cases only.
 */
import { addValue, emptyMoments, type Moments, mergeMoments, variance } from './moments.js';

/**
 * What alpha adds up over complete cases: the moments of each item and of the row total.
 * Mergeable: the moments of disjoint sets of rows combine ({@link mergeAlphaMoments}).
 */
export interface AlphaMoments {
  items: Moments[];
  total: Moments;
}

/** The moments of no rows of k items: the identity of {@link mergeAlphaMoments}. */
export function emptyAlphaMoments(k: number): AlphaMoments {
  return { items: Array.from({ length: k }, emptyMoments), total: emptyMoments() };
}

/** Add one complete row (k finite values) in place. */
export function addAlphaRow(m: AlphaMoments, row: ArrayLike<number>): void {
  let total = 0;
  for (let j = 0; j < m.items.length; j++) {
    addValue(m.items[j]!, row[j] as number);
    total += row[j] as number;
  }
  addValue(m.total, total);
}

/** The moments of two disjoint sets of rows together (the same items). */
export function mergeAlphaMoments(a: AlphaMoments, b: AlphaMoments): AlphaMoments {
  if (a.items.length !== b.items.length) throw new Error('alpha over different items cannot be merged');
  return {
    items: a.items.map((m, j) => mergeMoments(m, b.items[j]!)),
    total: mergeMoments(a.total, b.total),
  };
}

/**
 * Alpha from the moments of complete cases. Null when k < 2, fewer than 2 complete rows, or the
 * total score has zero variance.
 */
export function alphaOfMoments(m: AlphaMoments): number | null {
  const k = m.items.length;
  if (k < 2 || m.total.n < 2) return null;
  let itemVariances = 0;
  for (const item of m.items) itemVariances += variance(item);
  const totalVariance = variance(m.total);
  if (!(totalVariance > 0)) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/**
 * Cronbach's alpha of item scores, rows = respondents, columns = the k items. Only complete cases
 * count: rows with k values, all finite, where k is the length of the longest row.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  let k = 0;
  for (const row of rows) k = Math.max(k, row.length);
  if (k < 2) return null;
  const m = emptyAlphaMoments(k);
  for (const row of rows) if (row.length === k && row.every((v) => Number.isFinite(v))) addAlphaRow(m, row);
  return alphaOfMoments(m);
}
