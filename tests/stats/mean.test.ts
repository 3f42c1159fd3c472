import { describe, expect, it } from 'vitest';
import { meanInterval, meanOf } from '../../src/analyse/stats/mean.js';
import { emptyMoments, momentsOf } from '../../src/analyse/stats/moments.js';

describe('meanInterval', () => {
  it('meanOf([3,4,2,5,4,3,5,1,4,4]) is 3.5 [2.59200068573577, 4.40799931426423]', () => {
    // R: t.test(x)$conf.int → 2.59200068573577 4.40799931426423; sd(x)/sqrt(10) → 0.401386485959743
    const r = meanOf([3, 4, 2, 5, 4, 3, 5, 1, 4, 4]);
    expect(r).not.toBeNull();
    expect(r?.n).toBe(10);
    expect(r?.estimate).toBeCloseTo(3.5, 14);
    expect(r?.low).toBeCloseTo(2.59200068573577, 12);
    expect(r?.high).toBeCloseTo(4.40799931426423, 12);
    expect(r?.se).toBeCloseTo(0.401386485959743, 13);
  });

  it('meanOf([2, NaN, 4]) skips NaN: 3 [-9.70620473617469, 15.7062047361747]', () => {
    // R: t.test(c(2, 4))$conf.int → -9.70620473617469 15.70620473617469
    const r = meanOf([2, Number.NaN, 4]);
    expect(r?.n).toBe(2);
    expect(r?.low).toBeCloseTo(-9.70620473617469, 12);
    expect(r?.high).toBeCloseTo(15.70620473617469, 12);
  });

  it('meanInterval(n = 1) has the value as estimate and NaN bounds', () => {
    const r = meanInterval(momentsOf([4]));
    expect(r?.n).toBe(1);
    expect(r?.estimate).toBe(4);
    expect(r?.low).toBeNaN();
    expect(r?.high).toBeNaN();
    expect(r?.se).toBeNaN();
  });

  it('meanInterval(empty) and meanOf([NaN]) are null', () => {
    expect(meanInterval(emptyMoments())).toBeNull();
    expect(meanOf([Number.NaN])).toBeNull();
  });
});
