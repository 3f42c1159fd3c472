/**
 * False discovery rate control across all comparisons shown in one report.
 */

/**
 * Benjamini–Hochberg adjusted p-values (q-values), equal to R's `p.adjust(p, 'BH')`.
 * Nulls (comparisons not tested) pass through as null and do not count in m; NaN passes
 * through as NaN and does not count either (as R treats NA). Output is in input order.
 */
export function benjaminiHochberg(p: readonly (number | null)[]): (number | null)[] {
  const out: (number | null)[] = p.map((v) => (v === null ? null : Number.NaN));
  const idx: number[] = [];
  p.forEach((v, i) => {
    if (v !== null && !Number.isNaN(v)) idx.push(i);
  });
  const m = idx.length;
  // Largest p first; q(i) = min over j ≥ i of m / j · p(j), capped at 1.
  idx.sort((x, y) => (p[y] as number) - (p[x] as number));
  let running = Number.POSITIVE_INFINITY;
  idx.forEach((orig, r) => {
    const rank = m - r;
    running = Math.min(running, (m / rank) * (p[orig] as number));
    out[orig] = Math.min(1, running);
  });
  return out;
}
