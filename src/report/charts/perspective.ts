/**
 * The perspective gap: residents' and professionals' scores on the same items, for the
 * session question "wat herken je wel en niet?". Two charts, so each fits one screen: the
 * statements and indices, and the participation ladder.
 */
import type { Comparison, RegionResult } from '../../analyse/types.js';
import { verdictOf } from '../headlines.js';
import { toComparisonSpec } from './comparison.js';
import { countVerdicts, toComparisonAlt, toComparisonTable } from './comparison-text.js';
import { say } from './parts.js';
import type { ChartContext, ChartDef } from './types.js';

type TitleKey =
  | 'perspectiveTitle'
  | 'perspectiveIndexTitle'
  | 'perspectiveLadderTitle'
  | 'perspectiveLadderDesiredTitle';

const questionOf = (c: Comparison, ctx: ChartContext) => ctx.labels.question(c.item);
const isLadder = (moment: 'now' | 'desired') => (c: Comparison, ctx: ChartContext) => {
  const q = questionOf(c, ctx);
  return q?.type === 'ladder' && q.moment === moment;
};

/**
 * The headline of a comparison chart: how many items differ clearly, and how many only
 * indicatively (q below the level, but a group smaller than the minimum n).
 */
export function comparisonMessage(
  rows: Comparison[],
  ctx: ChartContext,
  kind: 'perspective' | 'benchmark' | 'trend',
  vars: Record<string, string | number> = {},
): string {
  const { k, j, m } = countVerdicts(rows, ctx);
  const shown = rows.filter((c) => verdictOf(c, ctx.methods) !== 'hidden');
  // One point compared: name it rather than count "1 of 1".
  const base =
    m === 1 && shown[0]
      ? say(k > 0 ? `${kind}MessageOne` : `${kind}MessageOneNone`, ctx.lang, {
          ...vars,
          item: `‘${ctx.labels.shortLabel(shown[0].item)}’`,
        })
      : say(k > 0 ? `${kind}Message` : `${kind}MessageNone`, ctx.lang, { ...vars, k, m });
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
  // What the text alternative and the data table are made of: rows, title, the two sides.
  const inWords = (region: RegionResult, ctx: ChartContext) => {
    const { lang } = ctx;
    return [
      rows(region.perspective, ctx),
      ctx,
      say(titleKey, lang),
      say('residents', lang),
      say('professionals', lang),
    ] as const;
  };
  const chart: ChartDef = {
    id,
    measure: 'comparison',
    items: [],
    title: (ctx) => say(titleKey, ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const shown = rows(region.perspective, ctx);
      if (shown.length === 0) return null;
      return toComparisonSpec(shown, ctx, {
        message: comparisonMessage(shown, ctx, 'perspective'),
        subtitle: say('perspectiveSubtitle', lang),
        a: say('residents', lang),
        b: say('professionals', lang),
        description: chart.alt(region, ctx),
      });
    },
    alt: (region, ctx) => toComparisonAlt(...inWords(region, ctx)),
    table: (region, ctx) => toComparisonTable(...inWords(region, ctx)),
  };
  return chart;
}

/** The statements. */
export const perspective = perspectiveChart(
  'perspective',
  'perspectiveTitle',
  (c, ctx) => questionOf(c, ctx)?.type === 'likert',
);

/** The indices. */
export const perspectiveIndex = perspectiveChart(
  'perspective-index',
  'perspectiveIndexTitle',
  (c, ctx) => questionOf(c, ctx) === undefined,
);

/** The participation ladder now, per phase. */
export const perspectiveLadder = perspectiveChart(
  'perspective-ladder',
  'perspectiveLadderTitle',
  isLadder('now'),
);

/** The participation ladder as it should be, per phase: do they want the same? */
export const perspectiveLadderDesired = perspectiveChart(
  'perspective-ladder-desired',
  'perspectiveLadderDesiredTitle',
  isLadder('desired'),
);
