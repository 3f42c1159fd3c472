/**
 * The region against the rest of the country (every other region, not a total that includes
 * this one) on each Likert item and index.
 */
import type { Comparison, RegionResult } from '../../analyse/types.js';
import { toComparisonSpec } from './comparison.js';
import { toComparisonAlt, toComparisonTable } from './comparison-text.js';
import { say } from './parts.js';
import { comparisonMessage } from './perspective.js';
import type { ChartContext, ChartDef } from './types.js';

/** Region vs rest of the country on the comparisons `keep` selects, clear differences marked. */
function benchmarkChart(id: string, keep: (c: Comparison, ctx: ChartContext) => boolean): ChartDef {
  const rows = (region: RegionResult, ctx: ChartContext) => region.benchmark.filter((c) => keep(c, ctx));
  const chart: ChartDef = {
    id,
    measure: 'comparison',
    items: [],
    title: (ctx) => say(id === 'benchmark' ? 'benchmarkTitle' : 'benchmarkIndexTitle', ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const shown = rows(region, ctx);
      if (shown.length === 0) return null;
      return toComparisonSpec(shown, ctx, {
        message: comparisonMessage(shown, ctx, 'benchmark', { region: region.name }),
        subtitle: say('benchmarkSubtitle', lang, { region: region.name }),
        a: region.name,
        b: say('restOfCountry', lang),
        description: chart.alt(region, ctx),
      });
    },
    alt(region, ctx) {
      const { lang } = ctx;
      return toComparisonAlt(
        rows(region, ctx),
        ctx,
        chart.title(ctx),
        region.name,
        say('restOfCountry', lang),
      );
    },
    table(region, ctx) {
      return toComparisonTable(
        rows(region, ctx),
        ctx,
        chart.title(ctx),
        region.name,
        say('restOfCountry', ctx.lang),
      );
    },
  };
  return chart;
}

/** The statements. */
export const benchmark = benchmarkChart('benchmark', (c, ctx) => ctx.labels.question(c.item) !== undefined);

/** The indices. */
export const benchmarkIndex = benchmarkChart(
  'benchmark-index',
  (c, ctx) => ctx.labels.question(c.item) === undefined,
);
