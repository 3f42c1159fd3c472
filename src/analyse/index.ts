/**
 * analyse: Survey → Indicators. Pure: reads no file, calls no clock, prints nothing.
 *
 *   survey ─ reported regions (at least --min-cell respondents): response, Likert, indices,
 *            ladder, IPA, perspective gap, choices, numbers, quotes (small cells hidden as made)
 *          ─ disclosure control over the whole run at once: linked counts, the two sides of the
 *            perspective gap, subregions (disclosure/)
 *          ─ the national figures, per measure over the regions that publish it
 *          ─ benchmark against the rest of the country; Benjamini–Hochberg per report
 *          ─ tidy table
 */
import type { Survey } from '../model/survey.js';
import { benchmarkOf } from './benchmark.js';
import { createCells } from './cells.js';
import { adjustComparisons, FDR_Q, type Measure, type MeasureStats, MIN_COMPARISON_N } from './compare.js';
import { type AnalyseOptions, createContext } from './context.js';
import { protectCounts } from './disclosure/counts.js';
import { complementSubregions, pairPerspective } from './disclosure/groups.js';
import { hideComparison, hideSecondary } from './disclosure/hide.js';
import { hiddenMeasures } from './disclosure/measures.js';
import { redactionsInQuotes } from './quotes.js';
import { analyseRegion, comparedMeasures, type RegionScope } from './region.js';
import { type Selection, selectAll, selectGroups, selectWhere } from './select.js';
import { toTableRows } from './table.js';
import { comparableItems, previousIndex, trendOf } from './trend.js';
import type { Accounting, DisclosureSummary, Estimate, Indicators, RegionResult } from './types.js';
import { weightsOf } from './weights/index.js';

export type { AnalyseOptions } from './context.js';
export type * from './types.js';
export { RakeError, type RakeProblem, type WeightingFacts } from './weights/index.js';

export const DEFAULT_OPTIONS: AnalyseOptions = { minCell: 10, minCount: 5 };

const REASONS = ['incomplete', 'duplicate', 'outside_regions', 'no_answers', 'invalid'] as const;

/** Row counts per status/reason (one map per region, summed) as an `Accounting`. */
function toAccounting(maps: readonly Map<string, number>[]): Accounting {
  const total = (key: string) => maps.reduce((sum, m) => sum + (m.get(key) ?? 0), 0);
  const excluded = REASONS.map((reason) => ({ reason, count: total(reason) })).filter((e) => e.count > 0);
  const included = total('included');
  return { rows: included + excluded.reduce((sum, e) => sum + e.count, 0), included, excluded };
}

