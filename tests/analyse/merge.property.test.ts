/**
 * Property (fast-check): partial statistics merge exactly (DESIGN.md, "mergeable sufficient
 * statistics"; issue 9 point 5). On random data, weighted and unweighted:
 *   a. chunks: merging the chunks' Moments, WeightedSums and counts equals the one-pass
 *      statistics (counts and n exactly, sums, means and variances within 1e-9 relative), and the
 *      estimates made from them (t-interval, weighted mean, Wilson shares) are the same (a weighted
 *      SE where every answer is the same, and a rest's SE, to the rounding `seSlack` explains);
 *   b. the order and grouping of the merges do not matter;
 *   c. regions of a random survey: the real measures (comparedMeasures, Likert counts, choice
 *      counts) merged over the regions equal the measure over their union, the union minus a region
 *      equals the rest of the country, and analyse()'s national figures and benchmark ("rest of
 *      the country") equal the ones made from the regions' merged statistics;
 *   d. cells: a region, a side of the perspective gap and the country, measured from the partial
 *      statistics of their region × role cells (cells.ts, one pass over the survey), equal the same
 *      respondents measured directly.
 */
import { isDeepStrictEqual } from 'node:util';
import fc, { type Arbitrary } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCells, type Grouped } from '../../src/analyse/cells.js';
import {
  analyseChoice,
  choiceCounts,
  choiceResult,
  emptyChoiceCounts,
  mergeChoiceCounts,
} from '../../src/analyse/choices.js';
import {
  type CodedCounts,
  codedCounts,
  codedMean,
  codedShare,
  codeStats,
  emptyCodedCounts,
  mergeCodedCounts,
  valueMean,
} from '../../src/analyse/coded.js';
import {
  emptyMeasureStats,
  type MeasureStats,
  mergeMeasureStats,
  subtractMeasureStats,
} from '../../src/analyse/compare.js';
import { type Context, createContext, type Place } from '../../src/analyse/context.js';
import { hiddenMeasures } from '../../src/analyse/disclosure/measures.js';
import { analyse } from '../../src/analyse/index.js';
import { analyseIndex, indexStats } from '../../src/analyse/indices.js';
import { agreeCodes, analyseLikert } from '../../src/analyse/likert.js';
import { isDisclosiveDistribution } from '../../src/analyse/privacy/index.js';
import { comparedMeasures } from '../../src/analyse/region.js';
import { type Selection, selectAll, selectCodes, selectWhere } from '../../src/analyse/select.js';
import {
  addValue,
  addWeighted,
  emptyMoments,
  emptyWeightedSums,
  type Interval,
  type Moments,
  meanInterval,
  mergeMoments,
  mergeWeightedSums,
  momentsOf,
  momentsOfCounts,
  shareInterval,
  tQuantile,
  variance,
  type WeightedSums,
  weightedMeanOf,
  weightedSumsOfCategories,
  wilsonEffective,
  Z975,
} from '../../src/analyse/stats/index.js';
import type { Estimate } from '../../src/analyse/types.js';
import { weightsOf } from '../../src/analyse/weights/index.js';
import { ingest } from '../../src/ingest/index.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { toRegionTable } from '../../src/model/regions.js';
import { MISSING, type Survey } from '../../src/model/survey.js';

// ─── tolerance ───────────────────────────────────────────────────────────────────────────────

const REL = 1e-9;

/**
 * `a` deep-equals `b` (exactly): a plain comparison first, vitest's `expect` (with its diff) only on
 * a mismatch, which keeps thousands of checks per property cheap.
 */
function same(a: unknown, b: unknown, what: string): void {
  if (!isDeepStrictEqual(a, b)) expect(a, what).toEqual(b);
}

/**
 * Equal within 1e-9 relative: to the larger of the two, and of `scale` (at least 1), the size of
 * the sums they were computed from (a rest of the country is the whole minus a region, so its
 * rounding is the whole's). NaN equals NaN, null equals null, undefined equals undefined.
 */
function near(a: number | null | undefined, b: number | null | undefined, scale = 1): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= REL * Math.max(1, Math.abs(scale), Math.abs(a), Math.abs(b));
}

function expectNear(
  a: number | null | undefined,
  b: number | null | undefined,
  what: string,
  scale = 1,
): void {
  if (!near(a, b, scale)) expect.fail(`${what}: ${a} vs ${b} (difference ${Number(a) - Number(b)})`);
}

/** Moments equal: n exactly, the rest within 1e-9 relative (to `scale`'s, for a difference). */
function expectMoments(a: Moments, b: Moments, what: string, scale: Moments = a): void {
  same(a.n, b.n, `${what} n`);
  expectNear(a.mean, b.mean, `${what} mean`, scale.mean);
  expectNear(a.m2, b.m2, `${what} m2`, scale.m2);
  expectNear(variance(a), variance(b), `${what} variance`, a.n > 1 ? scale.m2 / (a.n - 1) : 1);
}

