/**
 * Cell suppression in linked tables (statistics.md "Small cells", Linked tables): counts joined by
 * published equations, such as a region's roles adding up to the region's total, residents' roles
 * to the residents' total, and every region's count of a role to the national count of that role.
 * A count under the threshold is hidden (primary); then the cheapest set of other cells
 * (secondary, complementary) so that no hidden cell can be derived from what is published.
 *
 * "Derived" is taken in full: not only a total minus the shown parts of one equation, but any
 * combination of equations (a chain of differences, two equations subtracted, …). A hidden cell is
 * derivable exactly when its unit vector lies in the row space of the equations restricted to the
 * hidden cells; that is decided by exact (integer) Gaussian elimination, which also yields the
 * equations an attacker would combine (the certificate). Protecting a cell means hiding one more
 * cell of those equations, so the search branches on them only (Hundepool et al., *Statistical
 * Disclosure Control*, 2012, ch. 4, on primary and secondary suppression in linked tables).
 *
 * The search: the equations split into independent parts (joined only through cells published
 * whatever happens). Per part, two greedy passes give a first pattern (hide the preferred cell of
 * the attack with the fewest ways out, or the cell that is a way out of the most attacks), each
 * followed by giving back every secondary cell not needed; then a depth-first branch and bound
 * over the same choices, with a lower bound from attacks that need different cells, proves the
 * better one the cheapest or finds a cheaper one, within a budget of work (ample for the tables of
 * a run of a few regions; past it the cheapest found is kept, which protects just as well). The cost of a
 * pattern is its cost in cells (a cell's `cost`, 1 by default), then the number of hidden zeros (a
 * zero is a weak partner: the small cell's upper bound would be its own value), then the sum of
 * the hidden counts; ties go to the first found in a fixed order, so the result is deterministic.
 */

export interface LinkedTable {
  /** Every cell's count (non-negative). */
  counts: readonly number[];
  /** Cells that are published whatever happens (a region's n): never hidden. */
  fixed: readonly boolean[];
  /**
   * Equations, each a total and its parts, the total first: `counts[line[0]]` is the sum of the
   * counts of the other cells of the line. One hidden cell in an equation can be derived, and so
   * can cells that follow from several equations together.
   */
  lines: readonly (readonly number[])[];
  /**
   * Cells that are not published at all (a total nobody prints): unknown to an attacker from the
   * start, never counted as hidden. Default: every cell is published.
   */
  unpublished?: readonly boolean[];
  /**
   * What hiding a cell to protect another costs (default 1): a total whose hiding takes a whole
   * section of the report with it costs more than any set of counts that would do instead.
   */
  cost?: readonly number[];
  /** Cells published or hidden as one (hiding one hides all); the group costs its dearest member. */
  together?: readonly (readonly number[])[];
  /**
   * Cells that may still follow from the others once hidden: totals that are hidden only to take
   * their equation away from an attacker (a side's n goes with the figures it is the n of), not
   * because their value is a secret. Default none: every other hidden cell must not follow.
   */
  mayFollow?: readonly boolean[];
}

export interface LinkedSuppression {
  /** Published cells not to publish (primary or secondary). */
  hidden: boolean[];
  /** Cells hidden because they are small themselves. */
  primary: boolean[];
  /**
   * Whether the search proved the secondary cells the cheapest set; false when it ran out of its
   * budget (very large tables) and returns the cheapest it found, which still protects every cell.
   */
  optimal: boolean;
}

export interface LinkedOptions {
  /**
   * Work the branch and bound may spend per independent part, in matrix entries of the
   * eliminations (default 15 million: thousands of eliminations on the tables of a run of six
   * regions, a few hundred on sixty; well under a second either way). Deterministic, unlike a
   * time limit.
   */
  budget?: number;
}

const DEFAULT_BUDGET = 15_000_000;

