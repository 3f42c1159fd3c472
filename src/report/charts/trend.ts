/**
 * The trend: each statement and index now against the earlier run (`--previous`), the change
 * with its interval, clear changes marked by the same rule as every comparison of the report.
 */
import type { Comparison, RegionResult } from '../../analyse/types.js';
import { toComparisonSpec } from './comparison.js';
import { toComparisonAlt, toComparisonTable } from './comparison-text.js';
import { say } from './parts.js';
import { comparisonMessage } from './perspective.js';
import type { ChartContext, ChartDef } from './types.js';

/** The changes drawn: statements and indices of the region as a whole. */
function drawn(trend: readonly Comparison[], ctx: ChartContext): Comparison[] {
  return trend.filter(
    (c) =>
      c.a.group === 'all' &&
      c.a.subregion === 'all' &&
      ((c.a.indicator === 'mean' && ctx.labels.question(c.item)?.type === 'likert') ||
        c.a.indicator === 'index_score'),
  );
}

export const trend: ChartDef = {
  id: 'trend',
  measure: 'comparison',
  items: [],
  title: (ctx) => say('trendTitle', ctx.lang),
  spec(region, ctx) {
    const rows = drawn(region.trend, ctx);
    if (rows.length === 0) return null;
    const { lang } = ctx;
    return toComparisonSpec(rows, ctx, {
      message: comparisonMessage(rows, ctx, 'trend'),
      subtitle: say('trendSubtitle', lang),
      a: say('trendNow', lang),
      b: say('trendThen', lang),
      description: trend.alt(region, ctx),
    });
  },
  alt: (region, ctx) => toComparisonAlt(...inWords(region, ctx)),
  table: (region, ctx) => toComparisonTable(...inWords(region, ctx)),
};

/** What the text alternative and the data table of the trend are made of: rows, title, sides. */
function inWords(region: RegionResult, ctx: ChartContext) {
  const { lang } = ctx;
  return [
    drawn(region.trend, ctx),
    ctx,
    say('trendTitle', lang),
    say('trendNow', lang),
    say('trendThen', lang),
  ] as const;
}
