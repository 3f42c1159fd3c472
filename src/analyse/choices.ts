/**
 * Choice questions: the share choosing each option, with Wilson intervals. Single choice over those
 * who gave a substantive answer; multi-select over those who answered the question; rank over those
 * who ranked anything (share placing the option in their top k).
 */
import type { Question } from '../model/codebook.js';
import { MISSING_TICK } from '../model/survey.js';
import type { Context, Place } from './context.js';
import { shareEstimate } from './estimate.js';
import { isDisclosiveDistribution, isDisclosiveShare } from './privacy/index.js';
import { countCodes, type Selection } from './select.js';
import type { ChoiceResult } from './types.js';

export function analyseChoice(
  ctx: Context,
  q: Question,
  selection: Selection,
  place: Place,
): ChoiceResult | null {
  const column = ctx.column(q.id);
  if (!column || !('scale' in q)) return null;
  const options = ctx.scale(q.scale).options.map((o) => o.code);
  const counts = new Map(options.map((c) => [c, 0]));
  let n = 0;
  let indicator = 'share';
  if (q.type === 'single' && column.kind === 'code') {
    countCodes(column.codes, selection, options).forEach((count, k) => {
      counts.set(options[k]!, count);
      n += count;
    });
  } else if (q.type === 'multi' && column.kind === 'multi') {
    for (const i of selection) {
      if (column.ticks[0]?.[i] === MISSING_TICK) continue;
      n++;
      column.options.forEach((code, k) => {
        if (column.ticks[k]![i] === 1) counts.set(code, (counts.get(code) ?? 0) + 1);
      });
    }
  } else if (q.type === 'rank' && column.kind === 'rank') {
    indicator = `share_top${column.positions.length}`;
    for (const i of selection) {
      const ranked = column.positions.map((p) => p[i]!).filter((c) => counts.has(c));
      if (ranked.length === 0) continue;
      n++;
      for (const c of new Set(ranked)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  } else return null;
  const sensitive = 'sensitive' in q && q.sensitive === true;
  // One answer each: the distribution discloses or not as a whole. Ticks: each option on its own.
  const whole = q.type === 'single' && isDisclosiveDistribution([...counts.values()], sensitive);
  return {
    item: q.id,
    block: q.block,
    shares: options.map((c) =>
      shareEstimate(
        place,
        { indicator, item: q.id, category: String(c) },
        counts.get(c)!,
        n,
        ctx.options.minCell,
        whole || (q.type !== 'single' && isDisclosiveShare(counts.get(c)!, n, sensitive)),
      ),
    ),
  };
}
