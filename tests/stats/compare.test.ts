import { describe, expect, it } from 'vitest';
import { pairedDifference, twoProportion, welch } from '../../src/analyse/stats/compare.js';
import { momentsOf } from '../../src/analyse/stats/moments.js';

const x = [3, 4, 2, 5, 4, 3, 5, 1, 4, 4];
const y = [2, 3, 3, 4, 2, 1, 3, 2, 5, 2, 3, 1];

describe('welch', () => {
  it('welch(x, y) is t.test(x, y): t 1.75083055897650, df 18.5758934782894, p 0.0964722253384237', () => {
    // R: r <- t.test(x, y); c(r$statistic, r$parameter, r$p.value, r$conf.int)
    //    → 1.7508305589765012 18.5758934782893554 0.0964722253384237 -0.1808549878868025 2.0141883212201352
    const r = welch(momentsOf(x), momentsOf(y));
    expect(r?.difference).toBeCloseTo(3.5 - 31 / 12, 14);
    expect(r?.statistic).toBeCloseTo(1.7508305589765012, 12);
    expect(r?.df).toBeCloseTo(18.5758934782894, 11);
    expect(r?.pValue).toBeCloseTo(0.0964722253384237, 12);
    expect(r?.low).toBeCloseTo(-0.1808549878868025, 11);
    expect(r?.high).toBeCloseTo(2.0141883212201352, 11);
  });

  it('welch with one constant side is t.test(c(10,10,10), c(1,2,3,4)): df 3, p 0.00136933123688108', () => {
    // R: t 11.6189500386223, df 3, p 0.00136933123688108, conf.int 5.44573974323948 9.55426025676052
    const r = welch(momentsOf([10, 10, 10]), momentsOf([1, 2, 3, 4]));
    expect(r?.statistic).toBeCloseTo(11.6189500386223, 11);
    expect(r?.df).toBeCloseTo(3, 12);
    expect(r?.pValue).toBeCloseTo(0.00136933123688108, 13);
    expect(r?.low).toBeCloseTo(5.44573974323948, 11);
    expect(r?.high).toBeCloseTo(9.55426025676052, 11);
  });

  it('welch is null when either n < 2 or both sides are constant', () => {
    expect(welch(momentsOf([1]), momentsOf(y))).toBeNull();
    expect(welch(momentsOf(x), momentsOf([]))).toBeNull();
    expect(welch(momentsOf([2, 2]), momentsOf([3, 3, 3]))).toBeNull();
  });
});

// p-value: R prop.test(c(k1, k2), c(n1, n2), correct = FALSE)$p.value (statistic X-squared = z²).
// Interval: Newcombe (1998), "Interval estimation for the difference between independent
// proportions", Stat Med 17:873–890, Table II, method 10 (4 decimals), and to full precision from
// R's Wilson limits: w1 <- prop.test(k1, n1, correct = FALSE)$conf.int (likewise w2);
// c(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)).
const cases: { args: [number, number, number, number]; x2: number; p: number; ci: [number, number] }[] = [
  // Newcombe (a): 0.0524, 0.3339
  {
    args: [56, 70, 48, 80],
    x2: 7.02341137123746,
    p: 0.00804508136819656,
    ci: [0.0524314724023649, 0.333872654036906],
  },
  // Newcombe (b): 0.1705, 0.8090
  { args: [9, 10, 3, 10], x2: 7.5, p: 0.00616989932054415, ci: [0.170522723934503, 0.809017973535488] },
  {
    args: [6, 7, 2, 7],
    x2: 4.66666666666667,
    p: 0.0307535612592746,
    ci: [0.0582279274823123, 0.806249637524228],
  },
  // Newcombe (d): −0.0381, 0.1926
  {
    args: [5, 56, 0, 29],
    x2: 2.75111607142857,
    p: 0.0971865681705797,
    ci: [-0.0381371479035369, 0.192560013855112],
  },
  // Newcombe (g): 0.6791, 1.0000
  { args: [10, 10, 0, 20], x2: 30, p: 4.3204630578275e-8, ci: [0.679086037141915, 1] },
  // Newcombe (h): 0.6075, 1.0000
  { args: [10, 10, 0, 10], x2: 20, p: 7.74421643104409e-6, ci: [0.607509350430524, 1] },
];

describe('twoProportion', () => {
  for (const { args, x2, p, ci } of cases) {
    const [k1, n1, k2, n2] = args;
    it(`twoProportion(${args.join(', ')}) has p ${p.toPrecision(4)} and interval [${ci[0].toFixed(4)}, ${ci[1].toFixed(4)}]`, () => {
      const r = twoProportion(k1, n1, k2, n2);
      expect(r?.difference).toBeCloseTo(k1 / n1 - k2 / n2, 15);
      expect(r?.df).toBeNull();
      expect((r?.statistic ?? 0) ** 2).toBeCloseTo(x2, 10);
      expect(Math.sign(r?.statistic ?? 0)).toBe(Math.sign(k1 / n1 - k2 / n2));
      expect(r?.pValue).toBeCloseTo(p, 13);
      expect(Math.abs((r?.pValue ?? 0) / p - 1)).toBeLessThan(1e-9);
      expect(r?.low).toBeCloseTo(ci[0], 12);
      expect(r?.high).toBeCloseTo(ci[1], 12);
    });
  }

  it('twoProportion(0, 10, 0, 20) is difference 0, p 1, interval [-0.1611, 0.2775] (Newcombe (e))', () => {
    // R prop.test gives X-squared NaN here; we report no evidence of a difference (p = 1).
    const r = twoProportion(0, 10, 0, 20);
    expect(r?.difference).toBe(0);
    expect(r?.pValue).toBe(1);
    expect(r?.statistic).toBe(0);
    expect(r?.low).toBeCloseTo(-0.161125158052819, 12);
    expect(r?.high).toBeCloseTo(0.277532799862889, 12);
  });

  it('twoProportion interval never leaves [-1, 1]: twoProportion(10, 10, 0, 10).high is 1', () => {
    expect(twoProportion(10, 10, 0, 10)?.high).toBeLessThanOrEqual(1);
    expect(twoProportion(0, 10, 10, 10)?.low).toBeGreaterThanOrEqual(-1);
  });

  it('twoProportion is null when n1 or n2 is 0', () => {
    expect(twoProportion(0, 0, 3, 10)).toBeNull();
    expect(twoProportion(3, 10, 0, 0)).toBeNull();
  });
});

describe('pairedDifference', () => {
  it('pairedDifference(a, b) is t.test(a, b, paired = TRUE): -1.33333 [-2.19019394521210, -0.476472721454562]', () => {
    // R: a <- c(2, 3, 1, NA, 4, 2, 3, 5); b <- c(4, 4, 3, 5, NA, 3, 5, 5)
    //    r <- t.test(a, b, paired = TRUE) → mean difference -1.33333333333333,
    //    conf.int -2.190193945212104 -0.476472721454562, df 5 (6 complete pairs)
    const r = pairedDifference([2, 3, 1, Number.NaN, 4, 2, 3, 5], [4, 4, 3, 5, Number.NaN, 3, 5, 5]);
    expect(r?.n).toBe(6);
    expect(r?.estimate).toBeCloseTo(-4 / 3, 14);
    expect(r?.low).toBeCloseTo(-2.190193945212104, 12);
    expect(r?.high).toBeCloseTo(-0.476472721454562, 12);
  });

  it('pairedDifference with no complete pair is null', () => {
    expect(pairedDifference([1, Number.NaN], [Number.NaN, 2])).toBeNull();
  });
});
