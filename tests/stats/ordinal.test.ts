import { describe, expect, it } from 'vitest';
import { distribution, median, medianOfCounts } from '../../src/analyse/stats/ordinal.js';

describe('median', () => {
  // R: median(c(3,1,2)), median(c(4,1,3,2)), median(c(6,NA,0,2,5), na.rm=TRUE), median(c(2,3,3,4,5,6))
  //    → 2.0 2.5 3.5 3.5
  it('median([3, 1, 2]) is 2', () => expect(median([3, 1, 2])).toBe(2));
  it('median([4, 1, 3, 2]) is 2.5 (mean of the two middle values)', () =>
    expect(median([4, 1, 3, 2])).toBe(2.5));
  it('median([6, NaN, 0, 2, 5]) is 3.5 (NaN skipped)', () =>
    expect(median([6, Number.NaN, 0, 2, 5])).toBe(3.5));
  it('median(Int16Array [2,3,3,4,5,6]) is 3.5', () =>
    expect(median(Int16Array.from([2, 3, 3, 4, 5, 6]))).toBe(3.5));
  it('median([]) and median([NaN]) are null', () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN])).toBeNull();
  });
  it('median does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('distribution', () => {
  it('distribution([0,2,2,6,-32768,9,2], [0..6]) counts [1,0,3,0,0,0,1] with n 5', () => {
    // by hand: 0 once, 2 three times, 6 once; -32768 (missing) and 9 are not categories
    const r = distribution(Int16Array.from([0, 2, 2, 6, -32768, 9, 2]), [0, 1, 2, 3, 4, 5, 6]);
    expect(r).toEqual({ counts: [1, 0, 3, 0, 0, 0, 1], n: 5 });
  });

  it('distribution follows the order of the categories given', () => {
    expect(distribution([1, 5, 5, 3], [5, 4, 3, 2, 1])).toEqual({ counts: [2, 0, 1, 0, 1], n: 4 });
  });
});

describe('medianOfCounts', () => {
  // R 4.2.2: median(c(0, 0, 1, 3, 3, 6)) = 2; median(c(2, 2, 2)) = 2; median(c(0, 5, 5, 6, 6)) = 5.
  it('medianOfCounts(rungs, counts) equals R median() of the data the counts describe', () => {
    const rungs = [0, 1, 2, 3, 4, 5, 6];
    expect(medianOfCounts(rungs, [2, 1, 0, 2, 0, 0, 1])).toBe(2);
    expect(medianOfCounts(rungs, [0, 0, 3, 0, 0, 0, 0])).toBe(2);
    expect(medianOfCounts(rungs, [1, 0, 0, 0, 0, 2, 2])).toBe(5);
    expect(medianOfCounts(rungs, [0, 0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it('medianOfCounts agrees with median() on random data, whatever the order of the categories', () => {
    for (let seed = 1; seed < 200; seed++) {
      const values = Array.from({ length: (seed % 17) + 1 }, (_, i) => ((seed * 7 + i * 13) % 7) as number);
      const categories = [6, 0, 5, 1, 4, 2, 3];
      const counts = categories.map((c) => values.filter((v) => v === c).length);
      expect(medianOfCounts(categories, counts)).toBe(median(values));
    }
  });
});
