import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/analyse/stats/fdr.js';

describe('benjaminiHochberg', () => {
  it("benjaminiHochberg([.01,.04,.03,.005,.2,.04]) is p.adjust(p, 'BH') = [.03,.048,.048,.03,.2,.048]", () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2, 0.04]);
    const expected = [0.03, 0.048, 0.048, 0.03, 0.2, 0.048]; // R p.adjust(…, "BH")
    for (const [i, v] of q.entries()) expect(v).toBeCloseTo(expected[i] as number, 14);
  });

  it('nulls pass through and do not count in m (as NA in p.adjust)', () => {
    // R: p.adjust(c(0.01, NA, 0.04, 0.03, NA, 0.005, 0.2, 0.04), "BH")
    //    → 0.030 NA 0.048 0.048 NA 0.030 0.200 0.048
    const q = benjaminiHochberg([0.01, null, 0.04, 0.03, null, 0.005, 0.2, 0.04]);
    const expected = [0.03, null, 0.048, 0.048, null, 0.03, 0.2, 0.048];
    q.forEach((v, i) => {
      const e = expected[i];
      if (e === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(e as number, 14);
    });
  });

  it('benjaminiHochberg([0.5, 0.8, 0.9]) is [0.9, 0.9, 0.9] (p.adjust, capped by the running minimum)', () => {
    const q = benjaminiHochberg([0.5, 0.8, 0.9]);
    for (const v of q) expect(v).toBeCloseTo(0.9, 14);
  });

  it('benjaminiHochberg caps at 1: a single p of 1 stays 1, and [] is []', () => {
    expect(benjaminiHochberg([1])).toEqual([1]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('NaN passes through as NaN and does not count in m', () => {
    const q = benjaminiHochberg([0.02, Number.NaN, 0.04]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.04, 14); // p.adjust(c(0.02, 0.04), "BH") → 0.04 0.04
    expect(q[2]).toBeCloseTo(0.04, 14);
  });
});
