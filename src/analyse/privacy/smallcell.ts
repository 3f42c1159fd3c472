/**
 * Whether an estimate may be published (statistics.md "Small cells", reliability.md §1): the
 * group must be large enough, and a share must not reveal what (almost) everyone in it answered.
 */

/**
 * Whether a group of `n` unweighted respondents is too small to publish an estimate for:
 * `n < minCell` (the `--min-cell` option, 10 by default in the pipeline).
 */
export function isSmallCell(n: number, minCell: number): boolean {
  return n < minCell;
}

/** Below this n, a share of 0% or 100% is disclosive (reliability.md §1). */
const MIN_N_FOR_ALL_OR_NONE = 20;

/** Numerator (or its complement) of 1 up to this count is class disclosure on a sensitive item. */
const MAX_CLASS_COUNT = 4;

/**
 * Whether publishing the share `k / n` (k of n unweighted respondents) discloses something about
 * individuals (reliability.md §1):
 * - 0% or 100% (`k` is 0 or `n`) with `n < 20`: everyone in a small group gave the same answer;
 * - for a `sensitive` item also when `k` or `n − k` is 1–4 (class disclosure: the few who answered
 *   otherwise are recognisable).
 *
 * The minimum group size is checked separately by `isSmallCell`. Throws a RangeError unless
 * `0 ≤ k ≤ n` are integers.
 */
export function isDisclosiveShare(k: number, n: number, sensitive: boolean): boolean {
  checkShare(k, n);
  if ((k === 0 || k === n) && n < MIN_N_FOR_ALL_OR_NONE) return true;
  if (!sensitive) return false;
  return isFew(k) || isFew(n - k);
}

const isFew = (count: number) => count >= 1 && count <= MAX_CLASS_COUNT;

function checkShare(k: number, n: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) {
    throw new RangeError(`a share needs integers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
}

/**
 * Whether the answer distribution of one question in one group (counts per option, each
 * respondent one answer) discloses something about individuals, so that none of its figures (shares,
 * mean, median) may be published for the group:
 * - everyone gave the same answer, in a group under 20 (reliability.md §1: 100% with n < 20; the
 *   other options are then 0%);
 * - on a `sensitive` question, an answer given by 1–4 respondents, or by all but 1–4 (class disclosure).
 * Hiding one share of a distribution would not help: the others add up to 100%.
 */
export function isDisclosiveDistribution(counts: readonly number[], sensitive: boolean): boolean {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return false;
  for (const k of counts) checkShare(k, n);
  if (n < MIN_N_FOR_ALL_OR_NONE && counts.some((k) => k === n)) return true;
  return sensitive && counts.some((k) => isFew(k) || (k > 0 && isFew(n - k)));
}
