/**
 * Choice questions: the share choosing each option, with Wilson intervals. Single choice over those
 * who gave a substantive answer; multi-select over those who answered the question; rank over those
 * who ranked anything (share placing the option in their top k).
 */
import type { Question } from '../model/codebook.js';
import { MISSING_TICK } from '../model/survey.js';
import type { Context, Place } from './context.js';
import { shareEstimate, weightedShareEstimate } from './estimate.js';
import { isDisclosiveDistribution, isDisclosiveShare } from './privacy/index.js';
import type { Selection } from './select.js';
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
  const w = ctx.weights;
  // Per option: respondents who chose it (and their weight); per question: who answered.
  const counts = new Map(options.map((c) => [c, 0]));
  const wcounts = new Map(options.map((c) => [c, 0]));
  let n = 0;
  let sw = 0;
  let sww = 0;
  const answered = (i: number) => {
    n++;
    if (w) {
      sw += w[i]!;
      sww += w[i]! * w[i]!;
    }
  };
  const chose = (i: number, c: number) => {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (w) wcounts.set(c, (wcounts.get(c) ?? 0) + w[i]!);
  };
  let indicator = 'share';
  if (q.type === 'single' && column.kind === 'code') {
    const slot = new Set(options);
    for (const i of selection) {
      const c = column.codes[i]!;
      if (!slot.has(c)) continue;
      answered(i);
      chose(i, c);
    }
  } else if (q.type === 'multi' && column.kind === 'multi') {
    for (const i of selection) {
      if (column.ticks[0]?.[i] === MISSING_TICK) continue;
      answered(i);
      column.options.forEach((code, k) => {
        if (column.ticks[k]![i] === 1) chose(i, code);
      });
    }
  } else if (q.type === 'rank' && column.kind === 'rank') {
    indicator = `share_top${column.positions.length}`;
    for (const i of selection) {
      const ranked = column.positions.map((p) => p[i]!).filter((c) => counts.has(c));
      if (ranked.length === 0) continue;
      answered(i);
      for (const c of new Set(ranked)) chose(i, c);
    }
  } else return null;
  const sensitive = 'sensitive' in q && q.sensitive === true;
  // One answer each: the distribution discloses or not as a whole (judged on respondents, not
  // weights). Ticks: each option on its own.
  const whole = q.type === 'single' && isDisclosiveDistribution([...counts.values()], sensitive);
  const min = ctx.options.minCell;
  return {
    item: q.id,
    block: q.block,
    shares: options.map((c) => {
      const key = { indicator, item: q.id, category: String(c) };
      const k = counts.get(c)!;
      const disclosive = whole || (q.type !== 'single' && isDisclosiveShare(k, n, sensitive));
      return w
        ? weightedShareEstimate(place, key, { k, n, wk: wcounts.get(c)!, sw, sww }, min, disclosive)
        : shareEstimate(place, key, k, n, min, disclosive);
    }),
  };
}