const SUMS = ['sw', 'swy', 'sww', 'swwy', 'swwyy'] as const;

function expectSums(a: WeightedSums, b: WeightedSums, what: string, scale: WeightedSums = a): void {
  same([a.N, a.n], [b.N, b.n], `${what} N, n`);
  for (const k of SUMS) expectNear(a[k], b[k], `${what} ${k}`, scale[k]);
}

function expectStats(a: MeasureStats, b: MeasureStats, what: string, scale: MeasureStats = a): void {
  expectMoments(a.moments, b.moments, `${what} moments`, scale.moments);
  same(a.sums === null, b.sums === null, `${what} weighted`);
  if (a.sums && b.sums) expectSums(a.sums, b.sums, `${what} sums`, scale.sums ?? a.sums);
}

function expectCounts(a: CodedCounts, b: CodedCounts, what: string): void {
  same(a.codes, b.codes, `${what} codes`);
  // counts, n and the design are integers: exactly equal
  same([a.counts, a.n, a.design], [b.counts, b.n, b.design], `${what} counts`);
  same(a.wsum === null, b.wsum === null, `${what} weighted`);
  a.wsum?.forEach((x, k) => {
    expectNear(x, b.wsum![k], `${what} wsum[${k}]`);
    expectNear(a.wsq![k], b.wsq![k], `${what} wsq[${k}]`);
  });
}

/**
 * How far rounding alone may move a standard error computed from sums. The SE of a weighted mean
 * is √(Σw²y² − 2ȳΣw²y + ȳ²Σw²)/Σw: where every answer is the same that difference is 0, and its
 * rounding (about 1e-16 of Σw²y², so an SE near 1e-8, and a different one for every order of
 * summation) is all that is left; the interval bounds then differ by that much. The same holds
 * for a rest's Σ(x − x̄)² = whole − region − …. This allows 1e-12 of the largest sum of squares
 * involved (`scale`), ten times the worst-case rounding of 200 terms; where the spread is not
 * near 0, the bounds still agree to 1e-9.
 */
function seSlack(s: MeasureStats, scale: MeasureStats): number {
  if (s.sums) {
    const { N, sw } = s.sums;
    if (N < 2 || !(sw > 0)) return 0;
    const ss = 1e-12 * Math.max(s.sums.swwyy, scale.sums?.swwyy ?? 0);
    return Math.sqrt((N / (N - 1)) * ss) / sw;
  }
  const { n } = s.moments;
  if (n < 2) return 0;
  return Math.sqrt((1e-12 * Math.max(s.moments.m2, scale.moments.m2)) / (n - 1) / n);
}

/**
 * Two intervals equal: n exactly, estimate to 1e-9; the SE and the bounds to 1e-9 plus `se` and
 * `q` × `se` (see seSlack; `q` the interval's z or t).
 */
function expectInterval(a: Interval | null, b: Interval | null, what: string, se = 0, q = 0): void {
  same(a === null, b === null, `${what} null`);
  if (!a || !b) return;
  same(a.n, b.n, `${what} n`);
  expectNear(a.estimate, b.estimate, `${what} estimate`);
  for (const k of ['low', 'high', 'se'] as const) {
    const slack = k === 'se' ? se : q * se;
    if (!near(a[k], b[k]) && !(Math.abs(a[k] - b[k]) <= slack + REL * Math.max(1, Math.abs(a[k]))))
      expect.fail(`${what} ${k}: ${a[k]} vs ${b[k]} (difference ${a[k] - b[k]}, slack ${slack})`);
  }
}

/** Two estimates equal: n, suppression and key exactly, numbers to 1e-9, bounds plus `slack` (z or t × seSlack). */
function expectEstimate(a: Estimate, b: Estimate, what: string, slack = 0): void {
  same(
    [a.n, a.suppressed, a.indicator, a.item, a.category],
    [b.n, b.suppressed, b.indicator, b.item, b.category],
    what,
  );
  expectNear(a.estimate, b.estimate, `${what} estimate`);
  expectNear(a.nEff, b.nEff, `${what} nEff`);
  for (const k of ['ciLow', 'ciHigh'] as const) {
    const [x, y] = [a[k], b[k]];
    if (near(x, y)) continue;
    if (x === null || y === null || !(Math.abs(x - y) <= slack + REL * Math.max(1, Math.abs(x))))
      expect.fail(`${what} ${k}: ${x} vs ${y} (difference ${Number(x) - Number(y)}, slack ${slack})`);
  }
}

