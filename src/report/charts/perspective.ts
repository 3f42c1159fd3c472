/**
 * The perspective gap: residents' and professionals' scores on the same items, for the
 * session question "wat herken je wel en niet?".
 */
import { toComparisonSpec } from './comparison.js';
import { countSignificant, toComparisonAlt } from './comparison-text.js';
import { say } from './parts.js';
import type { ChartDef } from './types.js';

/** Residents vs professionals per item, significant differences marked. */
export const perspective: ChartDef = {
  id: 'perspective',
  title: (ctx) => say('perspectiveTitle', ctx.lang),
  spec(region, ctx) {
    const { lang } = ctx;
    const { k, m } = countSignificant(region.perspective);
    return toComparisonSpec(region.perspective, ctx, {
      message: say(k > 0 ? 'perspectiveMessage' : 'perspectiveMessageNone', lang, { k, m }),
      subtitle: say('perspectiveSubtitle', lang),
      a: say('residents', lang),
      b: say('professionals', lang),
      description: perspective.alt(region, ctx),
    });
  },
  alt(region, ctx) {
    const { lang } = ctx;
    return toComparisonAlt(
      region.perspective,
      ctx,
      say('perspectiveTitle', lang),
      say('residents', lang),
      say('professionals', lang),
    );
  },
};