/**
 * Suppress `0 < count < minCount` among the published cells (primary), then the cheapest set of
 * complementary cells so that no hidden cell follows from the equations and the shown cells.
 *
 * Throws when a small cell follows from the fixed cells alone, or is fixed itself: no suppression
 * can protect it, so the caller has marked as fixed something that is not a published total of at
 * least `minCount` (an internal error; `disclosure/counts.ts` fixes only a result's own respondent
 * count, and then nothing small follows, see there). Throws a RangeError for an invalid table.
 */
export function suppressLinked(
  table: LinkedTable,
  minCount = 5,
  options: LinkedOptions = {},
): LinkedSuppression {
  validate(table, minCount);
  const problem = toProblem(table);
  const { counts, fixed, known, watched } = problem;
  const primary = counts.map((c, i) => known[i]! && c > 0 && c < minCount);
  const fixedSmall = primary.findIndex((p, i) => p && fixed[i]);
  if (fixedSmall >= 0)
    throw new Error(
      `cell ${fixedSmall} (count ${counts[fixedSmall]}) is small but published whatever happens`,
    );

  const hidden = counts.map((_, i) => !known[i] || primary[i]!);
  for (const u of problem.units)
    if (u.cells.some((c) => primary[c])) for (const c of u.cells) hidden[c] = true;

  let optimal = true;
  for (const part of partsOf(problem)) {
    if (!part.cells.some((c) => primary[c])) continue;
    // What follows from the fixed cells alone (every other cell hidden) is as good as published:
    // no pattern can hide it, so it is never a partner, and it must not be small (the safety check).
    const all = [...hidden];
    for (const c of part.cells) all[c] = true;
    const pinned = counts.map(() => false);
    for (const e of exposures(part.lines, all, known)) {
      if (primary[e.cell] && watched[e.cell])
        throw new Error(
          `cell ${e.cell} (count ${counts[e.cell]}) is small but derivable from published totals`,
        );
      pinned[e.cell] = true;
    }
    const found = protect(problem, part, hidden, pinned, options.budget ?? DEFAULT_BUDGET);
    optimal &&= found.optimal;
    for (const c of part.cells) hidden[c] = found.hidden[c]!;
  }
  // Final check: no hidden cell follows from what is published.
  const leak = exposures(problem.lines, hidden, watched)[0];
  if (leak) throw new Error(`cell ${leak.cell} (count ${counts[leak.cell]}) is still derivable`);
  return { hidden: hidden.map((h, i) => h && known[i]!), primary, optimal };
}

// ─── the problem ─────────────────────────────────────────────────────────────────────────────

interface Unit {
  cells: number[];
  cost: number;
  count: number;
  fixed: boolean;
}

interface Problem {
  counts: readonly number[];
  fixed: readonly boolean[];
  known: readonly boolean[];
  /** Hidden cells that must not follow from the rest: published, not `mayFollow`. */
  watched: readonly boolean[];
  lines: readonly (readonly number[])[];
  units: Unit[];
  unitOf: number[];
}

function toProblem(table: LinkedTable): Problem {
  const { counts, fixed, lines } = table;
  const known = counts.map((_, i) => !table.unpublished?.[i]);
  const unitOf = counts.map(() => -1);
  const units: Unit[] = [];
  const addUnit = (cells: number[]) => {
    const id = units.length;
    for (const c of cells) unitOf[c] = id;
    units.push({
      cells,
      cost: cells.reduce((max, c) => Math.max(max, table.cost?.[c] ?? 1), Number.NEGATIVE_INFINITY),
      count: cells.reduce((s, c) => s + counts[c]!, 0),
      fixed: cells.some((c) => fixed[c]),
    });
  };
  for (const group of table.together ?? []) {
    const cells = [...new Set(group)].filter((c) => unitOf[c] === -1);
    if (cells.length > 0) addUnit(cells);
  }
  counts.forEach((_, c) => {
    if (unitOf[c] === -1) addUnit([c]);
  });
  const watched = known.map((k, i) => k && !table.mayFollow?.[i]);
  return { counts, fixed, known, watched, lines, units, unitOf };
}

