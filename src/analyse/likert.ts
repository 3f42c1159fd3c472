/** Likert items: distribution over the options, mean with t-interval, share agreeing with Wilson interval. */
import type { LikertQuestion, Scale } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';
import type { Context, Place } from './context.js';
import { meanEstimate, shareEstimate } from './estimate.js';
import { isDisclosiveDistribution } from './privacy/index.js';
import { countCodes, type Selection } from './select.js';
import { emptyMoments, type Moments, momentsOfCounts } from './stats/index.js';
import type { LikertResult } from './types.js';

/** Codes counted as agreement: the scale's `agree`, else its two highest codes. */
export function agreeCodes(scale: Scale): Set<number> {
  if (scale.agree) return new Set(scale.agree);
  const codes = scale.options.map((o) => o.code).sort((a, b) => b - a);
  return new Set(codes.slice(0, 2));
}

/**
 * Moments of the substantive answers of a coded question over a selection, from the counts per
 * option (one table look-up per respondent; the moments come from the few categories).
 */
export function codeMoments(ctx: Context, questionId: string, selection: Selection): Moments {
  const column = ctx.column(questionId);
  if (column?.kind !== 'code') return emptyMoments();
  const q = ctx.question(questionId);
  const codes = 'scale' in q ? ctx.scale(q.scale).options.map((o) => o.code) : [];
  return momentsOfCounts(codes, countCodes(column.codes, selection, codes));
}

/** One Likert item over a selection. */
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
  const counts = new Map(order.map((c) => [c, 0]));
  const missingCodes = new Set(scale.missing.map((o) => o.code));
  const agree = agreeCodes(scale);
  let n = 0;
  let agreeing = 0;
  let dontKnow = 0;
  for (const i of selection) {
    const c = codes[i]!;
    if (c === MISSING) continue;
    const k = counts.get(c);
    if (k !== undefined) {
      counts.set(c, k + 1);
      n++;
      if (agree.has(c)) agreeing++;
    } else if (missingCodes.has(c)) dontKnow++;
  }
  const min = ctx.options.minCell;
  const disclosive = isDisclosiveDistribution(
    order.map((c) => counts.get(c)!),
    q.sensitive,
  );
  return {
    item: q.id,
    block: q.block,
    distribution: order.map((c) =>
      shareEstimate(
        place,
        { indicator: 'share', item: q.id, category: String(c) },
        counts.get(c)!,
        n,
        min,
        disclosive,
      ),
    ),
    mean: meanEstimate(
      place,
      { indicator: 'mean', item: q.id },
      codeMoments(ctx, q.id, selection),
      min,
      disclosive,
    ),
    shareAgree: shareEstimate(place, { indicator: 'share_agree', item: q.id }, agreeing, n, min, disclosive),
    dontKnow,
  };
}
