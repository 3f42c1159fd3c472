/**
 * Everything a regioscan shows for one region (or for the whole run): response, Likert items,
 * indices, ladder, importance–performance, comparisons, choices and quotes.
 */
import type { LikertQuestion, NumericQuestion } from '../model/codebook.js';
import { analyseChoice } from './choices.js';
import { adjustComparisons, compareMeans, type Measure } from './compare.js';
import type { Context, Place } from './context.js';
import { analyseIndex, indexScores, scoreMoments } from './indices.js';
import { analyseIpa } from './ipa.js';
import { analyseLadder } from './ladder.js';
import { analyseLikert, codeMoments } from './likert.js';
import { analyseNumeric } from './numeric.js';
import { collectQuotes } from './quotes.js';
import { analyseResponse } from './response.js';
import { type Selection, selectCodes } from './select.js';
import { type Moments, subtractMoments } from './stats/index.js';
import type { Accounting, Comparison, RegionResult } from './types.js';

export interface RegionScope {
  name: string;
  slug: string;
  /** Index in the region table, or null for the whole run. */
  index: number | null;
  selection: Selection;
  /**
   * A measure over every respondent of the run, for the benchmark (the rest of the country is
   * the run minus the region, from mergeable moments); null for the whole run itself.
   */
  whole: ((measure: Measure) => Moments) | null;
  /** The scope's own input rows. */
  accounting: Accounting;
}

export const GROUP_RESIDENTS = 'rol=inwoner';
export const GROUP_PROFESSIONALS = 'rol=professional';

export function analyseRegion(ctx: Context, scope: RegionScope): RegionResult {
  const { codebook, survey } = ctx;
  const regionLabel = scope.index === null ? 'all' : scope.name;
  const place: Place = { region: regionLabel, subregion: 'all', group: 'all' };
  const likertQs = codebook.questions.filter((q): q is LikertQuestion => q.type === 'likert');
  const ladder = analyseLadder(ctx, scope.selection, place);
  const { ipa, opportunities, strengths } = analyseIpa(ctx, scope.selection, place);

  const itemMeasures: Measure[] = likertQs.map((q) => ({
    item: q.id,
    indicator: 'mean',
    moments: (s) => codeMoments(ctx, q.id, s),
  }));
  const indexMeasures: Measure[] = codebook.indices.map((index) => ({
    item: index.id,
    indicator: 'index_score',
    moments: (s) => scoreMoments(indexScores(ctx, index, s)),
  }));
  // The ladder as it is now and as it should be: "do residents and professionals see it the same,
  // and want the same?" (statistics.md, Comparisons).
  const ladderMeasures: Measure[] = codebook.questions
    .filter((q) => q.type === 'ladder')
    .map((q) => ({ item: q.id, indicator: 'mean_rung', moments: (s) => codeMoments(ctx, q.id, s) }));

  const role = codebook.role;
  const roleColumn = role ? ctx.column(role.question) : undefined;
  const roleCodes = roleColumn?.kind === 'code' ? roleColumn.codes : new Int16Array(0);
  const residents = selectCodes(scope.selection, roleCodes, role?.residents ?? []);
  const professionals = selectCodes(scope.selection, roleCodes, role?.professionals ?? []);
  const perspective = role
    ? [...ladderMeasures, ...itemMeasures, ...indexMeasures].map((m) =>
        compareMeans(
          ctx,
          m,
          { moments: m.moments(residents), place: { ...place, group: GROUP_RESIDENTS } },
          { moments: m.moments(professionals), place: { ...place, group: GROUP_PROFESSIONALS } },
          'diff_residents_professionals',
        ),
      )
    : [];
  const whole = scope.whole;
  const benchmark: Comparison[] = whole
    ? [...itemMeasures, ...indexMeasures].map((m) => {
        const own = m.moments(scope.selection);
        return compareMeans(
          ctx,
          m,
          { moments: own, place },
          {
            moments: subtractMoments(whole(m), own),
            place: { region: 'rest', subregion: 'all', group: 'all' },
          },
          'diff_vs_rest',
        );
      })
    : [];
  adjustComparisons([...perspective, ...benchmark]);

  const subregions = survey.regions.subregions
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => scope.index !== null && s.region === scope.index);
  const indicesBySubregion = subregions.map(({ s, k }) => {
    const selection = scope.selection.filter((i) => survey.subregion[i] === k);
    const subPlace: Place = { ...place, subregion: s.name };
    return {
      subregion: s.name,
      scores: codebook.indices.map((index) => analyseIndex(ctx, index, selection, subPlace).score),
    };
  });

  return {
    name: scope.name,
    slug: scope.slug,
    response: analyseResponse(ctx, scope.selection, scope.index),
    likert: likertQs.map((q) => analyseLikert(ctx, q, scope.selection, place)),
    indices: codebook.indices.map((index) => analyseIndex(ctx, index, scope.selection, place)),
    indicesBySubregion,
    ladder,
    ipa,
    opportunities,
    strengths,
    perspective,
    benchmark,
    choices: codebook.questions
      .filter((q) => q.type === 'single' || q.type === 'multi' || q.type === 'rank')
      .filter((q) => q.id !== codebook.region.question)
      .map((q) => analyseChoice(ctx, q, scope.selection, place))
      .filter((c) => c !== null),
    numeric: codebook.questions
      .filter((q): q is NumericQuestion => q.type === 'numeric')
      .map((q) => analyseNumeric(ctx, q, scope.selection, place)),
    quotes: collectQuotes(ctx, scope.selection),
    accounting: scope.accounting,
  };
}
