/**
 * The region against the rest of the country (every other region, not a total that includes
 * this one) on each Likert item and index.
 */
import { toComparisonSpec } from './comparison.js';
import { toComparisonAlt } from './comparison-text.js';
import { say } from './parts.js';
import { comparisonMessage } from './perspective.js';
import type { ChartDef } from './types.js';

/** Region vs rest of the country per item, significant differences marked. */
export const benchmark: ChartDef = {
  id: 'benchmark',
  items: [],
  title: (ctx) => say('benchmarkTitle', ctx.lang),
  spec(region, ctx) {
    const { lang } = ctx;
    return toComparisonSpec(region.benchmark, ctx, {
      message: comparisonMessage(
        region.benchmark,
        ctx,
        { some: 'benchmarkMessage', none: 'benchmarkMessageNone' },
        { region: region.name },
      ),
      subtitle: say('benchmarkSubtitle', lang, { region: region.name }),
      a: region.name,
      b: say('restOfCountry', lang),
      description: benchmark.alt(region, ctx),
    });
  },
  alt(region, ctx) {
    const { lang } = ctx;
    return toComparisonAlt(
      region.benchmark,
      ctx,
      say('benchmarkTitle', lang),
      region.name,
      say('restOfCountry', lang),
    );
  },
};
