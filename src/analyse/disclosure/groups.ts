/**
 * Suppression between groups of one region (statistics.md, Linked tables): a group's figure must
 * not follow from the region's figure minus the other groups'.
 *  - The perspective gap: when residents' or professionals' figure is hidden, both are, since the
 *    region's figure and one side give the other side back.
 *  - Subregions: when one subregion's index score is hidden, the region's score minus the other
 *    subregions' gives it back, so the smallest other subregion is hidden too; a subregion whose
 *    respondent count is hidden shows no index either (its n would give the count).
 */
import type { RegionResult } from '../types.js';
import { hideComparison, hideSecondary } from './hide.js';

/** Hide both sides of every perspective comparison of which one side is hidden. */
export function pairPerspective(result: RegionResult): void {
  for (const c of result.perspective)
    if (c.a.suppressed || c.b.suppressed || c.difference.suppressed) hideComparison(c);
}

/** Complementary suppression of the index scores per subregion. */
export function complementSubregions(result: RegionResult): void {
  const countHidden = new Set(result.response.bySubregion.filter((c) => c.suppressed).map((c) => c.key));
  const regionScores = new Map(result.indices.map((i) => [i.index, i.score]));
  const indexIds = result.indicesBySubregion[0]?.scores.map((e) => e.item) ?? [];
  for (const id of indexIds) {
    const cells = result.indicesBySubregion.flatMap((s) =>
      s.scores.filter((e) => e.item === id).map((e) => ({ s, e })),
    );
    for (const { s, e } of cells) if (countHidden.has(s.subregion)) hideSecondary(e);
    // The region's score is the published total of the subregions' scores.
    if (regionScores.get(id)?.suppressed) continue;
    for (;;) {
      const hidden = cells.filter(({ e }) => e.suppressed && e.n > 0);
      if (hidden.length !== 1) break;
      const partner = cells
        .filter(({ e }) => !e.suppressed)
        .sort((a, b) => a.e.n - b.e.n || a.s.subregion.localeCompare(b.s.subregion))[0];
      if (!partner) break;
      hideSecondary(partner.e);
    }
  }
}