interface Part {
  cells: number[];
  lines: (readonly number[])[];
}

/**
 * The independent parts of the table: cells that may be hidden, joined by the equations they share
 * and by the groups hidden as one. A fixed cell is a known constant and joins nothing.
 */
function partsOf(problem: Problem): Part[] {
  const { counts, fixed, lines, units, unitOf } = problem;
  const parent = counts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  for (const line of lines) {
    const open = line.filter((c) => !fixed[c]);
    for (const c of open.slice(1)) join(open[0]!, c);
  }
  for (const u of units) for (const c of u.cells.slice(1)) join(u.cells[0]!, c);
  const byRoot = new Map<number, Part>();
  counts.forEach((_, c) => {
    if (fixed[c] || units[unitOf[c]!]!.fixed) return;
    const root = find(c);
    const part = byRoot.get(root) ?? { cells: [], lines: [] };
    part.cells.push(c);
    byRoot.set(root, part);
  });
  for (const line of lines) {
    const open = line.find((c) => !fixed[c]);
    if (open !== undefined) byRoot.get(find(open))?.lines.push(line);
  }
  return [...byRoot.values()];
}

// ─── derivability ────────────────────────────────────────────────────────────────────────────

/** A hidden cell that follows from the shown ones, and the equations that give it. */
interface Exposure {
  cell: number;
  lines: number[];
}

/**
 * Every hidden cell of `watched` that the equations determine, given the shown cells. Exact: the
 * equations restricted to the hidden cells are brought to reduced row echelon form over the
 * rationals (integer rows, divided by their gcd); a cell is determined when its pivot row has no
 * other hidden cell. The row's record of the equations combined is the certificate.
 */
function exposures(
  lines: readonly (readonly number[])[],
  hidden: readonly boolean[],
  watched: readonly boolean[],
  meter?: { work: number },
): Exposure[] {
  const column = new Map<number, number>();
  const cells: number[] = [];
  const used: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (!line.some((c) => hidden[c])) continue;
    used.push(l);
    for (const c of line)
      if (hidden[c] && !column.has(c)) {
        column.set(c, cells.length);
        cells.push(c);
      }
  }
  if (used.length === 0) return [];
  const width = cells.length + used.length;
  if (meter) meter.work += width * used.length;
  const rows = () =>
    used.map((l, k) => {
      const row = new Array<number>(width).fill(0);
      const line = lines[l]!;
      line.forEach((c, j) => {
        const at = column.get(c);
        if (at !== undefined) row[at]! += j === 0 ? -1 : 1;
      });
      row[cells.length + k] = 1;
      return row;
    });
  let reduced: ReducedRows;
  try {
    reduced = reduceNumbers(rows(), cells.length);
  } catch (error) {
    if (!(error instanceof Overflow)) throw error;
    reduced = reduce(
      rows().map((row) => row.map((v) => BigInt(v))),
      cells.length,
      BIGINT,
    );
  }
  const out: Exposure[] = [];
  for (const { pivot, alone, combination } of reduced) {
    const cell = cells[pivot]!;
    if (!alone || !watched[cell]) continue;
    out.push({ cell, lines: combination.map((k) => used[k]!) });
  }
  return out.sort((a, b) => a.cell - b.cell);
}

/** Per pivot row: its pivot column, whether no other hidden cell is left in it, and its equations. */
type ReducedRows = { pivot: number; alone: boolean; combination: number[] }[];

interface Arithmetic<T> {
  zero: T;
  isZero(a: T): boolean;
  /** `a * x - b * y`. */
  combine(a: T, x: T, b: T, y: T): T;
  gcd(a: T, b: T): T;
  divide(a: T, b: T): T;
}

/** An entry grew past what products of two entries can hold exactly in a double. */
class Overflow extends Error {}

const LIMIT = 2 ** 26;

