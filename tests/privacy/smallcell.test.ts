import { describe, expect, it } from 'vitest';
import { isDisclosiveShare, isSmallCell } from '../../src/analyse/privacy/index.js';

// Rules from reliability.md §1: n < min-cell is not published; 0% or 100% with n < 20 is disclosive;
// on a sensitive item a numerator or complement of 1–4 is class disclosure.
describe('isSmallCell', () => {
  it('isSmallCell(9, 10) is true and isSmallCell(10, 10) is false', () => {
    expect(isSmallCell(9, 10)).toBe(true);
    expect(isSmallCell(10, 10)).toBe(false);
  });

  it('isSmallCell(0, 10) is true', () => {
    expect(isSmallCell(0, 10)).toBe(true);
  });
});

describe('isDisclosiveShare', () => {
  it('isDisclosiveShare(0, 19, false) and (19, 19, false) are true: all or none in a group under 20', () => {
    expect(isDisclosiveShare(0, 19, false)).toBe(true);
    expect(isDisclosiveShare(19, 19, false)).toBe(true);
  });

  it('isDisclosiveShare(0, 20, false) and (20, 20, true) are false: n = 20 is enough for 0% or 100%', () => {
    expect(isDisclosiveShare(0, 20, false)).toBe(false);
    expect(isDisclosiveShare(20, 20, true)).toBe(false);
  });

  it('isDisclosiveShare(3, 50, false) is false but isDisclosiveShare(3, 50, true) is true', () => {
    expect(isDisclosiveShare(3, 50, false)).toBe(false);
    expect(isDisclosiveShare(3, 50, true)).toBe(true);
  });

  it('isDisclosiveShare(k, 50, true) is true for k in 1..4 and 46..49, false at 0, 5, 45 and 50', () => {
    for (const k of [1, 2, 3, 4, 46, 47, 48, 49]) expect(isDisclosiveShare(k, 50, true)).toBe(true);
    for (const k of [0, 5, 25, 45, 50]) expect(isDisclosiveShare(k, 50, true)).toBe(false);
  });

  it('isDisclosiveShare(10, 15, false) is false: not all or none, not sensitive', () => {
    expect(isDisclosiveShare(10, 15, false)).toBe(false);
  });

  it('isDisclosiveShare throws a RangeError for k > n, negative or fractional counts', () => {
    expect(() => isDisclosiveShare(11, 10, false)).toThrow(RangeError);
    expect(() => isDisclosiveShare(-1, 10, false)).toThrow(RangeError);
    expect(() => isDisclosiveShare(2.5, 10, true)).toThrow(RangeError);
  });
});
