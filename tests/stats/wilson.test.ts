import { describe, expect, it } from 'vitest';
import { zQuantile } from '../../src/analyse/stats/quantiles.js';
import { shareInterval, wilson, wilsonEffective } from '../../src/analyse/stats/wilson.js';

// R 4.2.2: prop.test(k, n, correct = FALSE)$conf.int (the Wilson score interval).
// The 4-decimal values also appear in Newcombe (1998), "Two-sided confidence intervals for the
// single proportion", Stat Med 17:857–872, Table I, method 3 (score interval without correction).
const cases: [number, number, number, number][] = [
  [0, 10, 0, 0.277532799862889],
  [7, 20, 0.181191824101082, 0.567145723314764],
  [10, 10, 0.722467200137111, 1],
  [81, 263, 0.255288519878274, 0.3662095769828], // Newcombe: 0.2553, 0.3662
  [15, 148, 0.0623863995307363, 0.160487241723308], // Newcombe: 0.0624, 0.1605
  [0, 20, 0, 0.161125158052819], // Newcombe: 0, 0.1611
  [1, 29, 0.00611321429276266, 0.171755218793203], // Newcombe: 0.0061, 0.1718
  [29, 29, 0.883030201500259, 1], // Newcombe: 0.8830, 1
];

describe('wilson', () => {
  for (const [k, n, low, high] of cases) {
    it(`wilson(${k}, ${n}) is [${low.toFixed(4)}, ${high.toFixed(4)}]`, () => {
      const [l, h] = wilson(k, n);
      expect(l).toBeCloseTo(low, 12);
      expect(h).toBeCloseTo(high, 12);
    });
  }

  it('wilson(0, 10) has exactly 0 as lower bound and wilson(10, 10) exactly 1 as upper', () => {
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(10, 10)[1]).toBe(1);
  });

  it('wilson(k, 0) is [NaN, NaN]', () => {
    const [l, h] = wilson(0, 0);
    expect(l).toBeNaN();
    expect(h).toBeNaN();
  });

  it('shareInterval(7, 20) is 0.35 [0.1812, 0.5671] with se √(0.35·0.65/20)', () => {
    const r = shareInterval(7, 20);
    expect(r?.n).toBe(20);
    expect(r?.estimate).toBe(0.35);
    expect(r?.low).toBeCloseTo(0.181191824101082, 12);
    expect(r?.high).toBeCloseTo(0.567145723314764, 12);
    expect(r?.se).toBeCloseTo(Math.sqrt((0.35 * 0.65) / 20), 15);
  });

  it('shareInterval(0, 0) is null', () => {
    expect(shareInterval(0, 0)).toBeNull();
  });
});

describe('wilsonEffective', () => {
  // R: wf <- function(p, n, z = qnorm(0.975))
  //      (p + z^2/(2*n) + c(-1,1)*z*sqrt(p*(1-p)/n + z^2/(4*n^2)))/(1+z^2/n)
  it('wilsonEffective(0.37, 41.6) is [0.240184137127044, 0.521795335348114]', () => {
    const [l, h] = wilsonEffective(0.37, 41.6); // wf(0.37, 41.6)
    expect(l).toBeCloseTo(0.240184137127044, 12);
    expect(h).toBeCloseTo(0.521795335348114, 12);
  });

  it('wilsonEffective(0.37, 41.6, qnorm(0.95)) is [0.258366765720235, 0.497510283588361]', () => {
    const [l, h] = wilsonEffective(0.37, 41.6, zQuantile(0.95)); // wf(0.37, 41.6, qnorm(0.95))
    expect(l).toBeCloseTo(0.258366765720235, 12);
    expect(h).toBeCloseTo(0.497510283588361, 12);
  });

  it('wilsonEffective(7/20, 20) is wilson(7, 20) from prop.test', () => {
    const [l, h] = wilsonEffective(7 / 20, 20);
    expect(l).toBeCloseTo(0.181191824101082, 12);
    expect(h).toBeCloseTo(0.567145723314764, 12);
  });

  it('wilsonEffective(p, 0) is [NaN, NaN]', () => {
    expect(wilsonEffective(0.5, 0).every(Number.isNaN)).toBe(true);
  });
});
