/**
 * analyse: Survey → Indicators. Pure: reads no file, calls no clock, prints nothing.
 *
 *   survey ─ per region (and the whole run) ─ response, Likert, indices, ladder, IPA, choices
 *          ─ comparisons (region vs rest, residents vs professionals; BH over the report)
 *          ─ tidy table (small cells already suppressed as each estimate was made)
 */
import type { Survey } from '../model/survey.js';
import { FDR_Q, type Measure, MIN_COMPARISON_N } from './compare.js';
import { type AnalyseOptions, createContext } from './context.js';
import { analyseRegion } from './region.js';
import { selectAll, selectWhere } from './select.js';
import type { Moments } from './stats/index.js';
import { toTableRows } from './table.js';
import type { Accounting, Indicators } from './types.js';

const REASONS = ['incomplete', 'duplicate', 'outside_regions', 'no_answers', 'invalid'] as const;

/** Row counts per status/reason (one map per region, summed) as an `Accounting`. */
function toAccounting(maps: readonly Map<string, number>[]): Accounting {
  const total = (key: string) => maps.reduce((sum, m) => sum + (m.get(key) ?? 0), 0);
  const excluded = REASONS.map((reason) => ({ reason, count: total(reason) })).filter((e) => e.count > 0);
  const included = total('included');
  return { rows: included + excluded.reduce((sum, e) => sum + e.count, 0), included, excluded };
}

export type { AnalyseOptions } from './context.js';
export type * from './types.js';

export const DEFAULT_OPTIONS: AnalyseOptions = { minCell: 10, minCount: 5 };

export function analyse(survey: Survey, options: Partial<AnalyseOptions> = {}): Indicators {
  const opts: AnalyseOptions = { ...DEFAULT_OPTIONS, ...options };
  const ctx = createContext(survey, opts);
  const all = selectAll(survey.size);
  const counts = survey.ledger.countsBy('region');
  const national = analyseRegion(ctx, {
    name: 'all',
    slug: 'all',
    index: null,
    selection: all,
    whole: null,
    accounting: toAccounting([...counts.values()]),
  });
  // Each measure over the whole run, once: every region's "rest of the country" is this minus the region.
  const wholes = new Map<string, Moments>();
  const whole = (m: Measure): Moments => {
    const key = `${m.indicator}:${m.item}`;
    let found = wholes.get(key);
    if (!found) {
      found = m.moments(all);
      wholes.set(key, found);
    }
    return found;
  };
  const regions = survey.regions.regions
    .map((r, k) => ({ r, k, selection: selectWhere(survey.size, (i) => survey.region[i] === k) }))
    .filter(({ selection }) => selection.length > 0)
    .map(({ r, k, selection }) =>
      analyseRegion(ctx, {
        name: r.name,
        slug: r.slug,
        index: k,
        selection,
        whole,
        accounting: toAccounting([counts.get(r.name) ?? new Map()]),
      }),
    );
  const roleItem = survey.codebook.role?.question ?? '';
  const placeItem = survey.codebook.region.question;
  const table = [national, ...regions].flatMap((r) =>
    toTableRows(r, r === national, roleItem, placeItem, opts.minCell),
  );
  return {
    codebook: survey.codebook,
    regions,
    national,
    table,
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
      weighted: survey.weights !== null,
    },
  };
}