/** `seSlack` as a slack on interval bounds: × z for a weighted mean, × t(n − 1) for a t-interval. */
function boundSlack(s: MeasureStats, scale: MeasureStats = s): number {
  const se = seSlack(s, scale);
  if (se === 0) return 0;
  return (s.sums ? Z975 : tQuantile(0.975, s.moments.n - 1)) * se;
}

/**
 * The slack of a merge (no difference taken): none for moments (Chan's merge and Welford's update
 * keep Σ(x − x̄)² without cancellation, exactly 0 where every value is the same), `boundSlack` for
 * weighted sums.
 */
const mergeSlack = (s: MeasureStats) => (s.sums ? boundSlack(s) : 0);

// ─── random data ─────────────────────────────────────────────────────────────────────────────

/** A Likert answer 1–5, or NaN for missing (blank, "weet niet"). */
const answer = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 4 },
  { arbitrary: fc.constant(Number.NaN), weight: 1 },
);
/** A survey weight: positive, sometimes 0. */
const weight = fc.oneof(
  { arbitrary: fc.double({ min: 0.05, max: 8, noNaN: true }), weight: 5 },
  { arbitrary: fc.constant(0), weight: 1 },
);
const rows = fc.array(fc.record({ y: answer, w: weight }), { maxLength: 200 });
/** Cut points that split the rows into up to 7 chunks, some of them possibly empty. */
const cuts = fc.array(fc.nat(), { maxLength: 6 });

/** The index lists of the chunks that `cuts` makes of `size` rows, in order. */
function chunksOf(size: number, at: readonly number[]): Selection[] {
  const bounds = at.map((c) => c % (size + 1)).sort((p, q) => p - q);
  const out: Selection[] = [];
  let start = 0;
  for (const end of [...bounds, size]) {
    out.push(Uint32Array.from({ length: end - start }, (_, j) => start + j));
    start = end;
  }
  return out;
}

const LIKERT = [1, 2, 3, 4, 5];

/** Codes as ingest stores them: NaN (missing) as MISSING. */
const codesOf = (ys: readonly number[]) => Int16Array.from(ys, (y) => (Number.isFinite(y) ? y : MISSING));

/** What codedCounts reads of a context: its weights, and a selection's measure made directly (no cells). */
const weightsOnly = (weights: Float64Array | null) =>
  ({
    weights,
    options: { minCell: 1, minCount: 1 },
    over: <T>(_of: object, _key: string, s: Selection, measure: Grouped<T>) => measure(s, null, 1)[0]!,
  }) as unknown as Context;

const place: Place = { region: 'r', subregion: 'all', group: 'all' };

/** The statistics of the rows `sel`: moments, weighted sums and counts, as the analysis makes them. */
function statsOf(ys: readonly number[], ws: Float64Array, sel: Selection) {
  const moments = emptyMoments();
  const sums = emptyWeightedSums();
  for (const i of sel) {
    addValue(moments, ys[i]!);
    addWeighted(sums, ys[i]!, ws[i]!);
  }
  const codes = codesOf(ys);
  return {
    moments,
    sums,
    counts: codedCounts(weightsOnly(null), codes, sel, LIKERT),
    wcounts: codedCounts(weightsOnly(ws), codes, sel, LIKERT),
  };
}
type Stats = ReturnType<typeof statsOf>;

function mergeStats(a: Stats, b: Stats): Stats {
  return {
    moments: mergeMoments(a.moments, b.moments),
    sums: mergeWeightedSums(a.sums, b.sums),
    counts: mergeCodedCounts(a.counts, b.counts),
    wcounts: mergeCodedCounts(a.wcounts, b.wcounts),
  };
}

const emptyStats = (): Stats => ({
  moments: emptyMoments(),
  sums: emptyWeightedSums(),
  counts: emptyCodedCounts(LIKERT, false),
  wcounts: emptyCodedCounts(LIKERT, true),
});

function expectAllStats(a: Stats, b: Stats, what: string): void {
  expectMoments(a.moments, b.moments, `${what} moments`);
  expectSums(a.sums, b.sums, `${what} sums`);
  expectCounts(a.counts, b.counts, `${what} counts`);
  expectCounts(a.wcounts, b.wcounts, `${what} weighted counts`);
}

/** The share agreeing (4 or 5) from counts: Wilson on n, or on Kish's n_eff with weights. */
function agreeOf(c: CodedCounts): { unweighted: Interval | null; weighted: [number, number] | null } {
  const k = c.counts[3]! + c.counts[4]!;
  if (!c.wsum || !c.wsq) return { unweighted: shareInterval(k, c.n), weighted: null };
  const sw = c.wsum.reduce((s, x) => s + x, 0);
  const sww = c.wsq.reduce((s, x) => s + x, 0);
  if (!(sw > 0)) return { unweighted: shareInterval(k, c.n), weighted: null };
  return {
    unweighted: shareInterval(k, c.n),
    weighted: wilsonEffective((c.wsum[3]! + c.wsum[4]!) / sw, (sw * sw) / sww),
  };
}