export function analyse(survey: Survey, options: Partial<AnalyseOptions> = {}): Indicators {
  const given: AnalyseOptions = { ...DEFAULT_OPTIONS, ...options };
  // A published n is a count too: no figure rests on fewer respondents than a count may show.
  const opts: AnalyseOptions = { ...given, minCell: Math.max(given.minCell, given.minCount) };
  const weighting = weightsOf(survey, {
    ...(opts.rake ? { rake: opts.rake } : {}),
    ...(opts.weightCap ? { cap: opts.weightCap } : {}),
  });
  // Respondents by region × role, once: the regions, sides and country are merged from them.
  const cells = createCells(survey);
  const ctx = createContext(survey, opts, null, cells, weighting?.weights ?? null);
  const { codebook } = survey;
  const counts = survey.ledger.countsBy('region');

  const byRegion = selectGroups(selectAll(survey.size), survey.region, survey.regions.regions.length);
  const candidates = survey.regions.regions
    .map((r, k) => ({ r, k, selection: cells.name(byRegion[k]!, cells.region(k)) }))
    .filter(({ selection }) => selection.length > 0);
  // A region with fewer respondents than the minimum cell size has nothing to publish: it gets no
  // report and is left out of the national figures, which would otherwise give it back.
  const reported = candidates.filter(({ selection }) => selection.length >= opts.minCell);
  const unreported = candidates
    .filter(({ selection }) => selection.length < opts.minCell)
    .map(({ r }) => r.name);

  const scopes: RegionScope[] = reported.map(({ r, k, selection }) => ({
    name: r.name,
    slug: r.slug,
    index: k,
    selection,
    accounting: toAccounting([counts.get(r.name) ?? new Map()]),
  }));
  const regions = scopes.map((scope) => analyseRegion(ctx, scope));
  for (const r of regions) {
    pairPerspective(r);
  }

  // The national figures: every reported region, and per measure only those that publish it.
  const inReported = new Uint8Array(survey.regions.regions.length);
  for (const { k } of reported) inReported[k] = 1;
  const cellsOf = (ks: readonly number[]) => ks.flatMap((k) => cells.region(k));
  const base = cells.name(
    selectWhere(survey.size, (i) => inReported[survey.region[i]!] === 1),
    cellsOf(reported.map(({ k }) => k)),
  );
  const roleQuestion = codebook.role?.question;
  const hidden = regions.map((r) => hiddenMeasures(r, roleQuestion));
  const cache = new Map<string, Selection>();
  const nationalFor = (key: string): Selection => {
    const left = reported.filter((_, j) => hidden[j]!.has(key)).map(({ k }) => k);
    if (left.length === 0) return base;
    const id = left.join(',');
    let found = cache.get(id);
    if (!found) {
      const out = new Set(left);
      found = cells.name(
        base.filter((i) => !out.has(survey.region[i]!)),
        cellsOf(reported.map(({ k }) => k).filter((k) => !out.has(k))),
      );
      cache.set(id, found);
    }
    return found;
  };
  const nationalScope: RegionScope = {
    name: 'all',
    slug: 'all',
    index: null,
    selection: base,
    accounting: toAccounting([...counts.values()]),
  };
  const national = analyseRegion(ctx, { ...nationalScope, selectionFor: nationalFor });
  pairPerspective(national);

  const protectedCounts = protectCounts({
    regions,
    national,
    residents: codebook.role?.residents ?? [],
    professionals: codebook.role?.professionals ?? [],
    roleQuestion,
    minCell: opts.minCell,
    minCount: opts.minCount,
  });
  for (const r of regions) complementSubregions(r);

  // Each measure over the whole run, once per set of regions left out: every region's "rest of
  // the country" is this minus the region.
  const measures = comparedMeasures(ctx);
  const benchmarked: Measure[] = [...measures.items, ...measures.indices];
  const wholes = new Map<string, MeasureStats>();
  const whole = (m: Measure): MeasureStats => {
    const selection = nationalFor(m.item);
    const key = `${m.indicator}:${m.item}:${selection.length}`;
    const found = wholes.get(key) ?? m.stats(selection);
    wholes.set(key, found);
    return found;
  };
  regions.forEach((r, j) => {
    r.benchmark = benchmarkOf(ctx, {
      name: r.name,
      selection: scopes[j]!.selection,
      hidden: hidden[j]!,
      measures: benchmarked,
      whole,
    });
  });
  const roleItem = codebook.role?.question ?? '';
  const placeItem = codebook.region.question;
  const rowsOf = (r: RegionResult, isNational: boolean) =>
    toTableRows(r, isNational, roleItem, placeItem, opts.minCell);
  // The trend against an earlier run, on what is published now and was published then.
  const previous = opts.previous ? previousIndex(opts.previous) : null;
  const comparable = opts.previous ? comparableItems(codebook, opts.previous) : null;
  const addTrend = (r: RegionResult, isNational: boolean, weighted: boolean) => {
    if (previous && comparable)
      r.trend = trendOf(rowsOf(r, isNational), previous, comparable.ok, weighted, opts.minCell);
  };
  for (const r of [national, ...regions]) addTrend(r, r === national, false);
  for (const r of [...regions, national]) adjustComparisons([...r.perspective, ...r.benchmark, ...r.trend]);
  const table = [national, ...regions].flatMap((r) => rowsOf(r, r === national));

  // With weights, the same analysis again over the same respondents, its suppression copied from
  // the unweighted one (disclosure is a matter of respondents, not of weights). Reports draw the
  // weighted figures; the table holds both.
  let shown = { regions, national };
  let rows = table;
  if (weighting) {
    const wctx = createContext(survey, opts, weighting.weights, cells);
    const wregions = scopes.map((scope, j) => analyseRegion(wctx, scope, regions[j]));
    const wnational = analyseRegion(wctx, { ...nationalScope, selectionFor: nationalFor }, national);
    const wmeasures = comparedMeasures(wctx);
    const wbenchmarked: Measure[] = [...wmeasures.items, ...wmeasures.indices];
    const wwholes = new Map<string, MeasureStats>();
    const wwhole = (m: Measure): MeasureStats => {
      const selection = nationalFor(m.item);
      const key = `${m.indicator}:${m.item}:${selection.length}`;
      const found = wwholes.get(key) ?? m.stats(selection);
      wwholes.set(key, found);
      return found;
    };
    wregions.forEach((r, j) => {
      r.benchmark = benchmarkOf(wctx, {
        name: r.name,
        selection: scopes[j]!.selection,
        hidden: hidden[j]!,
        measures: wbenchmarked,
        whole: wwhole,
      });
    });
    const pairs: [RegionResult, RegionResult, boolean][] = [
      [national, wnational, true],
      ...regions.map((r, j): [RegionResult, RegionResult, boolean] => [r, wregions[j]!, false]),
    ];
    rows = [];
    for (const [u, w, isNational] of pairs) {
      copySuppression(rowsOf(u, isNational), rowsOf(w, isNational));
      for (const c of [...w.perspective, ...w.benchmark]) if (c.difference.suppressed) hideComparison(c);
      addTrend(w, isNational, true);
      adjustComparisons([...w.perspective, ...w.benchmark, ...w.trend]);
      // One by one: a region's rows can outnumber the arguments a call may take.
      for (const row of rowsOf(u, isNational)) rows.push(row);
      for (const row of weightedRows(rowsOf(w, isNational))) rows.push(row);
    }
    shown = { regions: wregions, national: wnational };
  }
  return {
    codebook,
    regions: shown.regions,
    unreported,
    national: shown.national,
    table: rows,
    ledger: survey.ledger,
    accountingByFile: [...survey.ledger.countsBy('file')].map(([file, c]) => ({
      file,
      accounting: toAccounting([c]),
    })),
    inputs: survey.inputs,
    warnings: survey.warnings,
    methods: {
      minCell: opts.minCell,
      minCount: opts.minCount,
      confidence: 0.95,
      fdrQ: FDR_Q,
      minComparisonN: MIN_COMPARISON_N,
      weighted: weighting !== null,
      weighting: weighting?.facts ?? null,
    },
    disclosure: summarise([national, ...regions], table, protectedCounts),
    redactions: redactionsInQuotes([shown.national, ...shown.regions]),
    trend:
      opts.previous && comparable
        ? {
            folder: opts.previous.folder,
            date: opts.previous.date,
            wave: opts.previous.wave,
            excluded: comparable.excluded,
          }
        : null,
  };
}