const gcdOf = (a: number, b: number) => {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

/**
 * `reduce` on doubles holding integers, touching only the pivot row's non-zero entries (the rows
 * are sparse: an equation has a handful of cells). Throws `Overflow` when an entry reaches 2^26,
 * so that every product stays exact; the caller then starts again with BigInt.
 */
function reduceNumbers(rows: number[][], columns: number): ReducedRows {
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < columns && rank < rows.length; col++) {
    let p = rank;
    while (p < rows.length && rows[p]![col] === 0) p++;
    if (p === rows.length) continue;
    [rows[rank], rows[p]] = [rows[p]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const a = pivotRow[col]!;
    const nonZero: number[] = [];
    for (let j = 0; j < pivotRow.length; j++) if (pivotRow[j] !== 0) nonZero.push(j);
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const b = row[col]!;
      if (k === rank || b === 0) continue;
      if (a !== 1) for (let j = 0; j < row.length; j++) if (row[j] !== 0) row[j]! *= a;
      for (const j of nonZero) row[j]! -= b * pivotRow[j]!;
      let g = 0;
      for (let j = 0; j < row.length; j++) {
        const v = row[j]!;
        if (v === 0) continue;
        if (Math.abs(v) >= LIMIT) throw new Overflow();
        g = gcdOf(g, v);
      }
      if (g > 1) for (let j = 0; j < row.length; j++) if (row[j] !== 0) row[j]! /= g;
    }
    pivots.push(col);
    rank++;
  }
  return summarise(rows, pivots, columns, (v) => v === 0);
}

const BIGINT: Arithmetic<bigint> = {
  zero: 0n,
  isZero: (a) => a === 0n,
  combine: (a, x, b, y) => a * x - b * y,
  gcd(a, b) {
    let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
    while (y !== 0n) [x, y] = [y, x % y];
    return x;
  },
  divide: (a, b) => a / b,
};

/**
 * Reduced row echelon form of integer rows over their first `columns` entries (the rest are carried
 * along: the record of which equations were combined), fraction-free.
 */
function reduce<T>(rows: T[][], columns: number, ar: Arithmetic<T>): ReducedRows {
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < columns && rank < rows.length; col++) {
    let p = rank;
    while (p < rows.length && ar.isZero(rows[p]![col]!)) p++;
    if (p === rows.length) continue;
    [rows[rank], rows[p]] = [rows[p]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const a = pivotRow[col]!;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const b = row[col]!;
      if (k === rank || ar.isZero(b)) continue;
      let g = ar.zero;
      for (let j = 0; j < row.length; j++) {
        row[j] = ar.combine(a, row[j]!, b, pivotRow[j]!);
        g = ar.gcd(g, row[j]!);
      }
      normalise(row, g, ar);
    }
    pivots.push(col);
    rank++;
  }
  return summarise(rows, pivots, columns, ar.isZero);
}

/** Per pivot row of a reduced matrix: its pivot, whether it is alone, and its equations. */
function summarise<T>(
  rows: T[][],
  pivots: number[],
  columns: number,
  isZero: (v: T) => boolean,
): ReducedRows {
  return pivots.map((col, k) => {
    const row = rows[k]!;
    let alone = true;
    for (let j = 0; j < columns; j++) if (j !== col && !isZero(row[j]!)) alone = false;
    const combination: number[] = [];
    for (let j = columns; j < row.length; j++) if (!isZero(row[j]!)) combination.push(j - columns);
    return { pivot: col, alone, combination };
  });
}

function normalise<T>(row: T[], g: T, ar: Arithmetic<T>): void {
  if (ar.isZero(g)) return;
  for (let j = 0; j < row.length; j++) row[j] = ar.divide(row[j]!, g);
}

// ─── the search ──────────────────────────────────────────────────────────────────────────────

/** The cost of a set of secondary units: cost, hidden zeros, hidden count; compared in that order. */
type Score = readonly [cost: number, zeros: number, count: number];

