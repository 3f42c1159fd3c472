/**
 * Internal consistency of a scale (index): Cronbach's alpha.
 */

/**
 * Cronbach's alpha of item scores, rows = respondents, columns = the k items:
 *   α = k / (k − 1) · (1 − Σ var(itemⱼ) / var(row total)),
 * with sample variances (n − 1). Only complete cases count: rows with k values, all finite,
 * where k is the length of the longest row. Null when k < 2, fewer than 2 complete rows, or
 * the total score has zero variance.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  let k = 0;
  for (const row of rows) k = Math.max(k, row.length);
  if (k < 2) return null;
  const complete = rows.filter((row) => row.length === k && row.every((v) => Number.isFinite(v)));
  const n = complete.length;
  if (n < 2) return null;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += sampleVariance(complete.map((row) => row[j] as number));
  const totalVariance = sampleVariance(complete.map((row) => row.reduce((s, v) => s + v, 0)));
  if (!(totalVariance > 0)) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

function sampleVariance(xs: readonly number[]): number {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return xs.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (xs.length - 1);
}
