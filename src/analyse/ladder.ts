/**
 * The participation ladder per policy phase: distribution over the rungs, median rung, share at
 * adviseren (3) or higher, now and desired; the ambitiekloof is the mean of desired − current over
 * respondents who answered both, with a t-interval on the paired differences.
 */
import type { LadderQuestion } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';
import { codedCounts, codedMean, codedMedian, codedShare, valueMean, valueStats } from './coded.js';
import type { Context, Place } from './context.js';
import { pointEstimate } from './estimate.js';
import { isDisclosiveDistribution } from './privacy/index.js';
import type { Selection } from './select.js';
import type { LadderResult, LadderSide } from './types.js';

/** Rung code of "adviseren"; shares count this rung and higher. */
export const ADVISEREN = 3;

function side(ctx: Context, q: LadderQuestion, selection: Selection, place: Place): LadderSide {
  const rungs = ctx.scale(q.scale).options.map((o) => o.code);
  const column = ctx.column(q.id);
  const codes = column?.kind === 'code' ? column.codes : new Int16Array(0);
  const counted = codedCounts(ctx, codes, selection, rungs);
  const min = ctx.options.minCell;
  const disclosive = isDisclosiveDistribution(counted.counts, false);
  return {
    distribution: rungs.map((r) =>
      codedShare(
        ctx,
        place,
        { indicator: 'share', item: q.id, category: String(r) },
        counted,
        (x) => x === r,
        disclosive,
      ),
    ),
    median: pointEstimate(
      place,
      { indicator: 'median_rung', item: q.id },
      counted.n,
      codedMedian(counted),
      min,
      disclosive,
    ),
    shareAdviseren: codedShare(
      ctx,
      place,
      { indicator: 'share_adviseren_plus', item: q.id },
      counted,
      (x) => x >= ADVISEREN,
      disclosive,
    ),
    mean: codedMean(ctx, place, { indicator: 'mean_rung', item: q.id }, counted, disclosive),
  };
}

/** Paired desired and current rungs of the selection (NaN where not both answered). */
function pairs(
  ctx: Context,
  now: LadderQuestion,
  desired: LadderQuestion,
  selection: Selection,
): { a: Float64Array; b: Float64Array } {
  const rungs = new Set(ctx.scale(now.scale).options.map((o) => o.code));
  const cn = ctx.column(now.id);
  const cd = ctx.column(desired.id);
  const a = new Float64Array(selection.length);
  const b = new Float64Array(selection.length);
  selection.forEach((r, j) => {
    const x = cd?.kind === 'code' ? cd.codes[r]! : MISSING;
    const y = cn?.kind === 'code' ? cn.codes[r]! : MISSING;
    a[j] = rungs.has(x) ? x : Number.NaN;
    b[j] = rungs.has(y) ? y : Number.NaN;
  });
  return { a, b };
}

/**
 * Every phase that has both a current and a desired ladder question, in the codebook's phase
 * order; `selectionFor(phase id)` gives the respondents of each phase.
 */
export function analyseLadder(
  ctx: Context,
  selectionFor: (key: string) => Selection,
  place: Place,
): LadderResult[] {
  const out: LadderResult[] = [];
  for (const phase of ctx.codebook.phases) {
    const qs = ctx.codebook.questions.filter(
      (q): q is LadderQuestion => q.type === 'ladder' && q.phase === phase.id,
    );
    const now = qs.find((q) => q.moment === 'now');
    const desired = qs.find((q) => q.moment === 'desired');
    if (!now || !desired) continue;
    const selection = selectionFor(phase.id);
    const { a, b } = pairs(ctx, now, desired, selection);
    const diff = valueStats(ctx, selection, (j) => a[j]! - b[j]!);
    const sides = { now: side(ctx, now, selection, place), desired: side(ctx, desired, selection, place) };
    // A side that everyone answered alike is hidden; the gap would give it back.
    const hiddenSide = sides.now.mean.suppressed || sides.desired.mean.suppressed;
    out.push({
      phase: phase.id,
      label: phase.label,
      ...sides,
      ambitiekloof: valueMean(ctx, place, { indicator: 'ambitiekloof', item: phase.id }, diff, hiddenSide),
    });
  }
  return out;
}
