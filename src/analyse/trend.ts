/**
 * The trend against an earlier run (`--previous DIR`): per published estimate of a region, the
 * change since the earlier run's published estimate of the same region, item and group, with the
 * tests of the specification (statistics.md, Comparisons): Welch for means, two proportions for
 * shares (weighted: z on the standard errors and Kish's n), rebuilt from the published n and
 * intervals of both runs, so an earlier output is all it takes. Benjamini–Hochberg runs over it with
 * the report's other comparisons. A question whose wording, type or answer scale changed is not
 * compared and is listed (as are questions the earlier run did not record).
 */
import type { Codebook } from '../model/codebook.js';
import type { PreviousEstimate, PreviousRun } from '../model/previous.js';
import { questionPrints } from '../model/question-print.js';
import { MIN_COMPARISON_N } from './compare.js';
import { toEstimate } from './estimate.js';
import { type Interval, tQuantile, twoProportion, welch, Z975, zTwoSidedP } from './stats/index.js';
import type { Comparison, Estimate, TrendExclusion } from './types.js';

const MEANS = new Set(['mean', 'index_score', 'ambitiekloof', 'mean_rung', 'ipa_gap']);
const SHARES = (indicator: string) =>
  indicator === 'share' || indicator === 'share_agree' || indicator.startsWith('share_');

/** The questions (and derived items) that may be compared with the earlier run, and those that may not. */
export function comparableItems(
  codebook: Codebook,
  previous: PreviousRun,
): { ok: Set<string>; excluded: TrendExclusion[] } {
  const ok = new Set<string>();
  const excluded: TrendExclusion[] = [];
  const now = questionPrints(codebook);
  for (const q of now) {
    const then = previous.questions?.get(q.id);
    if (!previous.questions) excluded.push({ item: q.id, reason: 'unverified' });
    else if (!then) excluded.push({ item: q.id, reason: 'new' });
    else if (then.text !== q.text || then.type !== q.type || then.options.join('|') !== q.options.join('|'))
      excluded.push({ item: q.id, reason: 'changed' });
    else ok.add(q.id);
  }
  // Derived items follow their questions: an index its items, a phase its two ladder questions, a theme its pair.
  for (const index of codebook.indices) if (index.items.every((id) => ok.has(id))) ok.add(index.id);
  for (const phase of codebook.phases) {
    const qs = codebook.questions.filter((q) => q.type === 'ladder' && q.phase === phase.id);
    if (qs.length > 0 && qs.every((q) => ok.has(q.id))) ok.add(phase.id);
  }
  for (const theme of codebook.themes) {
    const qs = codebook.questions.filter((q) => q.type === 'ipa' && q.theme === theme.id);
    if (qs.length > 0 && qs.every((q) => ok.has(q.id))) ok.add(theme.id);
  }
  return { ok, excluded };
}

const keyOf = (e: Pick<Estimate, 'region' | 'subregion' | 'group' | 'indicator' | 'item' | 'category'>) =>
  [e.region, e.subregion, e.group, e.indicator, e.item, e.category].join('|');

/** The earlier run's estimates by key. */
export function previousIndex(previous: PreviousRun): Map<string, PreviousEstimate> {
  return new Map(previous.estimates.map((e) => [keyOf(e), e]));
}

/** The standard error an interval implies: a t-interval (unweighted means), else normal. */
function seOf(
  e: { n: number; estimate: number; ciLow: number | null; ciHigh: number | null },
  t: boolean,
): number | null {
  if (e.ciLow === null || e.ciHigh === null || !(e.ciHigh > e.ciLow)) return null;
  const q = t ? tQuantile(0.975, e.n - 1) : Z975;
  return (e.ciHigh - e.ciLow) / (2 * q);
}

function test(
  now: Estimate,
  then: PreviousEstimate,
  weighted: boolean,
): (Interval & { pValue: number }) | null {
  if (SHARES(now.indicator)) {
    const nNow = weighted ? (now.nEff ?? now.n) : now.n;
    const nThen = weighted ? (then.nEff ?? then.n) : then.n;
    const k = (p: number, n: number) => (weighted ? p * n : Math.round(p * n));
    const r = twoProportion(k(now.estimate!, nNow), nNow, k(then.estimate, nThen), nThen);
    return (
      r && { n: now.n, estimate: r.difference, low: r.low, high: r.high, se: Number.NaN, pValue: r.pValue }
    );
  }
  if (!MEANS.has(now.indicator)) return null;
  const a = seOf({ ...now, estimate: now.estimate! }, !weighted);
  const b = seOf(then, !weighted);
  if (a === null || b === null) return null;
  const difference = now.estimate! - then.estimate;
  if (weighted) {
    const se = Math.sqrt(a * a + b * b);
    return {
      n: now.n,
      estimate: difference,
      low: difference - Z975 * se,
      high: difference + Z975 * se,
      se,
      pValue: zTwoSidedP(difference / se),
    };
  }
  // Moments rebuilt from each run's mean, n and standard error (sd² = se² · n).
  const moments = (mean: number, n: number, se: number) => ({ n, mean, m2: se * se * n * (n - 1) });
  const r = welch(moments(now.estimate!, now.n, a), moments(then.estimate, then.n, b));
  return (
    r && { n: now.n, estimate: r.difference, low: r.low, high: r.high, se: Number.NaN, pValue: r.pValue }
  );
}

/**
 * The changes of one region (or the whole run) since the earlier run, for the published
 * estimates `rows` (those the report shows) whose item may be compared; `weighted`: the rows are
 * weighted and are matched with the earlier run's weighted rows.
 */
export function trendOf(
  rows: readonly Estimate[],
  previous: Map<string, PreviousEstimate>,
  ok: ReadonlySet<string>,
  weighted: boolean,
  minCell: number,
): Comparison[] {
  const out: Comparison[] = [];
  for (const e of rows) {
    if (e.suppressed || e.estimate === null || !ok.has(e.item)) continue;
    if (!MEANS.has(e.indicator) && !SHARES(e.indicator)) continue;
    const indicator = weighted ? `weighted_${e.indicator}` : e.indicator;
    const then = previous.get(
      keyOf({ ...e, indicator, category: e.indicator === 'ipa_gap' ? '' : e.category }),
    );
    if (!then) continue;
    const r = test(e, then, weighted);
    const place = { region: e.region, subregion: e.subregion, group: e.group };
    const difference = toEstimate(
      place,
      {
        indicator: `change_${e.indicator}`,
        item: e.item,
        category: e.indicator === 'ipa_gap' ? '' : e.category,
      },
      e.n,
      r,
      minCell,
    );
    difference.nOther = then.n;
    difference.pValue = r?.pValue ?? null;
    const b: Estimate = {
      ...place,
      indicator: e.indicator,
      item: e.item,
      category: e.category,
      n: then.n,
      estimate: then.estimate,
      ciLow: then.ciLow,
      ciHigh: then.ciHigh,
      suppressed: false,
    };
    out.push({
      item: e.item,
      a: e,
      b,
      difference,
      pValue: r?.pValue ?? null,
      qValue: null,
      significant: false,
    });
  }
  return out;
}

export { MIN_COMPARISON_N };
