/**
 * The respondent counts of a run as one linked table (statistics.md, Linked tables): each region's
 * roles add up to the region's role total, its residents' and professionals' roles to the two
 * sides' totals (published as the n of the perspective gap), every region's count of a role to the
 * national count of that role, subregions to the region, municipalities to their subregion.
 * Counts under the threshold are hidden, then complementary cells until no equation gives a
 * hidden count back. The role question's shares follow: a share times its n is a count.
 */
import { suppressLinked } from '../privacy/linked.js';
import type { ChoiceResult, CountCell, RegionResult } from '../types.js';
import { hideCell, hideSecondary } from './hide.js';

interface Builder {
  counts: number[];
  fixed: boolean[];
  cells: (CountCell | null)[];
  lines: number[][];
}

function add(b: Builder, count: number, fixed: boolean, cell: CountCell | null): number {
  b.counts.push(count);
  b.fixed.push(fixed);
  b.cells.push(cell);
  return b.counts.length - 1;
}

export interface CountsInput {
  /** The reported regions; `national` is their sum. */
  regions: RegionResult[];
  national: RegionResult;
  residents: readonly number[];
  professionals: readonly number[];
  /** The role question id, if any (its shares follow the hidden counts). */
  roleQuestion: string | undefined;
  minCell: number;
  minCount: number;
}

/** Suppress the run's counts as one linked table; returns how many cells were hidden, primary and secondary. */
export function protectCounts(input: CountsInput): { primary: number; secondary: number } {
  const { regions, national, minCell, minCount } = input;
  const b: Builder = { counts: [], fixed: [], cells: [], lines: [] };
  const totalOf = (cells: CountCell[]) => cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
  // A side's total is published (as the n of its figures) only from the minimum cell size up.
  const sideLine = (cells: CountCell[], codes: readonly number[], ids: number[]) => {
    const members = cells.flatMap((c, k) => (codes.includes(Number(c.key)) ? [ids[k]!] : []));
    const total = totalOf(cells.filter((c) => codes.includes(Number(c.key))));
    if (members.length > 0 && total >= minCell) b.lines.push([add(b, total, true, null), ...members]);
  };
  const roleIds = new Map<RegionResult, number[]>();
  for (const r of [...regions, national]) {
    const roles = r.response.byRole;
    const ids = roles.map((c) => add(b, c.count ?? 0, false, c));
    roleIds.set(r, ids);
    if (roles.length > 0) {
      const total = totalOf(roles);
      b.lines.push([add(b, total, total >= minCell, null), ...ids]);
      sideLine(roles, input.residents, ids);
      sideLine(roles, input.professionals, ids);
    }
    if (r === national) continue;
    const subs = r.response.bySubregion;
    if (subs.length > 0) {
      const subIds = subs.map((c) => add(b, c.count ?? 0, false, c));
      b.lines.push([add(b, r.response.respondents, true, null), ...subIds]);
      subs.forEach((s, k) => {
        const munis = r.response.byMunicipality.filter((m) => m.subregion === s.key);
        if (munis.length > 0) b.lines.push([subIds[k]!, ...munis.map((m) => add(b, m.count ?? 0, false, m))]);
      });
    }
  }
  // Every region's count of a role adds up to the national count of that role.
  const nationalIds = roleIds.get(national) ?? [];
  nationalIds.forEach((id, k) => {
    b.lines.push([
      id,
      ...regions.map((r) => roleIds.get(r)?.[k]).filter((x): x is number => x !== undefined),
    ]);
  });

  const { hidden, primary } = suppressLinked(b, minCount);
  let p = 0;
  let s = 0;
  b.cells.forEach((cell, i) => {
    if (!cell || !hidden[i]) return;
    hideCell(cell, primary[i]!);
    if (primary[i]) p++;
    else s++;
  });
  if (input.roleQuestion) for (const r of [...regions, national]) followCounts(r, input.roleQuestion);
  return { primary: p, secondary: s };
}

/** Hide the shares of the role question whose count is hidden. */
function followCounts(r: RegionResult, roleQuestion: string): void {
  const shares: ChoiceResult | undefined = r.choices.find((c) => c.item === roleQuestion);
  if (!shares) return;
  const hidden = new Set(r.response.byRole.filter((c) => c.suppressed).map((c) => c.key));
  for (const e of shares.shares) if (hidden.has(e.category)) hideSecondary(e);
}