/** Counts that the weighted pass shares with the unweighted one (respondents, reach, alpha). */
const UNWEIGHTED_ONLY = new Set(['respondents', 'reach_per_10k', 'cronbach_alpha']);

/** The weighted rows of the table: `weighted_<indicator>`, without what weighting does not change. */
function weightedRows(rows: readonly Estimate[]): Estimate[] {
  return rows
    .filter((e) => !UNWEIGHTED_ONLY.has(e.indicator))
    .map((e) => ({ ...e, indicator: `weighted_${e.indicator}` }));
}

/** Hide every weighted estimate whose unweighted twin (the same row of the same structure) is hidden. */
function copySuppression(unweighted: readonly Estimate[], weighted: readonly Estimate[]): void {
  if (unweighted.length !== weighted.length)
    throw new Error('weighted and unweighted results differ in shape');
  unweighted.forEach((u, k) => {
    const w = weighted[k]!;
    if (!u.suppressed || w.suppressed) return;
    hideSecondary(w);
    w.suppression = u.suppression;
  });
}

/** How much disclosure control hid: estimates and counts, small themselves or hidden to protect others. */
function summarise(
  results: readonly RegionResult[],
  table: Indicators['table'],
  counts: { primary: number; secondary: number },
): DisclosureSummary {
  const estimates = table.filter((e) => e.indicator !== 'respondents' && e.indicator !== 'reach_per_10k');
  return {
    estimates: estimates.length,
    primary: estimates.filter((e) => e.suppressed && e.suppression !== 'linked').length,
    secondary: estimates.filter((e) => e.suppression === 'linked').length,
    counts: results.reduce(
      (n, r) =>
        n + r.response.byRole.length + r.response.bySubregion.length + r.response.byMunicipality.length,
      0,
    ),
    countsPrimary: counts.primary,
    countsSecondary: counts.secondary,
  };
}
