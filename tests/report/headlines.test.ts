/** The rules a headline names things by: ties, the weakest condition, what a comparison shows. */
import { describe, expect, it } from 'vitest';
import type { Comparison, Estimate } from '../../src/analyse/types.js';
import { extremes, joinNames, verdictOf } from '../../src/report/headlines.js';

const e = (estimate: number | null, n = 100, suppressed = false): Estimate => ({
  region: 'R',
  subregion: 'all',
  group: 'all',
  indicator: 'mean',
  item: 'x',
  category: '',
  n,
  estimate,
  ciLow: estimate === null ? null : estimate - 0.1,
  ciHigh: estimate === null ? null : estimate + 0.1,
  suppressed,
});

describe('extremes(list, estimateOf, direction, digits)', () => {
  it('names both phases whose gap reads the same (+1.54 and +1.46 both show as 1.5)', () => {
    const phases = [
      { id: 'a', gap: e(1.54) },
      { id: 'b', gap: e(1.46) },
      { id: 'c', gap: e(1.2) },
    ];
    expect(extremes(phases, (p) => p.gap, 'high', 1).map((p) => p.id)).toEqual(['a', 'b']);
    expect(extremes(phases, (p) => p.gap, 'high', 2).map((p) => p.id)).toEqual(['a']);
  });

  it('never chooses a suppressed estimate, even one that leaked a number', () => {
    const list = [{ v: e(9, 5, true) }, { v: e(2) }];
    expect(extremes(list, (x) => x.v, 'high', 1)).toEqual([list[1]]);
    expect(extremes([{ v: e(null) }], (x) => x.v, 'low', 1)).toEqual([]);
  });
});

describe('verdictOf(comparison, methods)', () => {
  const methods = { fdrQ: 0.05, minComparisonN: 30 };
  const compare = (q: number | null, na: number, nb: number, significant: boolean): Comparison => ({
    item: 'x',
    a: e(3, na),
    b: e(2.5, nb),
    difference: e(0.5, na),
    pValue: q,
    qValue: q,
    significant,
  });
  it('is significant when analyse marked it (q < 0.05, both n ≥ 30)', () => {
    expect(verdictOf(compare(0.01, 40, 40, true), methods)).toBe('significant');
  });
  it('is indicative when q < 0.05 but one side has fewer than 30', () => {
    expect(verdictOf(compare(0.01, 40, 22, false), methods)).toBe('indicative');
  });
  it('is none when q ≥ 0.05, whatever the n', () => {
    expect(verdictOf(compare(0.2, 40, 22, false), methods)).toBe('none');
  });
  it('is hidden when the difference is suppressed', () => {
    expect(verdictOf({ ...compare(0.01, 40, 8, false), difference: e(null, 40, true) }, methods)).toBe(
      'hidden',
    );
  });
});

describe('joinNames(names, lang)', () => {
  it('writes lists as a sentence does', () => {
    expect(joinNames(['a'], 'nl')).toBe('a');
    expect(joinNames(['a', 'b'], 'nl')).toBe('a en b');
    expect(joinNames(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });
});
