/**
 * The perspective gap: residents' and professionals' scores on the same items, for the
 * session question "wat herken je wel en niet?". Two charts, so each fits one screen: the
 * statements and indices, and the participation ladder.
 */
import type { Comparison } from '../../analyse/types.js';
import { toComparisonSpec } from './comparison.js';
import { countVerdicts, toComparisonAlt } from './comparison-text.js';
import { say } from './parts.js';
import type { ChartContext, ChartDef } from './types.js';

type TitleKey = 'perspectiveTitle' | 'perspectiveLadderTitle';

function isLadderItem(c: Comparison, ctx: ChartContext): boolean {
  return ctx.labels.question(c.item)?.type === 'ladder';
}

/**
 * The headline of a comparison chart: how many items differ clearly, and how many only
 * indicatively (q below the level, but a group smaller than the minimum n).
 */
export function comparisonMessage(
  rows: Comparison[],
  ctx: ChartContext,
  keys: {
    some: 'perspectiveMessage' | 'benchmarkMessage' | 'trendMessage';
    none: 'perspectiveMessageNone' | 'benchmarkMessageNone' | 'trendMessageNone';
  },
  vars: Record<string, string | number> = {},
): string {
  const { k, j, m } = countVerdicts(rows, ctx);
  const base = say(k > 0 ? keys.some : keys.none, ctx.lang, { ...vars, k, m });
  return j > 0 ? say(j === 1 ? 'indicativeOne' : 'indicativeSome', ctx.lang, { message: base, j }) : base;
}

/** Residents vs professionals on the comparisons `keep` selects. */
function perspectiveChart(
  id: string,
  titleKey: TitleKey,
  keep: (c: Comparison, ctx: ChartContext) => boolean,
): ChartDef {
  const rows = (comparisons: readonly Comparison[], ctx: ChartContext) =>
    comparisons.filter((c) => keep(c, ctx));
  const chart: ChartDef = {
    id,
    items: [],
    title: (ctx) => say(titleKey, ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const shown = rows(region.perspective, ctx);
      if (shown.length === 0) return null;
      return toComparisonSpec(shown, ctx, {
        message: comparisonMessage(shown, ctx, {
          some: 'perspectiveMessage',
          none: 'perspectiveMessageNone',
        }),
        subtitle: say('perspectiveSubtitle', lang),
        a: say('residents', lang),
        b: say('professionals', lang),
        description: chart.alt(region, ctx),
      });
    },
    alt(region, ctx) {
      const { lang } = ctx;
      return toComparisonAlt(
        rows(region.perspective, ctx),
        ctx,
        say(titleKey, lang),
        say('residents', lang),
        say('professionals', lang),
      );
    },
  };
  return chart;
}

/** Statements and indices. */
export const perspective = perspectiveChart(
  'perspective',
  'perspectiveTitle',
  (c, ctx) => !isLadderItem(c, ctx),
);

/** The participation ladder, per phase. */
export const perspectiveLadder = perspectiveChart(
  'perspective-ladder',
  'perspectiveLadderTitle',
  isLadderItem,
);
