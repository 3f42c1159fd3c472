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

/**
 * What a choice question adds up over a selection: per option who chose it (and their weight), and
 * who answered (and their Σw, Σw²). Mergeable: the counts of disjoint selections add up
 * ({@link mergeChoiceCounts}), so a region's shares and the country's come from the same sums.
 */
export interface ChoiceCounts {
  /** The scale's option codes, in order. */
  options: readonly number[];
  /** Per option: respondents who chose it. */
  chosen: number[];
  /** Per option: their sum of weights; null when unweighted. */
  wchosen: number[] | null;
  /** Respondents who answered the question. */
  n: number;
  /** Sum of their weights and of their squared weights (0 when unweighted). */
  sw: number;
  sww: number;
}

/** The counts of a single, multi or rank question over a selection; null for any other question. */
export function choiceCounts(ctx: Context, q: Question, selection: Selection): ChoiceCounts | null {
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
    for (const i of selection) {
      const ranked = column.positions.map((p) => p[i]!).filter((c) => counts.has(c));
      if (ranked.length === 0) continue;
      answered(i);
      for (const c of new Set(ranked)) chose(i, c);
    }
  } else return null;
  return {
    options,
    chosen: options.map((c) => counts.get(c)!),
    wchosen: w ? options.map((c) => wcounts.get(c)!) : null,
    n,
    sw,
    sww,
  };
}

/** The counts of a choice question over no respondents: the identity of {@link mergeChoiceCounts}. */
export function emptyChoiceCounts(options: readonly number[], weighted: boolean): ChoiceCounts {
  return {
    options,
    chosen: options.map(() => 0),
    wchosen: weighted ? options.map(() => 0) : null,
    n: 0,
    sw: 0,
    sww: 0,
  };
}

/**
 * The counts of two disjoint selections together: counts and n exactly, the weight sums within
 * rounding, as {@link choiceCounts} over their union. Same options, both weighted or both not.
 */
export function mergeChoiceCounts(a: ChoiceCounts, b: ChoiceCounts): ChoiceCounts {
  if (a.options.length !== b.options.length || a.options.some((c, k) => c !== b.options[k]))
    throw new Error('counts over different options cannot be merged');
  if ((a.wchosen === null) !== (b.wchosen === null))
    throw new Error('weighted and unweighted counts cannot be merged');
  return {
    options: a.options,
    chosen: a.chosen.map((k, j) => k + b.chosen[j]!),
    wchosen: a.wchosen && b.wchosen ? a.wchosen.map((x, j) => x + b.wchosen![j]!) : null,
    n: a.n + b.n,
    sw: a.sw + b.sw,
    sww: a.sww + b.sww,
  };
}

/** The shares of a choice question from its counts (a rank question's indicator names its top k). */
export function choiceResult(ctx: Context, q: Question, c: ChoiceCounts, place: Place): ChoiceResult {
  const column = ctx.column(q.id);
  const indicator =
    q.type === 'rank' && column?.kind === 'rank' ? `share_top${column.positions.length}` : 'share';
  const sensitive = 'sensitive' in q && q.sensitive === true;
  // One answer each: the distribution discloses or not as a whole (judged on respondents, not
  // weights). Ticks: each option on its own.
  const whole = q.type === 'single' && isDisclosiveDistribution([...c.chosen], sensitive);
  const min = ctx.options.minCell;
  const { n, sw, sww } = c;
  return {
    item: q.id,
    block: q.block,
    shares: c.options.map((code, j) => {
      const key = { indicator, item: q.id, category: String(code) };
      const k = c.chosen[j]!;
      const disclosive = whole || (q.type !== 'single' && isDisclosiveShare(k, n, sensitive));
      return c.wchosen
        ? weightedShareEstimate(place, key, { k, n, wk: c.wchosen[j]!, sw, sww }, min, disclosive)
        : shareEstimate(place, key, k, n, min, disclosive);
    }),
  };
}

export function analyseChoice(
  ctx: Context,
  q: Question,
  selection: Selection,
  place: Place,
): ChoiceResult | null {
  const counted = choiceCounts(ctx, q, selection);
  return counted ? choiceResult(ctx, q, counted, place) : null;
}
