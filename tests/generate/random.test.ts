import { describe, expect, it } from 'vitest';
import { mulberry32, Random } from '../../src/generate/random.js';

// Reference values from an independent Python port of the original JavaScript
// (bryc/code, PRNGs.md: `t = a += 0x6D2B79F5; t = imul(t ^ t >>> 15, t | 1); …`), run with python3:
//   seed 0        → 0.26642920868471265, 0.0003297457005828619, 0.2232720274478197
//   seed 1        → 0.6270739405881613, 0.002735721180215478, 0.5274470399599522
//   seed 20261123 → 0.9007212214637548, 0.843700616620481, 0.4729218122083694
describe('mulberry32', () => {
  it.each([
    [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]],
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]],
    [20261123, [0.9007212214637548, 0.843700616620481, 0.4729218122083694]],
  ])('mulberry32(%i) starts with the reference stream', (seed, expected) => {
    const next = mulberry32(seed);
    expect([next(), next(), next()]).toEqual(expected);
  });

  it('mulberry32(seed) takes the seed modulo 2^32', () => {
    const a = mulberry32(1);
    const b = mulberry32(2 ** 32 + 1);
    expect([b(), b()]).toEqual([a(), a()]);
  });
});

describe('Random', () => {
  it('int(1, 6) stays within [1, 6] and reaches both ends', () => {
    const r = new Random(5);
    const seen = new Set<number>();
    for (let i = 0; i < 600; i++) seen.add(r.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('normal() has mean ≈ 0 and sd ≈ 1 over 20 000 draws (Irwin–Hall: exactly 0 and 1)', () => {
    const r = new Random(11);
    const n = 20_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    // Standard error of the mean is 1/√20000 ≈ 0.007; of the sd about 0.005.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(sumSq / n - mean * mean) - 1)).toBeLessThan(0.03);
  });

  it('weightedSample([1, 0, 1, 1], 3) returns 3 distinct indices and never the zero-weight one', () => {
    const r = new Random(3);
    for (let i = 0; i < 50; i++) {
      const sample = r.weightedSample([1, 0, 1, 1], 3);
      expect([...sample].sort()).toEqual([0, 2, 3]);
    }
  });

  it('weightedIndex([3, 1]) picks index 0 about 75% of the time', () => {
    const r = new Random(9);
    let zeros = 0;
    for (let i = 0; i < 10_000; i++) if (r.weightedIndex([3, 1]) === 0) zeros++;
    // Binomial(10000, 0.75): sd ≈ 43, so ±200 is more than 4 sd.
    expect(Math.abs(zeros - 7500)).toBeLessThan(200);
  });
});
