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
import type { Indicators } from './types.js';

export type { AnalyseOptions } from './context.js';
export type * from './types.js';

export const DEFAULT_OPTIONS: AnalyseOptions = { minCell: 10, minCount: 5 };

export function analyse(survey: Survey, options: Partial<AnalyseOptions> = {}): Indicators {
  const opts: AnalyseOptions = { ...DEFAULT_OPTIONS, ...options };
  const ctx = createContext(survey, opts);
  const all = selectAll(survey.size);
  const national = analyseRegion(ctx, { name: 'all', slug: 'all', index: null, selection: all, whole: null });
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
      }),
    );
  const roleItem = survey.codebook.role?.question ?? '';
  const placeItem = survey.codebook.region.question;
  const table = [national, ...regions].flatMap((r) => toTableRows(r, roleItem, placeItem, opts.minCell));
  return {
    codebook: survey.codebook,
    regions,
    national,
    table,
    ledger: survey.ledger,
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
