/**
 * The perspective gap: residents' and professionals' scores on the same items, for the
 * session question "wat herken je wel en niet?". Two charts, so each fits one screen: the
 * statements and indices, and the participation ladder as it is now.
 */
import type { Comparison } from '../../analyse/types.js';
import { toComparisonSpec } from './comparison.js';
import { countSignificant, toComparisonAlt } from './comparison-text.js';
import { say } from './parts.js';
import type { ChartContext, ChartDef } from './types.js';

type TitleKey = 'perspectiveTitle' | 'perspectiveLadderTitle';

function isLadderItem(c: Comparison, ctx: ChartContext): boolean {
  return ctx.codebook.questions.some((q) => q.id === c.item && q.type === 'ladder');
}

/** Residents vs professionals on the comparisons `keep` selects, significant differences marked. */
function perspectiveChart(
  id: string,
  titleKey: TitleKey,
  keep: (c: Comparison, ctx: ChartContext) => boolean,
): ChartDef {
  const rows = (comparisons: readonly Comparison[], ctx: ChartContext) =>
    comparisons.filter((c) => keep(c, ctx));
  const chart: ChartDef = {
    id,
    title: (ctx) => say(titleKey, ctx.lang),
    spec(region, ctx) {
      const { lang } = ctx;
      const shown = rows(region.perspective, ctx);
      if (shown.length === 0) return null;
      const { k, m } = countSignificant(shown);
      return toComparisonSpec(shown, ctx, {
        message: say(k > 0 ? 'perspectiveMessage' : 'perspectiveMessageNone', lang, { k, m }),
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

/** The ladder now, per phase. */
export const perspectiveLadder = perspectiveChart(
  'perspective-ladder',
  'perspectiveLadderTitle',
  isLadderItem,
);
