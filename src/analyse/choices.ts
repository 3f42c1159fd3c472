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
  return choiceCountsBy(ctx, q, selection, null, 1)?.[0] ?? null;
}

/**
 * {@link choiceCounts} per group in one pass (`groupOf[i]` is respondent i's group, 0 ≤ g < groups,
 * any other left out; null: one group of the whole selection).
 */
export function choiceCountsBy(
  ctx: Context,
  q: Question,
  selection: Selection,
  groupOf: Int32Array | null,
  groups: number,
): ChoiceCounts[] | null {
  const column = ctx.column(q.id);
  if (!column || !('scale' in q)) return null;
  const options = ctx.scale(q.scale).options.map((o) => o.code);
  const width = options.length;
  const slot = new Map(options.map((c, k) => [c, k]));
  const w = ctx.weights;
  // Per group and option: respondents who chose it (and their weight); per group: who answered.
  const chosen = new Float64Array(groups * width);
  const wchosen = new Float64Array(groups * width);
  const n = new Float64Array(groups);
  const sw = new Float64Array(groups);
  const sww = new Float64Array(groups);
  const answered = (g: number, i: number) => {
    n[g]!++;
    if (w) {
      sw[g]! += w[i]!;
      sww[g]! += w[i]! * w[i]!;
    }
  };
  const chose = (g: number, i: number, k: number) => {
    chosen[g * width + k]!++;
    if (w) wchosen[g * width + k]! += w[i]!;
  };
  const groupOfRow = (i: number) => {
    const g = groupOf ? groupOf[i]! : 0;
    return g >= 0 && g < groups ? g : -1;
  };
  if (q.type === 'single' && column.kind === 'code') {
    const table = new Int16Array(1 << 16).fill(-1);
    options.forEach((c, k) => {
      table[c + 32768] = k;
    });
    // The helpers above written out: 16 passes over every respondent at 1M rows.
    const codes = column.codes;
    for (let j = 0; j < selection.length; j++) {
      const i = selection[j]!;
      const k = table[(codes[i] as number) + 32768]!;
      if (k < 0) continue;
      const g = groupOf ? groupOf[i]! : 0;
      if (g < 0 || g >= groups) continue;
      n[g]!++;
      chosen[g * width + k]!++;
      if (w) {
        const x = w[i]!;
        sw[g]! += x;
        sww[g]! += x * x;
        wchosen[g * width + k]! += x;
      }
    }
  } else if (q.type === 'multi' && column.kind === 'multi') {
    const ticked = column.options.map((code) => slot.get(code) ?? -1);
    for (let j = 0; j < selection.length; j++) {
      const i = selection[j]!;
      const g = groupOfRow(i);
      if (g < 0 || column.ticks[0]?.[i] === MISSING_TICK) continue;
      answered(g, i);
      ticked.forEach((k, t) => {
        if (k >= 0 && column.ticks[t]![i] === 1) chose(g, i, k);
      });
    }
  } else if (q.type === 'rank' && column.kind === 'rank') {
    for (let j = 0; j < selection.length; j++) {
      const i = selection[j]!;
      const g = groupOfRow(i);
      if (g < 0) continue;
      const ranked = new Set<number>();
      for (const p of column.positions) {
        const k = slot.get(p[i]!);
        if (k !== undefined) ranked.add(k);
      }
      if (ranked.size === 0) continue;
      answered(g, i);
      for (const k of ranked) chose(g, i, k);
    }
  } else return null;
  return Array.from(n, (count, g) => ({
    options,
    chosen: Array.from(chosen.subarray(g * width, (g + 1) * width)),
    wchosen: w ? Array.from(wchosen.subarray(g * width, (g + 1) * width)) : null,
    n: count,
    sw: sw[g]!,
    sww: sww[g]!,
  }));
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
  // Whether a question has counts depends on the question alone, never on the selection.
  const counted = choiceCountsBy(ctx, q, new Uint32Array(0), null, 1)
    ? ctx.over(
        q,
        'choices',
        selection,
        (s, groupOf, groups) => choiceCountsBy(ctx, q, s, groupOf, groups)!,
        mergeChoiceCounts,
      )
    : null;
  return counted ? choiceResult(ctx, q, counted, place) : null;
}
