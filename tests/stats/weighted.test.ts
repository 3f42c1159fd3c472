import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designEffect, kishEffectiveN, weightedMean } from '../../src/analyse/stats/weighted.js';
import {
  addWeighted,
  emptyWeightedSums,
  mergeWeightedSums,
  subtractWeightedSums,
  weightedMeanOf,
} from '../../src/analyse/stats/weighted-sums.js';

/** Columns api00, ell, pw of tests/fixtures/apistrat.csv (R survey package data(api), see README). */
function readApistrat(): { api00: number[]; ell: number[]; pw: number[] } {
  const lines = readFileSync(new URL('../fixtures/apistrat.csv', import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/);
  const header = (lines[0] as string).split(',').map((h) => h.replace(/"/g, ''));
  const col = (name: string) => header.indexOf(name);
  const rows = lines.slice(1).map((line) => line.split(','));
  const num = (name: string) => rows.map((r) => Number(r[col(name)]));
  return { api00: num('api00'), ell: num('ell'), pw: num('pw') };
}

const api = readApistrat();

// R 4.2.2, survey 4.1-1, options(digits = 15):
//   d <- read.csv("apistrat.csv"); des <- svydesign(ids = ~1, weights = ~pw, data = d)
//   m <- svymean(~api00, des); c(coef(m), SE(m), confint(m))
describe('weightedMean', () => {
  it('weightedMean(apistrat api00, pw) is svymean 662.287363159321, SE 9.58542887637313', () => {
    const r = weightedMean(api.api00, api.pw);
    expect(r?.n).toBe(200);
    expect(r?.estimate).toBeCloseTo(662.287363159321, 9);
    expect(r?.se).toBeCloseTo(9.58542887637313, 9);
    expect(r?.low).toBeCloseTo(643.500267785259, 8); // confint
    expect(r?.high).toBeCloseTo(681.074458533382, 8);
  });

  it('weightedMean(apistrat ell, pw) is svymean 22.8636647597953, SE 1.70800562452181', () => {
    const r = weightedMean(api.ell, api.pw);
    expect(r?.estimate).toBeCloseTo(22.8636647597953, 9);
    expect(r?.se).toBeCloseTo(1.70800562452181, 9);
    expect(r?.low).toBeCloseTo(19.5160352503407, 8); // confint
    expect(r?.high).toBeCloseTo(26.2112942692499, 8);
  });

  it('weightedMean(apistrat api00, pw).nEff is sum(pw)^2/sum(pw^2) = 168.581331280756', () => {
    expect(weightedMean(api.api00, api.pw)?.nEff).toBeCloseTo(168.581331280756, 9);
  });

  it('weightedMean with a NaN y is svymean(na.rm = TRUE): 2.47368421052632, SE 0.631666012692884', () => {
    // s <- data.frame(y = c(3,4,NA,5,2,4,1), w = c(1.5,0.5,2,1,2.5,1,3))
    // m <- svymean(~y, svydesign(ids = ~1, weights = ~w, data = s), na.rm = TRUE)
    // c(coef(m), SE(m), confint(m)) → 2.47368421052632 0.631666012692884 1.23564157539024 3.71172684566239
    // (the unanswered row stays in the design: on the 6 answered rows alone R gives SE 0.640626261833746)
    const r = weightedMean([3, 4, Number.NaN, 5, 2, 4, 1], [1.5, 0.5, 2, 1, 2.5, 1, 3]);
    expect(r?.n).toBe(6);
    expect(r?.estimate).toBeCloseTo(2.47368421052632, 12);
    expect(r?.se).toBeCloseTo(0.631666012692884, 12);
    expect(r?.low).toBeCloseTo(1.23564157539024, 12);
    expect(r?.high).toBeCloseTo(3.71172684566239, 12);
    expect(r?.nEff).toBeCloseTo(4.56962025316456, 12); // sum(w)^2/sum(w^2) over the answered rows
  });

  it('weightedMean with three NaN y is svymean(na.rm = TRUE): SE 0.620283710806303', () => {
    // s2 <- data.frame(y = c(3,4,NA,5,2,4,1,NA,NA), w = c(1.5,0.5,2,1,2.5,1,3,0.7,4))
    // svymean(~y, svydesign(ids = ~1, weights = ~w, data = s2), na.rm = TRUE)
    //   → 2.47368421052632, SE 0.620283710806303, confint 1.25795047714911 3.68941794390353
    const r = weightedMean(
      [3, 4, Number.NaN, 5, 2, 4, 1, Number.NaN, Number.NaN],
      [1.5, 0.5, 2, 1, 2.5, 1, 3, 0.7, 4],
    );
    expect(r?.n).toBe(6);
    expect(r?.se).toBeCloseTo(0.620283710806303, 12);
    expect(r?.low).toBeCloseTo(1.25795047714911, 12);
    expect(r?.high).toBeCloseTo(3.68941794390353, 12);
  });

  it('weightedMean keeps zero weights in the design: SE 0.907147544044885 as svymean', () => {
    // svymean(~y, svydesign(ids = ~1, weights = ~w, data = data.frame(y = c(3,4,5,2), w = c(1,0,2,1))))
    //   → 3.75, SE 0.907147544044885 (without the zero-weight row: 0.962175269896291)
    const r = weightedMean([3, 4, 5, 2], [1, 0, 2, 1]);
    expect(r?.n).toBe(4);
    expect(r?.estimate).toBeCloseTo(3.75, 14);
    expect(r?.se).toBeCloseTo(0.907147544044885, 12);
  });

  it('weightedMean of nothing, or of zero total weight, is null', () => {
    expect(weightedMean([], [])).toBeNull();
    expect(weightedMean([Number.NaN], [1])).toBeNull();
    expect(weightedMean([3, 4], [0, 0])).toBeNull();
  });

  it('weightedMean of one pair has the value as estimate and NaN bounds', () => {
    const r = weightedMean([4], [2]);
    expect(r?.estimate).toBe(4);
    expect(r?.se).toBeNaN();
    expect(r?.low).toBeNaN();
  });
});

describe('kishEffectiveN and designEffect', () => {
  it('kishEffectiveN([1,1,2,4]) is 64/22 = 2.90909090909091', () => {
    expect(kishEffectiveN([1, 1, 2, 4])).toBeCloseTo(64 / 22, 14);
  });

  it('designEffect([1,1,2,4]) is 1 + (sd_pop/mean)^2 = 1.375 (R)', () => {
    // R: w <- c(1,1,2,4); 1 + (sqrt(mean((w - mean(w))^2)) / mean(w))^2 → 1.375
    expect(designEffect([1, 1, 2, 4])).toBeCloseTo(1.375, 14);
  });

  it('designEffect(apistrat pw) is 1.18637098473804 = n / kishEffectiveN', () => {
    // R: 1 + (sqrt(mean((pw - mean(pw))^2)) / mean(pw))^2 → 1.18637098473804
    expect(designEffect(api.pw)).toBeCloseTo(1.18637098473804, 12);
    expect(200 / kishEffectiveN(api.pw)).toBeCloseTo(1.18637098473804, 12);
  });

  it('equal weights give kishEffectiveN = n and designEffect = 1', () => {
    expect(kishEffectiveN([2.5, 2.5, 2.5])).toBeCloseTo(3, 14);
    expect(designEffect([2.5, 2.5, 2.5])).toBe(1);
  });

  it('no usable weights give kishEffectiveN 0 and designEffect NaN', () => {
    expect(kishEffectiveN([])).toBe(0);
    expect(designEffect([Number.NaN])).toBeNaN();
  });
});

describe('WeightedSums (mergeable)', () => {
  const sumsOf = (y: readonly number[], w: readonly number[]) => {
    const s = emptyWeightedSums();
    for (const [i, v] of y.entries()) addWeighted(s, v, w[i]!);
    return s;
  };
  it('weightedMeanOf(sums of apistrat api00, pw) is svymean 662.287363159321, SE 9.58542887637313', () => {
    const r = weightedMeanOf(sumsOf(api.api00, api.pw));
    expect(r?.estimate).toBeCloseTo(662.287363159321, 9);
    expect(r?.se).toBeCloseTo(9.58542887637313, 8);
    expect(r?.nEff).toBeCloseTo(168.581331280756, 9);
  });

  it('keeps an unanswered row in the design, as svymean(na.rm = TRUE): SE 0.631666012692884', () => {
    const r = weightedMeanOf(sumsOf([3, 4, Number.NaN, 5, 2, 4, 1], [1.5, 0.5, 2, 1, 2.5, 1, 3]));
    expect(r?.estimate).toBeCloseTo(2.47368421052632, 12);
    expect(r?.se).toBeCloseTo(0.631666012692884, 12);
  });

  it('merged chunks give the one-pass sums; the whole minus a part gives the rest', () => {
    const whole = sumsOf(api.api00, api.pw);
    const a = sumsOf(api.api00.slice(0, 70), api.pw.slice(0, 70));
    const b = sumsOf(api.api00.slice(70), api.pw.slice(70));
    const merged = mergeWeightedSums(a, b);
    for (const k of Object.keys(whole) as (keyof typeof whole)[])
      expect(Math.abs(merged[k] - whole[k]) / Math.max(1, Math.abs(whole[k]))).toBeLessThan(1e-12);
    const rest = weightedMeanOf(subtractWeightedSums(whole, a));
    expect(rest?.estimate).toBeCloseTo(weightedMeanOf(b)!.estimate, 9);
    expect(rest?.se).toBeCloseTo(weightedMeanOf(b)!.se, 9);
  });
});

describe('weightedShareEstimate (Wilson on Kish n)', () => {
  it('Σw·y/Σw = 0.51219512195122 on n_eff 6.2029520295203 is [0.198376273193249, 0.816685985327559]', async () => {
    // R 4.2.2: w <- c(1.5,0.5,2,1,2.5,1,3,0.8); y <- c(1,0,1,1,0,1,0,1); p <- sum(w*y)/sum(w)
    //   neff <- sum(w)^2/sum(w^2); z <- qnorm(0.975)
    //   centre <- (p + z^2/(2*neff))/(1 + z^2/neff); half <- z/(1 + z^2/neff)*sqrt(p*(1-p)/neff + z^2/(4*neff^2))
    //   → 0.51219512195122 6.2029520295203 0.198376273193249 0.816685985327559
    // (the same formula is prop.test(6, 15, correct = FALSE)$conf.int for whole numbers: 0.198244961413416 0.642531698793754)
    const { weightedShareEstimate } = await import('../../src/analyse/estimate.js');
    const w = [1.5, 0.5, 2, 1, 2.5, 1, 3, 0.8];
    const y = [1, 0, 1, 1, 0, 1, 0, 1];
    const place = { region: 'R', subregion: 'all', group: 'all' };
    const e = weightedShareEstimate(
      place,
      { indicator: 'share', item: 'x' },
      {
        k: 5,
        n: 8,
        wk: w.reduce((s, x, i) => s + x * y[i]!, 0),
        sw: w.reduce((s, x) => s + x, 0),
        sww: w.reduce((s, x) => s + x * x, 0),
      },
      1,
    );
    expect(e.estimate).toBeCloseTo(0.51219512195122, 12);
    expect(e.nEff).toBeCloseTo(6.2029520295203, 12);
    expect(e.ciLow).toBeCloseTo(0.198376273193249, 12);
    expect(e.ciHigh).toBeCloseTo(0.816685985327559, 12);
    const whole = weightedShareEstimate(
      place,
      { indicator: 'share', item: 'x' },
      { k: 6, n: 15, wk: 6, sw: 15, sww: 15 },
      1,
    );
    expect(whole.ciLow).toBeCloseTo(0.198244961413416, 12);
    expect(whole.ciHigh).toBeCloseTo(0.642531698793754, 12);
  });
});

describe('WeightedSums merge (property)', () => {
  it('merging the sums of any split equals the one-pass sums, and so do mean, SE and n_eff', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            y: fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(Number.NaN)),
            w: fc.double({ min: 0.01, max: 20, noNaN: true }),
          }),
          { minLength: 3, maxLength: 60 },
        ),
        fc.integer({ min: 0, max: 60 }),
        (rows, cut) => {
          const at = Math.min(cut, rows.length);
          const sums = (part: typeof rows) => {
            const s = emptyWeightedSums();
            for (const r of part) addWeighted(s, r.y, r.w);
            return s;
          };
          const whole = weightedMeanOf(sums(rows));
          const merged = weightedMeanOf(mergeWeightedSums(sums(rows.slice(0, at)), sums(rows.slice(at))));
          if (whole === null) return merged === null;
          const close = (a: number, b: number) =>
            (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
          return (
            merged !== null &&
            close(merged.estimate, whole.estimate) &&
            close(merged.se, whole.se) &&
            close(merged.nEff, whole.nEff)
          );
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
