import { describe, expect, it } from 'vitest';
import { normalCdf, tCdf, tTwoSidedP, zTwoSidedP } from '../../src/analyse/stats/cdf.js';
import { tQuantile, Z975, zQuantile } from '../../src/analyse/stats/quantiles.js';

// Reference values: R 4.2.2, options(digits = 15).
describe('quantiles', () => {
  it('Z975 is qnorm(0.975) = 1.959963984540054', () => {
    // sprintf("%.17g", qnorm(0.975)) → "1.9599639845400536"; stdlib is within one ulp of it
    expect(Z975).toBeCloseTo(1.9599639845400536, 15);
    expect(Math.abs(Z975 - 1.96)).toBeGreaterThan(3e-5);
  });

  it('zQuantile(0.995) is 2.5758293035489, zQuantile(0.5) is 0', () => {
    expect(zQuantile(0.995)).toBeCloseTo(2.5758293035489, 12); // qnorm(0.995)
    expect(zQuantile(0.5)).toBe(0); // qnorm(0.5)
  });

  it('tQuantile(0.975, df) is qt(0.975, df) for integer and fractional df', () => {
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.2621571627982, 12); // qt(0.975, 9)
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047361747, 12); // qt(0.975, 1)
    expect(tQuantile(0.975, 3.5)).toBeCloseTo(2.94008863798273, 12); // qt(0.975, 3.5)
    expect(tQuantile(0.025, 20)).toBeCloseTo(-2.08596344726586, 12); // qt(0.025, 20)
  });

  it('tQuantile(0.975, Infinity) is the normal quantile', () => {
    expect(tQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(Z975);
  });
});

describe('cdf', () => {
  it('tCdf(-2.1, 7.3) is pt(-2.1, 7.3) = 0.0361233567124267', () => {
    expect(tCdf(-2.1, 7.3)).toBeCloseTo(0.0361233567124267, 13);
  });

  it('tCdf(1, 2) is pt(1, 2) = 0.788675134594813 (= 1/2 + 1/(2√3) by hand)', () => {
    expect(tCdf(1, 2)).toBeCloseTo(0.7886751345948129, 13);
  });

  it('normalCdf(-1.5) is pnorm(-1.5) = 0.0668072012688581', () => {
    expect(normalCdf(-1.5)).toBeCloseTo(0.0668072012688581, 13);
  });

  it('tTwoSidedP(±2.1, 7.3) is 2·pt(-2.1, 7.3); zTwoSidedP(1.5) is 2·pnorm(-1.5)', () => {
    expect(tTwoSidedP(2.1, 7.3)).toBeCloseTo(2 * 0.0361233567124267, 13);
    expect(tTwoSidedP(-2.1, 7.3)).toBeCloseTo(2 * 0.0361233567124267, 13);
    expect(zTwoSidedP(1.5)).toBeCloseTo(2 * 0.0668072012688581, 13);
    expect(zTwoSidedP(0)).toBe(1);
  });
});
