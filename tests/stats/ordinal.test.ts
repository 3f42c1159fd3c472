import { describe, expect, it } from 'vitest';
import { distribution, median } from '../../src/analyse/stats/ordinal.js';

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
