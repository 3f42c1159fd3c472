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
