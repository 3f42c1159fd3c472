/**
 * Everything a regioscan shows for one region (or for the whole run): response, Likert items,
 * indices, ladder, importance–performance, the perspective gap, choices, numbers and quotes. The
 * benchmark against the rest of the country is added afterwards (benchmark.ts), once the national
 * figures are known.
 */
import type { LikertQuestion, NumericQuestion } from '../model/codebook.js';
import { analyseChoice } from './choices.js';
import { codeStats } from './coded.js';
import { compareMeans, type Measure } from './compare.js';
import type { Context, Place } from './context.js';
import { analyseIndex, indexStats } from './indices.js';
import { analyseIpa } from './ipa.js';
import { analyseLadder } from './ladder.js';
import { analyseLikert } from './likert.js';
import { analyseNumeric } from './numeric.js';
import { collectQuotes } from './quotes.js';
import { analyseResponse } from './response.js';
import { type Selection, selectCodes, selectGroups } from './select.js';
import type { Accounting, RegionResult } from './types.js';

export interface RegionScope {
  name: string;
  slug: string;
  /** Index in the region table, or null for the whole run. */
  index: number | null;
  /** The respondents of the region (of the reported regions, for the whole run). */
  selection: Selection;
  /**
   * The respondents a measure is computed over: `selection`, or for the whole run `selection`
   * without the regions where that measure is not published (so no national figure minus the
   * published regions gives a hidden one away). Keys: a question, index, phase or theme id, or
   * `group:<id>` for the two sides of the perspective gap.
   */
  selectionFor?: (key: string) => Selection;
  /** The scope's own input rows. */
  accounting: Accounting;
}

export const GROUP_RESIDENTS = 'rol=inwoner';
export const GROUP_PROFESSIONALS = 'rol=professional';

/** The key of a measure of the perspective gap in `RegionScope.selectionFor`. */
export const groupKey = (item: string) => `group:${item}`;
/** The key of an index's Cronbach's alpha in `RegionScope.selectionFor`. */
export const alphaKey = (index: string) => `alpha:${index}`;

/** The measures compared between groups: every Likert item, index and ladder question. */
export function comparedMeasures(ctx: Context): { items: Measure[]; indices: Measure[]; ladder: Measure[] } {
  const { codebook } = ctx;
  return {
    items: codebook.questions
      .filter((q): q is LikertQuestion => q.type === 'likert')
      .map((q) => ({ item: q.id, indicator: 'mean', stats: (s: Selection) => codeStats(ctx, q.id, s) })),
    indices: codebook.indices.map((index) => ({
      item: index.id,
      indicator: 'index_score',
      stats: (s: Selection) => indexStats(ctx, index, s),
    })),
    // The ladder as it is now and as it should be: "do residents and professionals see it the same,
    // and want the same?" (statistics.md, Comparisons).
    ladder: codebook.questions
      .filter((q) => q.type === 'ladder')
      .map((q) => ({ item: q.id, indicator: 'mean_rung', stats: (s: Selection) => codeStats(ctx, q.id, s) })),
  };
}

/**
 * Everything measured over one region (or the country). `same`: the unweighted result of the same
 * scope, when this is the weighted pass, whose response and quotes do not depend on weights and
 * are taken as they are instead of being counted and collected again.
 */
export function analyseRegion(
  ctx: Context,
  scope: RegionScope,
  same?: Pick<RegionResult, 'response' | 'quotes'>,
): RegionResult {
  const { codebook, survey } = ctx;
  const sel = scope.selectionFor ?? (() => scope.selection);
  const regionLabel = scope.index === null ? 'all' : scope.name;
  const place: Place = { region: regionLabel, subregion: 'all', group: 'all' };
  const likertQs = codebook.questions.filter((q): q is LikertQuestion => q.type === 'likert');
  const ladder = analyseLadder(ctx, sel, place);
  const { ipa, opportunities, strengths } = analyseIpa(ctx, sel, place);
  const measures = comparedMeasures(ctx);

  const role = codebook.role;
  const roleColumn = role ? ctx.column(role.question) : undefined;
  const roleCodes = roleColumn?.kind === 'code' ? roleColumn.codes : new Int16Array(0);
  // The two sides of the gap, split once per selection (most measures share one).
  const sides = new Map<Selection, { residents: Selection; professionals: Selection }>();
  const sidesOf = (within: Selection) => {
    let found = sides.get(within);
    if (!found && role) {
      // A side of a union of cells is the union of its role's cells.
      const side = (codes: readonly number[]) => {
        const selection = selectCodes(within, roleCodes, codes);
        const union = ctx.cells.of(within);
        const cells = union && ctx.cells.withRole(union, codes);
        return cells ? ctx.cells.name(selection, cells) : selection;
      };
      found = { residents: side(role.residents), professionals: side(role.professionals) };
      sides.set(within, found);
    }
    return found!;
  };
  const perspective = role
    ? [...measures.ladder, ...measures.items, ...measures.indices].map((m) => {
        const { residents, professionals } = sidesOf(sel(groupKey(m.item)));
        return compareMeans(
          ctx,
          m,
          { stats: m.stats(residents), place: { ...place, group: GROUP_RESIDENTS } },
          { stats: m.stats(professionals), place: { ...place, group: GROUP_PROFESSIONALS } },
          'diff_residents_professionals',
        );
      })
    : [];

  const subregions = survey.regions.subregions
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => scope.index !== null && s.region === scope.index);
  const bySubregion =
    subregions.length > 0
      ? selectGroups(scope.selection, survey.subregion, survey.regions.subregions.length)
      : [];
  const indicesBySubregion = subregions.map(({ s, k }) => {
    const selection = bySubregion[k]!;
    const subPlace: Place = { ...place, subregion: s.name };
    return {
      subregion: s.name,
      scores: codebook.indices.map((index) => analyseIndex(ctx, index, selection, subPlace).score),
    };
  });

  return {
    name: scope.name,
    slug: scope.slug,
    response: same?.response ?? analyseResponse(ctx, scope.selection, scope.index),
    likert: likertQs.map((q) => analyseLikert(ctx, q, sel(q.id), place)),
    indices: codebook.indices.map((index) =>
      analyseIndex(ctx, index, sel(index.id), place, sel(alphaKey(index.id))),
    ),
    indicesBySubregion,
    ladder,
    ipa,
    opportunities,
    strengths,
    perspective,
    benchmark: [],
    trend: [],
    choices: codebook.questions
      .filter((q) => q.type === 'single' || q.type === 'multi' || q.type === 'rank')
      .filter((q) => q.id !== codebook.region.question)
      .map((q) => analyseChoice(ctx, q, sel(q.id), place))
      .filter((c) => c !== null),
    numeric: codebook.questions
      .filter((q): q is NumericQuestion => q.type === 'numeric')
      .map((q) => analyseNumeric(ctx, q, sel(q.id), place)),
    quotes: same?.quotes ?? collectQuotes(ctx, scope.selection),
    accounting: scope.accounting,
  };
}