/** The estimates made from the statistics: the stats library's and analyse's (codedMean, codedShare). */
function expectSameEstimates(merged: Stats, whole: Stats, what: string): void {
  expectInterval(meanInterval(merged.moments), meanInterval(whole.moments), `${what} t-interval`);
  const weighted: MeasureStats = { moments: whole.moments, sums: whole.sums };
  const se = seSlack(weighted, weighted);
  expectInterval(weightedMeanOf(merged.sums), weightedMeanOf(whole.sums), `${what} weighted mean`, se, Z975);
  const [a, b] = [agreeOf(merged.wcounts), agreeOf(whole.wcounts)];
  // unweighted shares come from integer counts: exactly the same
  same(a.unweighted, b.unweighted, `${what} Wilson share`);
  same(a.weighted === null, b.weighted === null, `${what} weighted share`);
  if (a.weighted && b.weighted) {
    expectNear(a.weighted[0], b.weighted[0], `${what} weighted Wilson low`);
    expectNear(a.weighted[1], b.weighted[1], `${what} weighted Wilson high`);
  }
  for (const [c, d, ctx, slack] of [
    [merged.counts, whole.counts, weightsOnly(null), 0],
    [merged.wcounts, whole.wcounts, weightsOnly(new Float64Array(0)), Z975 * se],
  ] as const) {
    const key = { indicator: 'mean', item: 'x' };
    const [ma, mb] = [codedMean(ctx, place, key, c, false), codedMean(ctx, place, key, d, false)];
    expectEstimate(ma, mb, `${what} codedMean`, slack);
    const agree = { indicator: 'share_agree', item: 'x' };
    expectEstimate(
      codedShare(ctx, place, agree, c, (x) => x >= 4, false),
      codedShare(ctx, place, agree, d, (x) => x >= 4, false),
      `${what} codedShare`,
    );
  }
}

// ─── a. chunks ───────────────────────────────────────────────────────────────────────────────