const add = (s: Score, u: Unit): Score => [s[0] + u.cost, s[1] + (u.count === 0 ? 1 : 0), s[2] + u.count];
const less = (a: Score, b: Score) =>
  a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

/** Order of candidates: cheapest first, zeros last, then the smaller count, then the first cell. */
function byPreference(problem: Problem) {
  return (a: number, b: number) => {
    const [x, y] = [problem.units[a]!, problem.units[b]!];
    return (
      x.cost - y.cost ||
      Number(x.count === 0) - Number(y.count === 0) ||
      x.count - y.count ||
      x.cells[0]! - y.cells[0]!
    );
  };
}

/**
 * The units that could stop an exposure: those with a cell in one of the equations combined, not
 * hidden and not ruled out (ruled out: fixed, as good as published, or tried in an earlier branch).
 * Hiding none of them leaves the same combination an attack.
 */
function candidates(
  problem: Problem,
  part: Part,
  e: Exposure,
  hidden: readonly boolean[],
  out: readonly boolean[],
) {
  const found = new Set<number>();
  for (const l of e.lines)
    for (const c of part.lines[l]!) {
      const u = problem.unitOf[c]!;
      if (!hidden[c] && !out[u]) found.add(u);
    }
  return [...found].sort(byPreference(problem));
}

/** The ways out of every exposure, the narrowest first (ties: the first cell). */
function waysOut(problem: Problem, part: Part, found: Exposure[], hidden: boolean[], out: boolean[]) {
  return found
    .map((e) => candidates(problem, part, e, hidden, out))
    .map((ways, k) => ({ ways, k }))
    .sort((a, b) => a.ways.length - b.ways.length || a.k - b.k)
    .map(({ ways }) => ways);
}

/**
 * A lower bound on what the exposures still cost: each needs one of its ways out, so exposures
 * whose ways share no unit need as many different units, each at least its cheapest way.
 */
function lowerBound(problem: Problem, all: number[][]): Score {
  let bound: Score = [0, 0, 0];
  const taken = new Set<number>();
  for (const ways of all) {
    if (ways.length === 0 || ways.some((u) => taken.has(u))) continue;
    for (const u of ways) taken.add(u);
    bound = add(bound, problem.units[ways[0]!]!);
  }
  return bound;
}

const plus = (a: Score, b: Score): Score => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];

