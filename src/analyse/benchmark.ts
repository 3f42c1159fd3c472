/**
 * The region against the rest of the country on every Likert item and index. The rest of the
 * country is the national figure of that measure minus the region, from mergeable moments: the
 * national figure is over the reported regions that publish the measure, so the rest never
 * holds a group whose figure is hidden.
 */

import type { MeasureStats } from './compare.js';
import { compareMeans, type Measure, subtractMeasureStats } from './compare.js';
import type { Context, Place } from './context.js';
import type { Selection } from './select.js';
import type { Comparison } from './types.js';

export interface BenchmarkInput {
  name: string;
  selection: Selection;
  /** The measure keys the region does not publish in full (it is then not in the national figure). */
  hidden: ReadonlySet<string>;
  measures: readonly Measure[];
  /** A measure over the national respondents of its key (cached by the caller). */
  whole: (measure: Measure) => MeasureStats;
}

export function benchmarkOf(ctx: Context, input: BenchmarkInput): Comparison[] {
  const place: Place = { region: input.name, subregion: 'all', group: 'all' };
  return input.measures.map((m) => {
    const own = m.stats(input.selection);
    const whole = input.whole(m);
    const rest: MeasureStats = input.hidden.has(m.item) ? whole : subtractMeasureStats(whole, own);
    return compareMeans(
      ctx,
      m,
      { stats: own, place },
      { stats: rest, place: { region: 'rest', subregion: 'all', group: 'all' } },
      'diff_vs_rest',
    );
  });
}
