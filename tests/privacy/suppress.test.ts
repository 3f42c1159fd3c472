import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountTable, suppressCounts, suppressList } from '../../src/analyse/privacy/index.js';

const T = true;
const F = false;

describe('suppressCounts', () => {
  it('suppressCounts(3×3 with a 3 and a 2) hides 6 cells, two in every row and column', () => {
    //        A   B   C
    //  r1   12  [3] 20      primary: r1B = 3, r3C = 2 (0 < count < 5)
    //  r2    8  15   9
    //  r3   25  30  [2]
    // Pass 1, rows:    r1 has only B hidden → its smallest shown non-zero cell is A = 12 (< 20) → r1A
    //                  r3 has only C hidden → min(25, 30) → r3A
    //         columns: A has r1, r3 → fine; B has only r1 → min(r2B 15, r3B 30) → r2B
    //                  C has only r3 → min(r1C 20, r2C 9) → r2C
    // Pass 2: rows {A,B} {B,C} {A,C}, columns {r1,r3} {r1,r2} {r2,r3}: no line with one → stable.
    const table: CountTable = {
      rows: ['r1', 'r2', 'r3'],
      cols: ['A', 'B', 'C'],
      counts: [
        [12, 3, 20],
        [8, 15, 9],
        [25, 30, 2],
      ],
    };
    const out = suppressCounts(table);
    expect(out.primary).toEqual([
      [F, T, F],
      [F, F, F],
      [F, F, T],
    ]);
    expect(out.suppressed).toEqual([
      [T, T, F],
      [F, T, T],
      [T, F, T],
    ]);
    expect(out.counts).toEqual(table.counts);
    expect(out.rows).toEqual(table.rows);
    expect(out.cols).toEqual(table.cols);
  });

  it('suppressCounts(2×2 [[3, 0], [10, 11]]) hides all four: the zero is the only partner in row 1', () => {
    // r1: A = 3 primary; the only other cell is 0 → r1B. Column A: only r1 → r2A = 10.
    // Column B: only r1 → r2B = 11. Row r2 now has 2. Stable.
    const out = suppressCounts({
      rows: ['r1', 'r2'],
      cols: ['A', 'B'],
      counts: [
        [3, 0],
        [10, 11],
      ],
    });
    expect(out.primary).toEqual([
      [T, F],
      [F, F],
    ]);
    expect(out.suppressed).toEqual([
      [T, T],
      [T, T],
    ]);
  });

  it('suppressCounts leaves zeros alone by default and hides them with suppressZeros', () => {
    //       A  B  C
    //  r1   0  7  8     default: nothing under 5 but above 0 → nothing hidden
    //  r2   6  9 10     suppressZeros: r1A primary; row r1 → 7 (r1B); column A → r2A = 6;
    //                   column B has only r1B → r2B = 9; row r2 then has A, B. Stable.
    const table: CountTable = {
      rows: ['r1', 'r2'],
      cols: ['A', 'B', 'C'],
      counts: [
        [0, 7, 8],
        [6, 9, 10],
      ],
    };
    expect(suppressCounts(table).suppressed).toEqual([
      [F, F, F],
      [F, F, F],
    ]);
    const withZeros = suppressCounts(table, 5, { suppressZeros: true });
    expect(withZeros.primary).toEqual([
      [T, F, F],
      [F, F, F],
    ]);
    expect(withZeros.suppressed).toEqual([
      [T, T, F],
      [T, T, F],
    ]);
  });

  it('suppressCounts(1 row [6, 2, 9]) applies the rule along the row only: [T, T, F]', () => {
    // The column totals equal the cells themselves, so only the row total can be used against them.
    const out = suppressCounts({ rows: ['alle'], cols: ['a', 'b', 'c'], counts: [[6, 2, 9]] });
    expect(out.suppressed).toEqual([[T, T, F]]);
  });

  it('suppressCounts(1 row [3, 7, 7]) takes the first of two equal partners', () => {
    const out = suppressCounts({ rows: ['alle'], cols: ['a', 'b', 'c'], counts: [[3, 7, 7]] });
    expect(out.suppressed).toEqual([[T, T, F]]);
  });

  it('suppressCounts rejects ragged tables, negative counts and minCount ≤ 0', () => {
    expect(() => suppressCounts({ rows: ['r'], cols: ['a', 'b'], counts: [[1]] })).toThrow(RangeError);
    expect(() => suppressCounts({ rows: ['r', 's'], cols: ['a'], counts: [[1]] })).toThrow(RangeError);
    expect(() => suppressCounts({ rows: ['r'], cols: ['a'], counts: [[-1]] })).toThrow(RangeError);
    expect(() => suppressCounts({ rows: ['r'], cols: ['a'], counts: [[Number.NaN]] })).toThrow(RangeError);
    expect(() => suppressCounts({ rows: ['r'], cols: ['a'], counts: [[1]] }, 0)).toThrow(RangeError);
  });
});

