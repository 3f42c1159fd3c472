import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addValue,
  emptyMoments,
  mergeMoments,
  momentsOf,
  momentsOfCounts,
  standardDeviation,
  subtractMoments,
  variance,
} from '../../src/analyse/stats/moments.js';

const x = [3, 4, 2, 5, 4, 3, 5, 1, 4, 4];

describe('moments', () => {
  it('momentsOf(x) has mean(x) = 3.5 and var(x) = 1.61111111111111 (R)', () => {
    const m = momentsOf(x);
    expect(m.n).toBe(10);
    expect(m.mean).toBeCloseTo(3.5, 14); // mean(x)
    expect(variance(m)).toBeCloseTo(1.61111111111111, 13); // var(x)
    expect(standardDeviation(m)).toBeCloseTo(1.26929551764398, 13); // sd(x)
  });

  it('variance of x + 1e9 is still var(x) = 1.61111111111111 (no cancellation)', () => {
    // R: var(x + 1e9) → 1.61111111111111; the naive Σx² − (Σx)²/n loses every digit here
    const m = momentsOf(x.map((v) => v + 1e9));
    expect(variance(m)).toBeCloseTo(1.61111111111111, 6);
  });

  it('addValue ignores NaN and ±Infinity', () => {
    const m = emptyMoments();
    for (const v of [1, Number.NaN, 3, Number.POSITIVE_INFINITY]) addValue(m, v);
    expect(m).toEqual({ n: 2, mean: 2, m2: 2 }); // by hand: (1−2)² + (3−2)² = 2
  });

  it('variance is NaN for n < 2', () => {
    expect(variance(emptyMoments())).toBeNaN();
    expect(variance(momentsOf([7]))).toBeNaN();
  });

  it('mergeMoments with empty moments is the identity and copies', () => {
    const a = momentsOf(x);
    const merged = mergeMoments(a, emptyMoments());
    expect(merged).toEqual(a);
    expect(merged).not.toBe(a);
    expect(mergeMoments(emptyMoments(), a)).toEqual(a);
  });

  it('mergeMoments(momentsOf(x[0..3]), momentsOf(x[3..])) equals momentsOf(x) (part means 3 and 3.714)', () => {
    const merged = mergeMoments(momentsOf(x.slice(0, 3)), momentsOf(x.slice(3)));
    expect(merged.n).toBe(10);
    expect(merged.mean).toBeCloseTo(3.5, 14);
    expect(variance(merged)).toBeCloseTo(1.61111111111111, 13);
  });

  it('property: merging moments of any split equals the moments of the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (values, cuts) => {
          const bounds = [...new Set(cuts.map((c) => (values.length === 0 ? 0 : c % (values.length + 1))))];
          bounds.sort((p, q) => p - q);
          let merged = emptyMoments();
          let start = 0;
          for (const end of [...bounds, values.length]) {
            merged = mergeMoments(merged, momentsOf(values.slice(start, end)));
            start = end;
          }
          const whole = momentsOf(values);
          // reference: two-pass mean and sum of squared deviations
          const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
          const m2 = values.reduce((s, v) => s + (v - mean) ** 2, 0);
          expect(merged.n).toBe(values.length);
          expect(whole.n).toBe(values.length);
          // rounding error grows with the scale of the values, not of the result
          const scale = values.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
          for (const m of [merged, whole]) {
            expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(1e-12 * (1 + scale));
            expect(Math.abs(m.m2 - m2)).toBeLessThanOrEqual(1e-11 * (1 + values.length * scale * scale));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('momentsOfCounts', () => {
  // R 4.2.2: x <- c(1,1,3,3,3,4,5,5,5,5); mean(x) = 3.5; var(x) = 2.5
  it('momentsOfCounts([1..5], [2,0,3,1,4]) has n 10, mean 3.5, variance 2.5', () => {
    const m = momentsOfCounts([1, 2, 3, 4, 5], [2, 0, 3, 1, 4]);
    expect(m.n).toBe(10);
    expect(m.mean).toBeCloseTo(3.5, 14);
    expect(variance(m)).toBeCloseTo(2.5, 14);
  });

  it('momentsOfCounts equals momentsOf on the data the counts describe', () => {
    const values = [0, 1, 2, 3, 4, 5, 6];
    const counts = [5, 0, 12, 7, 1, 0, 3];
    const data = values.flatMap((v, k) => Array.from({ length: counts[k]! }, () => v));
    const a = momentsOfCounts(values, counts);
    const b = momentsOf(data);
    expect(a.n).toBe(b.n);
    expect(a.mean).toBeCloseTo(b.mean, 12);
    expect(a.m2).toBeCloseTo(b.m2, 10);
    expect(momentsOfCounts(values, [0, 0, 0, 0, 0, 0, 0]).n).toBe(0);
  });
});

describe('subtractMoments', () => {
  it('subtractMoments(merge(a, b), a) is b, for any split (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 60 }),
        (xs, ys) => {
          const rest = subtractMoments(mergeMoments(momentsOf(xs), momentsOf(ys)), momentsOf(xs));
          const direct = momentsOf(ys);
          expect(rest.n).toBe(direct.n);
          expect(rest.mean).toBeCloseTo(direct.mean, 6);
          expect(variance(rest)).toBeCloseTo(variance(direct), 4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('subtractMoments(whole, whole) is empty, and of an empty part is the whole', () => {
    const m = momentsOf([1, 2, 3, 4]);
    expect(subtractMoments(m, m).n).toBe(0);
    expect(subtractMoments(m, emptyMoments())).toEqual(m);
  });
});
