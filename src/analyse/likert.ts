/** Likert items: distribution over the options, mean with t-interval, share agreeing with Wilson interval. */
import type { LikertQuestion, Scale } from '../model/codebook.js';
import { codedMean, codedShare, scaleCounts } from './coded.js';
import type { Context, Place } from './context.js';
import { isDisclosiveDistribution } from './privacy/index.js';
import type { Selection } from './select.js';
import type { LikertResult } from './types.js';

/** Codes counted as agreement: the scale's `agree`, else its two highest codes. */
export function agreeCodes(scale: Scale): Set<number> {
  if (scale.agree) return new Set(scale.agree);
  const codes = scale.options.map((o) => o.code).sort((a, b) => b - a);
  return new Set(codes.slice(0, 2));
}

/** One Likert item over a selection (weighted when the context has weights). */
export function analyseLikert(
  ctx: Context,
  q: LikertQuestion,
  selection: Selection,
  place: Place,
): LikertResult {
  const scale = ctx.scale(q.scale);
  const column = ctx.column(q.id);
  const codes = column?.kind === 'code' ? column.codes : new Int16Array(0);
  const order = scale.options.map((o) => o.code);
  const { counted, missing: dontKnow } = scaleCounts(ctx, codes, selection, scale);
  const agree = agreeCodes(scale);
  // Disclosure is a matter of respondents, so it is judged on the unweighted counts.
  const disclosive = isDisclosiveDistribution(counted.counts, q.sensitive);
  return {
    item: q.id,
    block: q.block,
    distribution: order.map((c) =>
      codedShare(
        ctx,
        place,
        { indicator: 'share', item: q.id, category: String(c) },
        counted,
        (x) => x === c,
        disclosive,
      ),
    ),
    mean: codedMean(ctx, place, { indicator: 'mean', item: q.id }, counted, disclosive),
    shareAgree: codedShare(
      ctx,
      place,
      { indicator: 'share_agree', item: q.id },
      counted,
      (x) => agree.has(x),
      disclosive,
    ),
    dontKnow,
  };
}
