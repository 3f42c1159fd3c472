/**
 * Cell suppression in frequency tables whose row and column totals are published
 * (statistics.md "Small cells", reliability.md §1): primary suppression of small counts, then
 * complementary suppression so that no hidden cell follows from a total minus the shown cells.
 */

/** A table of unweighted counts; totals are not inside, the reader computes them. */
export interface CountTable {
  rows: string[];
  cols: string[];
  /** `counts[row][col]`, non-negative. */
  counts: number[][];
}

export interface SuppressedTable extends CountTable {
  /** Cells not to publish (primary or complementary). */
  suppressed: boolean[][];
  /** Cells hidden because they are small themselves. */
  primary: boolean[][];
}

export interface SuppressOptions {
  /**
   * Also suppress zero counts as primary cells. Default false: a zero describes nobody, so it
   * cannot single a respondent out; the all-or-nothing risk of a zero ("nobody in this small group
   * said yes") is handled where shares are published (`isDisclosiveShare`, `--min-cell`). This
   * follows sdcTable's frequency rule (zeros exempt); UK LLC blocks zeros too, which this option
   * gives.
   */
  suppressZeros?: boolean;
}

type Cell = readonly [row: number, col: number];

/**
 * Suppresses every count with `0 < count < minCount` (default 5; zeros too with `suppressZeros`),
 * then adds complementary cells until no row and no column has exactly one suppressed cell, since
 * a lone hidden cell equals its total minus the others. The partner in a line is its smallest
 * shown non-zero cell (first one on ties), or a zero when only zeros are left. A table with one
 * column (a list with its total) or one row applies the rule along that dimension only.
 *
 * This is the usual ≥2-per-line heuristic, not an optimal or audited pattern: it does not check
 * the intervals an attacker could derive with linear programming. A 1×1 table cannot be protected
 * while its total is shown. Throws a RangeError for a ragged table, a negative or non-finite count,
 * or `minCount ≤ 0`.
 */
export function suppressCounts(
  table: CountTable,
  minCount = 5,
  options: SuppressOptions = {},
): SuppressedTable {
  validate(table, minCount);
  const counts = table.counts.map((row) => [...row]);
  const lowest = options.suppressZeros ? 0 : 1;
  const primary = counts.map((row) => row.map((c) => c >= lowest && c < minCount));
  const suppressed = primary.map((row) => [...row]);

  const lines = linesOf(table.rows.length, table.cols.length);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter(([i, j]) => suppressed[i]![j]);
      if (hidden.length !== 1) continue;
      const [i, j] = partnerIn(line, counts, suppressed);
      suppressed[i]![j] = true;
      changed = true;
    }
  }
  return { rows: [...table.rows], cols: [...table.cols], counts, suppressed, primary };
}

/**
 * `suppressCounts` for one list of counts whose total is published (one column):
 * true where the count is not to be shown.
 */
export function suppressList(counts: number[], minCount = 5, options: SuppressOptions = {}): boolean[] {
  const table = { rows: counts.map((_, i) => String(i)), cols: ['n'], counts: counts.map((c) => [c]) };
  return suppressCounts(table, minCount, options).suppressed.map((row) => row[0]!);
}

/** Rows (when there are 2+ columns) and columns (when there are 2+ rows), as lists of cells. */
function linesOf(nRows: number, nCols: number): Cell[][] {
  const lines: Cell[][] = [];
  if (nCols >= 2) {
    for (let i = 0; i < nRows; i++) lines.push(Array.from({ length: nCols }, (_, j) => [i, j] as const));
  }
  if (nRows >= 2) {
    for (let j = 0; j < nCols; j++) lines.push(Array.from({ length: nRows }, (_, i) => [i, j] as const));
  }
  return lines;
}

/** The smallest shown non-zero cell of a line, else its first shown zero. */
function partnerIn(line: Cell[], counts: number[][], suppressed: boolean[][]): Cell {
  const rank = (c: number) => (c === 0 ? Number.POSITIVE_INFINITY : c);
  let best: Cell | undefined;
  for (const cell of line) {
    if (suppressed[cell[0]]![cell[1]]) continue;
    if (best === undefined || rank(counts[cell[0]]![cell[1]]!) < rank(counts[best[0]]![best[1]]!))
      best = cell;
  }
  // A line with exactly one hidden cell has at least one other cell (lines have length ≥ 2).
  return best!;
}

function validate(table: CountTable, minCount: number): void {
  if (!(minCount > 0) || !Number.isFinite(minCount)) {
    throw new RangeError(`minCount must be a positive number, got ${minCount}`);
  }
  if (table.counts.length !== table.rows.length) {
    throw new RangeError(
      `table has ${table.rows.length} row labels but ${table.counts.length} rows of counts`,
    );
  }
  table.counts.forEach((row, i) => {
    if (row.length !== table.cols.length) {
      throw new RangeError(`row ${i} has ${row.length} counts, expected ${table.cols.length}`);
    }
    for (const c of row) {
      if (!Number.isFinite(c) || c < 0)
        throw new RangeError(`counts must be finite and ≥ 0, got ${c} in row ${i}`);
    }
  });
}
