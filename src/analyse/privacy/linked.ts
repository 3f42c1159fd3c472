/**
 * Cell suppression in linked tables (statistics.md "Small cells", Linked tables): counts joined by
 * published equations, such as a region's roles adding up to the region's total, residents' roles
 * to the residents' total, and every region's count of a role to the national count of that role.
 * A count under the threshold is hidden (primary); then, while some equation has exactly one hidden
 * cell (which would follow from the equation), the smallest other shown cell of that equation is
 * hidden too (secondary, the usual heuristic of statistical offices; Hundepool et al. 2012, ch. 4).
 */

export interface LinkedTable {
  /** Every cell's count (non-negative). */
  counts: readonly number[];
  /** Cells that are published whatever happens (totals published elsewhere, e.g. a region's n). */
  fixed: readonly boolean[];
  /**
   * Equations: the cells of each add up to a published relation (a total and its parts, the total
   * itself one of the cells when it is a cell). One hidden cell in an equation can be derived.
   */
  lines: readonly (readonly number[])[];
}

export interface LinkedSuppression {
  /** Cells not to publish. */
  hidden: boolean[];
  /** Cells hidden because they are small themselves. */
  primary: boolean[];
}

/**
 * Suppress `0 < count < minCount` (primary), then complementary cells until no equation has exactly
 * one hidden cell. The partner in an equation is its smallest shown non-zero cell that is not fixed,
 * else a shown zero. A cell alone among fixed cells of an equation is derivable from them, so it is
 * treated as published too; such a cell can never be small when every fixed total is at least
 * `minCount`. Throws when a small cell cannot be protected (an internal error: the caller must only
 * fix totals of at least `minCount`).
 */
export function suppressLinked(table: LinkedTable, minCount = 5): LinkedSuppression {
  const { counts, lines } = table;
  const fixed = [...table.fixed];
  // A cell whose equation has every other cell fixed is as good as published.
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const open = line.filter((c) => !fixed[c]);
      if (open.length === 1) {
        fixed[open[0]!] = true;
        changed = true;
      }
    }
  }
  const primary = counts.map((c) => c > 0 && c < minCount);
  const exposed = primary.findIndex((p, c) => p && fixed[c]);
  if (exposed >= 0)
    throw new Error(
      `cell ${exposed} (count ${counts[exposed]}) is small but derivable from published totals`,
    );
  const hidden = [...primary];
  changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenHere = line.filter((c) => hidden[c]).length;
      if (hiddenHere !== 1) continue;
      const partner = partnerIn(line, counts, hidden, fixed);
      if (partner === undefined)
        throw new Error('an equation has a lone hidden cell and no cell to pair it with');
      hidden[partner] = true;
      changed = true;
    }
  }
  return { hidden, primary };
}

/** The smallest shown non-zero cell of an equation that may be hidden, else its first shown zero. */
function partnerIn(
  line: readonly number[],
  counts: readonly number[],
  hidden: readonly boolean[],
  fixed: readonly boolean[],
): number | undefined {
  const rank = (c: number) => (counts[c] === 0 ? Number.POSITIVE_INFINITY : counts[c]!);
  let best: number | undefined;
  for (const c of line) {
    if (hidden[c] || fixed[c]) continue;
    if (best === undefined || rank(c) < rank(best)) best = c;
  }
  return best;
}
