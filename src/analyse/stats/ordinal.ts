/**
 * Summaries of ordinal codes (participation ladder rungs, Likert options).
 */

/**
 * Median as R's `median(x, na.rm = TRUE)`: the middle value for odd n, the mean of the two
 * middle values for even n. NaN values are skipped; null when none is left.
 */
export function median(values: ArrayLike<number>): number | null {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) xs.push(v);
  }
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  const upper = xs[mid] as number;
  return xs.length % 2 === 1 ? upper : ((xs[mid - 1] as number) + upper) / 2;
}

/**
 * The same median from category counts: no sort of the data, one pass over the categories, so a
 * million ladder answers cost nothing. Null when every count is 0.
 */
export function medianOfCounts(categories: readonly number[], counts: readonly number[]): number | null {
  const order = categories
    .map((_, i) => i)
    .sort((a, b) => (categories[a] as number) - (categories[b] as number));
  const sortedCategories = order.map((i) => categories[i] as number);
  const sortedCounts = order.map((i) => counts[i] as number);
  const n = sortedCounts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  // The values at 0-based positions lo and hi of the sorted data (equal when n is odd).
  const lo = (n - 1) >> 1;
  const hi = n >> 1;
  let seen = 0;
  let low: number | null = null;
  for (let i = 0; i < sortedCategories.length; i++) {
    seen += sortedCounts[i] as number;
    if (low === null && seen > lo) low = sortedCategories[i] as number;
    if (seen > hi) return ((low as number) + (sortedCategories[i] as number)) / 2;
  }
  return low;
}

/**
 * Counts of each category in `codes`, in the order of `categories`; `n` counts the codes that
 * are one of the categories (anything else, e.g. a missing code, is left out).
 */
export function distribution(
  codes: ArrayLike<number>,
  categories: readonly number[],
): { counts: number[]; n: number } {
  const position = new Map<number, number>();
  categories.forEach((c, i) => {
    if (!position.has(c)) position.set(c, i);
  });
  const counts = categories.map(() => 0);
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    const at = position.get(codes[i] as number);
    if (at === undefined) continue;
    counts[at] = (counts[at] as number) + 1;
    n += 1;
  }
  return { counts, n };
}