describe('merging partial statistics (chunks)', () => {
  it('merging the chunks equals the one-pass statistics, and so do the estimates made from them', () => {
    fc.assert(
      fc.property(rows, cuts, (data, at) => {
        const ys = data.map((r) => r.y);
        const ws = Float64Array.from(data, (r) => r.w);
        const whole = statsOf(ys, ws, selectAll(data.length));
        const parts = chunksOf(data.length, at).map((sel) => statsOf(ys, ws, sel));
        const merged = parts.reduce(mergeStats, emptyStats());
        expectAllStats(merged, whole, 'merged chunks');
        // the one pass itself against a direct count and the stats library's momentsOf
        expectMoments(whole.moments, momentsOf(ys), 'one pass');
        same(
          whole.counts.counts,
          LIKERT.map((c) => ys.filter((y) => y === c).length),
          'counts by hand',
        );
        same(
          [whole.sums.N, whole.sums.n],
          [data.length, ys.filter(Number.isFinite).length],
          'N and n by hand',
        );
        // what the analysis makes of the counts: moments and weighted sums per category
        expectMoments(momentsOfCounts(LIKERT, merged.counts.counts), whole.moments, 'moments of counts');
        const w = merged.wcounts;
        expectSums(
          weightedSumsOfCategories(LIKERT, w.counts, w.wsum!, w.wsq!, w.design),
          whole.sums,
          'sums of counts',
        );
        expectSameEstimates(merged, whole, 'merged chunks');
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it('merging with nothing changes nothing, exactly', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const ys = data.map((r) => r.y);
        const ws = Float64Array.from(data, (r) => r.w);
        const s = statsOf(ys, ws, selectAll(data.length));
        same(mergeStats(s, emptyStats()), s, 'x + 0');
        same(mergeStats(emptyStats(), s), s, '0 + x');
        for (const weighted of [false, true]) {
          const m: MeasureStats = { moments: s.moments, sums: weighted ? s.sums : null };
          same(mergeMeasureStats(m, emptyMeasureStats(weighted)), m, 'measure x + 0');
          same(mergeMeasureStats(emptyMeasureStats(weighted), m), m, 'measure 0 + x');
        }
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });

  it('refuses to merge a weighted with an unweighted part, or counts over other codes', () => {
    expect(() => mergeMeasureStats(emptyMeasureStats(true), emptyMeasureStats(false))).toThrow();
    expect(() => mergeCodedCounts(emptyCodedCounts(LIKERT, true), emptyCodedCounts(LIKERT, false))).toThrow();
    expect(() =>
      mergeCodedCounts(emptyCodedCounts(LIKERT, false), emptyCodedCounts([1, 2], false)),
    ).toThrow();
    expect(() =>
      mergeChoiceCounts(emptyChoiceCounts([1, 2], true), emptyChoiceCounts([1, 2], false)),
    ).toThrow();
    expect(() =>
      mergeChoiceCounts(emptyChoiceCounts([1, 2], false), emptyChoiceCounts([1, 3], false)),
    ).toThrow();
  });
});

// ─── b. order ────────────────────────────────────────────────────────────────────────────────

describe('merge order does not matter', () => {
  it('is commutative and associative, and any order and grouping of the chunks gives the same', () => {
    fc.assert(
      fc.property(
        rows,
        cuts,
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (data, at, order, grouping) => {
          const ys = data.map((r) => r.y);
          const ws = Float64Array.from(data, (r) => r.w);
          const parts = chunksOf(data.length, at).map((sel) => statsOf(ys, ws, sel));
          const [a, b, c] = [parts[0]!, parts[1] ?? emptyStats(), parts[2] ?? emptyStats()];
          expectAllStats(mergeStats(a, b), mergeStats(b, a), 'a + b vs b + a');
          expectAllStats(
            mergeStats(mergeStats(a, b), c),
            mergeStats(a, mergeStats(b, c)),
            '(a + b) + c vs a + (b + c)',
          );
          for (const weighted of [false, true]) {
            const m = (s: Stats): MeasureStats => ({ moments: s.moments, sums: weighted ? s.sums : null });
            expectStats(mergeMeasureStats(m(a), m(b)), mergeMeasureStats(m(b), m(a)), 'measure a + b');
            expectStats(
              mergeMeasureStats(mergeMeasureStats(m(a), m(b)), m(c)),
              mergeMeasureStats(m(a), mergeMeasureStats(m(b), m(c))),
              'measure (a + b) + c',
            );
          }
          // a shuffled order, merged as a random tree (merge two neighbours until one is left)
          const shuffled = parts
            .map((p, k) => ({ p, key: order[k % order.length]! * 8 + k }))
            .sort((x, y) => x.key - y.key)
            .map(({ p }) => p);
          let k = 0;
          while (shuffled.length > 1) {
            const at2 = grouping[k++ % grouping.length]! % (shuffled.length - 1);
            shuffled.splice(at2, 2, mergeStats(shuffled[at2]!, shuffled[at2 + 1]!));
          }
          const tree = shuffled[0]!;
          const folded = parts.reduce(mergeStats, emptyStats());
          expectAllStats(tree, folded, 'shuffled tree vs left fold');
          expectSameEstimates(tree, folded, 'shuffled tree vs left fold');
        },
      ),
      { numRuns: 200, seed: 20261203 },
    );
  });
});

// ─── c. regions of a survey ──────────────────────────────────────────────────────────────────

const t = (nl: string) => ({ nl, en: nl });
const PLACES = ['Aadorp', 'Baarn', 'Delft', 'Epe'];

const codebookInput: CodebookInput = {
  survey: { id: 'merge', title: t('Samenvoegen') },
  respondentId: 'id',
  complete: { column: 'submitdate' },
  region: { question: 'gemeente' },
  // `rol` is a plain single choice here, not the codebook's role: with a role, analyse() throws
  // "small but derivable from published totals" (privacy/linked.ts) on a region whose one side has
  // at least --min-cell respondents and the other 1–4, which is a disclosure matter, not a merge one.
  blocks: [
    { id: 'A', title: t('Achtergrond') },
    { id: 'D', title: t('Randvoorwaarden') },
  ],
  scales: [
    {
      id: 'rol',
      options: [1, 2].map((code) => ({ code, label: t(['inwoner', 'professional'][code - 1]!) })),
    },
    { id: 'gemeente', options: PLACES.map((name, k) => ({ code: k + 1, label: t(name) })) },
    {
      id: 'kanaal',
      options: [1, 2, 3].map((code) => ({ code, label: t(['brief', 'mail', 'app'][code - 1]!) })),
      missing: [{ code: 9, label: t('weet niet') }],
    },
    {
      id: 'eens5',
      options: LIKERT.map((code) => ({ code, label: t(`optie ${code}`) })),
      missing: [{ code: 9, label: t('weet niet') }],
    },
    { id: 'vormen', options: [1, 2].map((code) => ({ code, label: t(['panel', 'raad'][code - 1]!) })) },
  ],
  questions: [
    { id: 'rol', block: 'A', type: 'single', column: 'rol', scale: 'rol', text: t('Rol') },
    {
      id: 'gemeente',
      block: 'A',
      type: 'single',
      column: 'gemeente',
      scale: 'gemeente',
      text: t('Gemeente'),
    },
    { id: 'kanaal', block: 'A', type: 'single', column: 'kanaal', scale: 'kanaal', text: t('Kanaal') },
    {
      id: 'vormen',
      block: 'A',
      type: 'multi',
      scale: 'vormen',
      columns: [
        { code: 1, column: 'vormen_panel' },
        { code: 2, column: 'vormen_raad' },
      ],
      text: t('Vormen'),
    },
    { id: 'D1', block: 'D', type: 'likert', column: 'D1', scale: 'eens5', text: t('Vroeg betrokken') },
    { id: 'D2', block: 'D', type: 'likert', column: 'D2', scale: 'eens5', text: t('Terugkoppeling') },
  ],
  indices: [{ id: 'rv', label: t('Randvoorwaarden'), items: ['D1', 'D2'] }],
  weight: 'gewicht',
};
const codebook = Codebook.parse(codebookInput);

const cell = (...choices: string[]) => fc.constantFrom(...choices);
const respondent = fc.record({
  region: fc.nat(),
  rol: cell('1', '2', '2', ''),
  kanaal: cell('1', '2', '3', '9', ''),
  panel: cell('1', '', ''),
  raad: cell('1', '1', ''),
  D1: cell('1', '2', '3', '4', '5', '9', ''),
  D2: cell('2', '3', '4', '4', '5', '9', ''),
  w: weight,
});
/** 2–4 regions (one municipality each) and 1–150 respondents in them. */
const surveyData = fc.record({
  regions: fc.integer({ min: 2, max: 4 }),
  rows: fc.array(respondent, { minLength: 1, maxLength: 150 }),
});

type SurveyData = typeof surveyData extends Arbitrary<infer T> ? T : never;

async function surveyOf(data: SurveyData): Promise<Survey> {
  const regions = toRegionTable({
    regions: PLACES.slice(0, data.regions).map((name) => ({
      name: `Regio ${name}`,
      subregions: [{ name, municipalities: [name] }],
    })),
  });
  const header = 'id,submitdate,rol,gemeente,kanaal,vormen_panel,vormen_raad,D1,D2,gewicht';
  const lines = data.rows.map((r, i) => {
    const place = PLACES[r.region % data.regions]!;
    // every respondent answers something (else ingest leaves them out), and the first has weight
    const panel = r.D1 === '' || r.D1 === '9' ? '1' : r.panel;
    const w = i === 0 ? Math.max(r.w, 1) : r.w;
    return [`r${i}`, '2026-10-01', r.rol, place, r.kanaal, panel, r.raad, r.D1, r.D2, String(w)].join(',');
  });
  const bytes = new TextEncoder().encode([header, ...lines].join('\n'));
  return ingest([{ file: 'merge.csv', bytes }], { codebook, regions });
}

const OPTIONS = { minCell: 5, minCount: 5 };

/** The selections of the regions present, of the whole survey and of each region's rest. */
function selectionsOf(survey: Survey) {
  const regionSel = survey.regions.regions.map((_, k) =>
    selectWhere(survey.size, (i) => survey.region[i] === k),
  );
  const restSel = survey.regions.regions.map((_, k) =>
    selectWhere(survey.size, (i) => survey.region[i] !== k),
  );
  return { regionSel, restSel, union: selectAll(survey.size) };
}

const LIKERT_QS = ['D1', 'D2'];
const CHOICE_QS = ['rol', 'kanaal', 'vormen'];

function checkRegions(survey: Survey, ctx: Context): void {
  const weighted = ctx.weights !== null;
  const { regionSel, restSel, union } = selectionsOf(survey);
  const all = { ...place, region: 'all' };
  const measures = comparedMeasures(ctx);
  for (const m of [...measures.items, ...measures.indices]) {
    const what = `${weighted ? 'weighted ' : ''}${m.indicator} ${m.item}`;
    const parts = regionSel.map((s) => m.stats(s));
    const whole = m.stats(union);
    const merged = parts.reduce(mergeMeasureStats, emptyMeasureStats(weighted));
    expectStats(merged, whole, `${what}: merged regions vs the union`);
    const key = { indicator: m.indicator, item: m.item };
    const [ea, eb] = [valueMean(ctx, all, key, merged), valueMean(ctx, all, key, whole)];
    expectEstimate(ea, eb, `${what} national mean`, mergeSlack(whole));
    parts.forEach((own, k) => {
      // the rest of the country: the union minus the region, as benchmark.ts makes it
      const rest = subtractMeasureStats(whole, own);
      const direct = m.stats(restSel[k]!);
      expectStats(rest, direct, `${what}: union − region ${k} vs the rest`, whole);
      const [ra, rb] = [valueMean(ctx, all, key, rest), valueMean(ctx, all, key, direct)];
      expectEstimate(ra, rb, `${what}: rest of region ${k}`, boundSlack(direct, whole));
    });
  }
  for (const id of LIKERT_QS) {
    const q = ctx.question(id);
    if (q.type !== 'likert') throw new Error(id);
    const column = ctx.column(id);
    if (column?.kind !== 'code') throw new Error(id);
    const counts = (s: Selection) => codedCounts(ctx, column.codes, s, LIKERT);
    const merged = regionSel.map(counts).reduce(mergeCodedCounts, emptyCodedCounts(LIKERT, weighted));
    expectCounts(merged, counts(union), `${id}: merged regions' counts vs the union`);
    // the estimates analyseLikert makes over the union, from the merged counts
    const result = analyseLikert(ctx, q, union, all);
    const agree = agreeCodes(ctx.scale(q.scale));
    // class disclosure is judged on the counts, so on the merged counts it is the same
    const disclosive = isDisclosiveDistribution(merged.counts, q.sensitive);
    const mean = codedMean(ctx, all, result.mean, merged, disclosive);
    expectEstimate(mean, result.mean, `${id} mean`, mergeSlack(codeStats(ctx, id, union)));
    expectEstimate(
      codedShare(ctx, all, result.shareAgree, merged, (x) => agree.has(x), disclosive),
      result.shareAgree,
      `${id} share agreeing`,
    );
    result.distribution.forEach((e, k) => {
      const share = codedShare(ctx, all, e, merged, (x) => x === LIKERT[k], disclosive);
      expectEstimate(share, e, `${id} share of ${LIKERT[k]}`);
    });
  }
  for (const id of CHOICE_QS) {
    const q = ctx.question(id);
    const parts = regionSel.map((s) => choiceCounts(ctx, q, s)!);
    const whole = choiceCounts(ctx, q, union)!;
    const merged = parts.reduce(mergeChoiceCounts, emptyChoiceCounts(whole.options, weighted));
    same([merged.chosen, merged.n], [whole.chosen, whole.n], `${id}: counts`);
    same(merged.wchosen === null, !weighted, `${id}: weighted`);
    merged.wchosen?.forEach((x, k) => {
      expectNear(x, whole.wchosen![k], `${id} Σw of option ${k}`);
    });
    expectNear(merged.sw, whole.sw, `${id} Σw`);
    expectNear(merged.sww, whole.sww, `${id} Σw²`);
    const fromMerged = choiceResult(ctx, q, merged, all).shares;
    const direct = choiceResult(ctx, q, whole, all).shares;
    same(fromMerged.length, direct.length, `${id}: shares`);
    fromMerged.forEach((e, k) => {
      expectEstimate(e, direct[k]!, `${id} share ${e.category}`);
    });
  }
}

/**
 * analyse()'s national mean of each measure and each region's "rest of the country" equal the
 * estimates made from the merged statistics of the regions that publish the measure.
 */
function checkAnalyse(survey: Survey, ctx: Context): void {
  const weighted = ctx.weights !== null;
  const result = analyse(weighted ? survey : { ...survey, weights: null }, OPTIONS);
  const { regionSel } = selectionsOf(survey);
  const indexOf = new Map(survey.regions.regions.map((r, k) => [r.name, k]));
  const reported = result.regions.map((r) => ({
    k: indexOf.get(r.name)!,
    r,
    hidden: hiddenMeasures(r, undefined),
  }));
  const measures = comparedMeasures(ctx);
  const national = new Map<string, Estimate>([
    ...result.national.likert.map((l) => [l.item, l.mean] as const),
    ...result.national.indices.map((i) => [i.index, i.score] as const),
  ]);
  for (const m of [...measures.items, ...measures.indices]) {
    const what = `${weighted ? 'weighted ' : ''}${m.indicator} ${m.item}`;
    const key = { indicator: m.indicator, item: m.item };
    const publishing = reported.filter(({ hidden }) => !hidden.has(m.item));
    const statsOver = (ks: readonly number[]) =>
      ks.map((k) => m.stats(regionSel[k]!)).reduce(mergeMeasureStats, emptyMeasureStats(weighted));
    const whole = statsOver(publishing.map((p) => p.k));
    const expected = valueMean(ctx, { ...place, region: 'all' }, key, whole);
    const found = national.get(m.item)!;
    same(found.n, expected.n, `${what}: national n`);
    if (!found.suppressed) expectEstimate(found, expected, `${what}: national`, mergeSlack(whole));
    for (const { k, r } of reported) {
      const c = r.benchmark.find((b) => b.item === m.item)!;
      const restStats = statsOver(publishing.filter((p) => p.k !== k).map((p) => p.k));
      const b = valueMean(ctx, { ...place, region: 'rest' }, key, restStats);
      same(c.b.n, b.n, `${what}: rest of ${r.name} n`);
      // analyse made it as the national figure minus the region: a difference
      if (!c.b.suppressed) expectEstimate(c.b, b, `${what}: rest of ${r.name}`, boundSlack(restStats, whole));
    }
  }
}

describe('merging partial statistics (regions of a survey)', () => {
  it('regions merge into the union, and the union minus a region is its rest, weighted and unweighted', async () => {
    await fc.assert(
      fc.asyncProperty(surveyData, async (data) => {
        const survey = await surveyOf(data);
        same(survey.size, data.rows.length, 'every respondent included');
        const weights = weightsOf(survey, {})!.weights;
        for (const w of [null, weights]) checkRegions(survey, createContext(survey, { ...OPTIONS }, w));
      }),
      { numRuns: 100, seed: 20261204 },
    );
  });

  it("analyse()'s national figures and rest of the country are the regions' merged statistics", async () => {
    // one analyse() per survey, weighted or not (the weighted run holds an unweighted pass too)
    await fc.assert(
      fc.asyncProperty(surveyData, fc.boolean(), async (data, weighted) => {
        const survey = await surveyOf(data);
        const weights = weighted ? weightsOf(survey, {})!.weights : null;
        checkAnalyse(survey, createContext(survey, { ...OPTIONS }, weights));
      }),
      { numRuns: 100, seed: 20261205 },
    );
  });

  it('a region, a side and the country measured from their cells equal their respondents measured directly', async () => {
    const role = { question: 'rol', residents: [1], professionals: [2] };
    await fc.assert(
      fc.asyncProperty(surveyData, fc.boolean(), async (data, weighted) => {
        const plain = await surveyOf(data);
        // cells split by the role question when the codebook has one
        const survey: Survey = { ...plain, codebook: { ...plain.codebook, role } };
        const weights = weighted ? weightsOf(survey, {})!.weights : null;
        const cells = createCells(survey);
        const ctx = createContext(survey, { ...OPTIONS }, weights, cells);
        const rol = survey.columns.get('rol');
        if (rol?.kind !== 'code') throw new Error('rol');
        const { regionSel } = selectionsOf(survey);
        const named: { what: string; selection: Selection }[] = [];
        regionSel.forEach((selection, k) => {
          const region = cells.name(selection, cells.region(k));
          named.push({ what: `region ${k}`, selection: region });
          for (const codes of [role.residents, role.professionals]) {
            const side = cells.withRole(cells.region(k), codes)!;
            named.push({
              what: `region ${k} role ${codes}`,
              selection: cells.name(selectCodes(region, rol.codes, codes), side),
            });
          }
        });
        const country = cells.name(
          selectAll(survey.size),
          regionSel.flatMap((_, k) => cells.region(k)),
        );
        named.push({ what: 'country', selection: country });
        const index = survey.codebook.indices[0]!;
        const all = { ...place, region: 'all' };
        for (const { what, selection } of named) {
          // a copy is not a named union: measured directly
          const direct = Uint32Array.from(selection);
          same(cells.of(direct), undefined, `${what}: the copy is measured directly`);
          for (const id of LIKERT_QS) {
            const column = ctx.column(id);
            if (column?.kind !== 'code') throw new Error(id);
            expectCounts(
              codedCounts(ctx, column.codes, selection, LIKERT),
              codedCounts(ctx, column.codes, direct, LIKERT),
              `${what} ${id}: counts from cells`,
            );
          }
          for (const id of CHOICE_QS) {
            const q = ctx.question(id);
            const a = analyseChoice(ctx, q, selection, all)!;
            const b = analyseChoice(ctx, q, direct, all)!;
            a.shares.forEach((e, k) => {
              expectEstimate(e, b.shares[k]!, `${what} ${id} share ${e.category}`);
            });
          }
          const stats = indexStats(ctx, index, direct);
          expectStats(indexStats(ctx, index, selection), stats, `${what}: index score from cells`);
          const [a, b] = [analyseIndex(ctx, index, selection, all), analyseIndex(ctx, index, direct, all)];
          same(a.alphaN, b.alphaN, `${what}: alpha n`);
          expectNear(a.alpha, b.alpha, `${what}: alpha`);
          expectEstimate(a.score, b.score, `${what}: index score`, mergeSlack(stats));
        }
      }),
      { numRuns: 100, seed: 20261206 },
    );
  });
});