function protect(
  problem: Problem,
  part: Part,
  start: readonly boolean[],
  pinned: readonly boolean[],
  budget: number,
): { hidden: boolean[]; optimal: boolean } {
  const meter = { work: 0 };
  const exposed = (h: readonly boolean[]) => exposures(part.lines, h, problem.watched, meter);
  const setUnit = (h: boolean[], u: number, on: boolean) => {
    for (const c of problem.units[u]!.cells) h[c] = on;
  };
  const prefer = byPreference(problem);
  // Units that may never be hidden: fixed, or as good as published. They count as ruled out.
  const none = problem.units.map((u) => u.fixed || u.cells.some((c) => pinned[c]));

  // Two greedy passes, the better one kept as the first bound: hide the preferred way out of the
  // narrowest exposure, or the unit that is a way out of the most exposures for its cost (ties:
  // the preferred one), until nothing is exposed; then give back every secondary unit not
  // needed, the dearest first.
  const greedy = (pickOf: (all: number[][]) => number): { hidden: boolean[]; chosen: number[] } => {
    const h = [...start];
    const chosen: number[] = [];
    for (let found = exposed(h); found.length > 0; found = exposed(h)) {
      const all = waysOut(problem, part, found, h, none);
      if (all.some((ways) => ways.length === 0))
        throw new Error('a hidden cell is derivable and no cell is left to protect it');
      const pick = pickOf(all);
      setUnit(h, pick, true);
      chosen.push(pick);
    }
    for (const u of [...chosen].sort((a, b) => prefer(b, a))) {
      setUnit(h, u, false);
      if (exposed(h).length > 0) setUnit(h, u, true);
    }
    return { hidden: h, chosen };
  };
  const narrow = greedy((all) => all[0]![0]!);
  const cover = greedy((all) => {
    const reach = new Map<number, number>();
    for (const ways of all) for (const u of ways) reach.set(u, (reach.get(u) ?? 0) + 1);
    const worth = (u: number) => reach.get(u)! / Math.max(problem.units[u]!.cost, 1e-9);
    return [...reach.keys()].sort((a, b) => worth(b) - worth(a) || prefer(a, b))[0]!;
  });
  const scoreOf = (h: readonly boolean[]) => {
    let s: Score = [0, 0, 0];
    for (const u of new Set(part.cells.filter((c) => h[c] && !start[c]).map((c) => problem.unitOf[c]!)))
      s = add(s, problem.units[u]!);
    return s;
  };
  if (narrow.chosen.length === 0) return { hidden: narrow.hidden, optimal: true };
  let best = { hidden: narrow.hidden, score: scoreOf(narrow.hidden) };
  const other = scoreOf(cover.hidden);
  if (less(other, best.score)) best = { hidden: cover.hidden, score: other };

  // Branch and bound over the ways out of the narrowest exposure; a way tried is ruled out for the
  // branches after it, so every set is visited at most once. A branch ends when even the lower
  // bound of what it still needs costs no less than the best pattern found.
  const hidden = [...start];
  const out = [...none];
  const limit = meter.work + budget;
  const search = (score: Score): boolean => {
    if (meter.work > limit) return false;
    const found = exposed(hidden);
    if (found.length === 0) {
      if (less(score, best.score)) best = { hidden: [...hidden], score };
      return true;
    }
    const all = waysOut(problem, part, found, hidden, out);
    if (!less(plus(score, lowerBound(problem, all)), best.score)) return true;
    // The ways out of the narrowest exposure, the cheapest first and among equals the one that is
    // a way out of the most exposures (ties: the preferred one).
    const reach = new Map<number, number>();
    for (const w of all) for (const u of w) reach.set(u, (reach.get(u) ?? 0) + 1);
    const ways = [...all[0]!].sort(
      (a, b) =>
        problem.units[a]!.cost - problem.units[b]!.cost || reach.get(b)! - reach.get(a)! || prefer(a, b),
    );
    const ruledOut: number[] = [];
    let complete = true;
    for (const u of ways) {
      const next = add(score, problem.units[u]!);
      if (!less(next, best.score)) {
        if (next[0] > best.score[0]) break;
        continue;
      }
      setUnit(hidden, u, true);
      complete = search(next) && complete;
      setUnit(hidden, u, false);
      if (!complete) break;
      out[u] = true;
      ruledOut.push(u);
    }
    for (const u of ruledOut) out[u] = false;
    return complete;
  };
  const optimal = search([0, 0, 0]);
  return { hidden: best.hidden, optimal };
}

function validate(table: LinkedTable, minCount: number): void {
  if (!(minCount > 0) || !Number.isFinite(minCount))
    throw new RangeError(`minCount must be a positive number, got ${minCount}`);
  const n = table.counts.length;
  for (const c of table.counts)
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`counts must be integers ≥ 0, got ${c}`);
  if (table.fixed.length !== n) throw new RangeError(`${n} counts but ${table.fixed.length} fixed flags`);
  for (const [name, list] of [
    ['unpublished', table.unpublished],
    ['cost', table.cost],
    ['mayFollow', table.mayFollow],
  ] as const)
    if (list && list.length !== n) throw new RangeError(`${n} counts but ${list.length} ${name} entries`);
  for (const c of table.cost ?? [])
    if (!(c >= 0) || !Number.isFinite(c)) throw new RangeError(`a cost must be finite and ≥ 0, got ${c}`);
  for (const line of [...table.lines, ...(table.together ?? [])])
    for (const c of line)
      if (!Number.isInteger(c) || c < 0 || c >= n) throw new RangeError(`no cell ${c} in a table of ${n}`);
}
