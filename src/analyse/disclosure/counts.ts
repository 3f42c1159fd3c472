/**
 * The respondent counts of a run as one linked table (statistics.md, Linked tables): each region's
 * roles add up to the region's role total, its residents' and professionals' roles to the two
 * sides' totals (published as the n of the perspective gap), every region's count of a role to the
 * national count of that role, subregions to the region, municipalities to their subregion.
 * Counts under the threshold are hidden, then the fewest other cells so that no equation, nor any
 * combination of them, gives a hidden count back (privacy/linked.ts). The role question's shares
 * follow: a share times its n is a count.
 *
 * What is published, and so what an attacker knows:
 *  - a result's respondent count, always (fixed);
 *  - its role total (the n of the role question): fixed when it is the respondent count (everyone
 *    gave a role); else published as the n of the role shares while one of them is shown, and
 *    hideable at a high cost (all role shares go); else not published;
 *  - a region's two side totals, as the n of its perspective gap while one comparison is shown;
 *    hideable as one at the highest cost (the region's perspective gap goes, and the national
 *    comparisons it is part of). The national perspective gap rests only on regions that publish
 *    theirs (index.ts, `nationalFor`), so its n is the sum of published regional side totals and
 *    adds no equation of its own.
 * With only the respondent counts fixed, nothing small follows from the fixed cells alone (a
 * region's roles are two or more cells, or one equal to the region's n; subregions and
 * municipalities form a tree under it), so suppression always finds a pattern.
 */
import { suppressLinked } from '../privacy/linked.js';
import type { ChoiceResult, CountCell, Estimate, RegionResult } from '../types.js';
import { hideCell, hideComparison, hideSecondary } from './hide.js';

/** Hiding a role total hides the role question's shares: dearer than any set of counts. */
const TOTAL_COST = 1_000;
/** Hiding a region's side totals hides its perspective gap: dearer still. */
const SIDES_COST = 1_000_000;

interface Builder {
  counts: number[];
  fixed: boolean[];
  unpublished: boolean[];
  /** Totals hidden only to take their equation away (their value is no secret). */
  mayFollow: boolean[];
  cost: number[];
  cells: (CountCell | null)[];
  lines: number[][];
  together: number[][];
}

type Kind = 'count' | 'fixed' | 'hideable' | 'unpublished';

function add(b: Builder, count: number, kind: Kind, cell: CountCell | null = null, cost = 1): number {
  b.counts.push(count);
  b.fixed.push(kind === 'fixed');
  b.unpublished.push(kind === 'unpublished');
  b.mayFollow.push(kind === 'hideable');
  b.cost.push(cost);
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
  const { regions, national, minCount } = input;
  const b: Builder = {
    counts: [],
    fixed: [],
    unpublished: [],
    mayFollow: [],
    cost: [],
    cells: [],
    lines: [],
    together: [],
  };
  const totalOf = (cells: CountCell[]) => cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
  const roleShares = (r: RegionResult): Estimate[] =>
    input.roleQuestion ? (r.choices.find((c) => c.item === input.roleQuestion)?.shares ?? []) : [];
  const roleIds = new Map<RegionResult, number[]>();
  const roleTotals = new Map<RegionResult, number>();
  const sideTotals = new Map<RegionResult, number[]>();
  for (const r of [...regions, national]) {
    const roles = r.response.byRole;
    const ids = roles.map((c) => add(b, c.count ?? 0, 'count', c));
    roleIds.set(r, ids);
    if (roles.length > 0) {
      const total = totalOf(roles);
      let id: number;
      if (total === r.response.respondents) id = add(b, total, 'fixed');
      else if (roleShares(r).some((e) => !e.suppressed)) {
        id = add(b, total, 'hideable', null, TOTAL_COST);
        roleTotals.set(r, id);
      } else id = add(b, total, 'unpublished');
      b.lines.push([id, ...ids]);
      if (r !== national && r.perspective.some((c) => !c.a.suppressed || !c.b.suppressed)) {
        const group: number[] = [];
        for (const codes of [input.residents, input.professionals]) {
          const members = roles.flatMap((c, k) => (codes.includes(Number(c.key)) ? [k] : []));
          if (members.length === 0) continue;
          const side = add(b, totalOf(members.map((k) => roles[k]!)), 'hideable', null, SIDES_COST);
          b.lines.push([side, ...members.map((k) => ids[k]!)]);
          group.push(side);
        }
        if (group.length > 0) {
          b.together.push(group);
          sideTotals.set(r, group);
        }
      }
    }
    if (r === national) continue;
    const subs = r.response.bySubregion;
    if (subs.length > 0) {
      const subIds = subs.map((c) => add(b, c.count ?? 0, 'count', c));
      b.lines.push([add(b, r.response.respondents, 'fixed'), ...subIds]);
      subs.forEach((s, k) => {
        const munis = r.response.byMunicipality.filter((m) => m.subregion === s.key);
        if (munis.length > 0)
          b.lines.push([subIds[k]!, ...munis.map((m) => add(b, m.count ?? 0, 'count', m))]);
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
  // A hidden role total takes the role question's shares with it: with the total gone, their
  // ratios would still give a hidden count from a shown one.
  for (const [r, id] of roleTotals) if (hidden[id]) for (const e of roleShares(r)) hideSecondary(e);
  // Hidden side totals take the region's perspective gap with it, and the national comparisons that
  // counted the region in (the national figure minus the other regions would give it back).
  // (Every result's perspective gap has the same comparisons in the same order.)
  const left = new Set<number>();
  for (const [r, ids] of sideTotals) {
    if (!ids.some((id) => hidden[id])) continue;
    r.perspective.forEach((c, k) => {
      if (!c.difference.suppressed) left.add(k);
      hideComparison(c);
    });
  }
  national.perspective.forEach((c, k) => {
    if (left.has(k)) hideComparison(c);
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