describe('suppressList', () => {
  it('suppressList([40, 3, 12, 0, 7]) is [F, T, F, F, T]: 3 is primary, 7 the smallest non-zero partner', () => {
    expect(suppressList([40, 3, 12, 0, 7])).toEqual([F, T, F, F, T]);
  });

  it('suppressList([3, 0, 0]) is [T, T, F]: with only zeros left, the first zero is the partner', () => {
    expect(suppressList([3, 0, 0])).toEqual([T, T, F]);
  });

  it('suppressList([2, 4, 50]) is [T, T, F]: two primaries protect each other', () => {
    expect(suppressList([2, 4, 50])).toEqual([T, T, F]);
  });

  it('suppressList([9, 10, 25], 10) is [T, T, F]', () => {
    expect(suppressList([9, 10, 25], 10)).toEqual([T, T, F]);
  });

  it('suppressList([5, 6]) and suppressList([]) hide nothing', () => {
    expect(suppressList([5, 6])).toEqual([F, F]);
    expect(suppressList([])).toEqual([]);
  });
});

describe('suppressCounts: properties', () => {
  const tableArb = fc
    .record({ nRows: fc.integer({ min: 1, max: 6 }), nCols: fc.integer({ min: 1, max: 6 }) })
    .chain(({ nRows, nCols }) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: nCols,
          maxLength: nCols,
        }),
        { minLength: nRows, maxLength: nRows },
      ),
    );
  const minCountArb = fc.integer({ min: 1, max: 10 });

  /** Every line the rule applies to: rows when there are 2+ columns, columns when 2+ rows. */
  const linesOf = (counts: number[][]): [number, number][][] => {
    const nRows = counts.length;
    const nCols = counts[0]!.length;
    const lines: [number, number][][] = [];
    if (nCols >= 2) for (let i = 0; i < nRows; i++) lines.push(counts[0]!.map((_, j) => [i, j]));
    if (nRows >= 2) for (let j = 0; j < nCols; j++) lines.push(counts.map((_, i) => [i, j]));
    return lines;
  };

  it('no row or column has exactly one suppressed cell; primaries are exactly 0 < count < minCount', () => {
    fc.assert(
      fc.property(tableArb, minCountArb, (counts, minCount) => {
        const out = suppressCounts(
          { rows: counts.map((_, i) => `r${i}`), cols: counts[0]!.map(String), counts },
          minCount,
        );
        for (const line of linesOf(counts)) {
          if (line.filter(([i, j]) => out.suppressed[i]![j]).length === 1) return false;
        }
        return counts.every((row, i) =>
          row.every(
            (c, j) =>
              out.primary[i]![j] === (c > 0 && c < minCount) &&
              (!out.primary[i]![j] || out.suppressed[i]![j]),
          ),
        );
      }),
    );
  });

  it('a cell that is not primary is suppressed only as the smallest partner in one of its lines', () => {
    // "Needed as a complement": without primaries nothing is hidden, and each complementary cell c
    // has a line in which every cell still shown is 0 or ≥ c (or, when c is 0, every shown cell is 0).
    fc.assert(
      fc.property(tableArb, minCountArb, (counts, minCount) => {
        const out = suppressCounts(
          { rows: counts.map((_, i) => `r${i}`), cols: counts[0]!.map(String), counts },
          minCount,
        );
        const anyPrimary = out.primary.some((row) => row.some(Boolean));
        const anySuppressed = out.suppressed.some((row) => row.some(Boolean));
        if (!anyPrimary && anySuppressed) return false;
        const lines = linesOf(counts);
        return counts.every((row, i) =>
          row.every((c, j) => {
            if (!out.suppressed[i]![j] || out.primary[i]![j]) return true;
            return lines.some(
              (line) =>
                line.some(([a, b]) => a === i && b === j) &&
                line.every(([a, b]) => {
                  if (out.suppressed[a]![b]) return true;
                  const d = counts[a]![b]!;
                  return c === 0 ? d === 0 : d === 0 || d >= c;
                }),
            );
          }),
        );
      }),
    );
  });

  it('suppressList never leaves exactly one suppressed cell in a list of 2 or more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 12 }), (counts) => {
        const hidden = suppressList(counts).filter(Boolean).length;
        return hidden !== 1 && counts.every((c, i) => !(c > 0 && c < 5) || suppressList(counts)[i]);
      }),
    );
  });
});
