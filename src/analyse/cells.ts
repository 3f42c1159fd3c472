/**
 * Cells: the respondents split once by region × role, so that a measure over a region, a side of
 * the perspective gap or the country is the merge of its cells' partial statistics instead of one
 * more pass over its respondents (DESIGN.md, mergeable partial statistics).
 *
 *   respondents ─ one pass ─▶ cell (region k, role code r) ─ measure per cell, once ─▶ partial sums
 *   region k              = merge of the cells (k, ·)
 *   residents of region k = merge of the cells (k, r) with r a resident's role
 *   the country           = merge of the cells of the regions that publish the measure
 *
 * A selection is known as a union of cells only where analyse made it so (`name`); any other
 * selection (a subregion, a test's) is measured directly. Counts merge exactly, means and weight
 * sums within rounding ({@link mergeMoments}, {@link mergeWeightedSums}).
 */
import type { Survey } from '../model/survey.js';
import { type Selection, selectAll } from './select.js';

/** More cells than this and splitting costs more than it saves: selections are measured directly. */
const MAX_CELLS = 4096;
/** A role question with more codes than this is not split by role (the sides are measured directly). */
const MAX_ROLE_CODES = 32;

export interface Cells {
  /** Every respondent, and the cell of each (-1 for none); `count` cells (0 when cells are off). */
  readonly all: Selection;
  readonly cellOf: Int32Array;
  readonly count: number;
  /** Record that `selection` is exactly the union of `cells` (ids in ascending order); returns it. */
  name(selection: Selection, cells: readonly number[]): Selection;
  /** The cells whose union `selection` is, if it was named. */
  of(selection: Selection): readonly number[] | undefined;
  /** The cells of region k (every role). */
  region(k: number): number[];
  /** Of `cells`, those whose respondents' role code is one of `codes`; undefined without role cells. */
  withRole(cells: readonly number[], codes: readonly number[]): number[] | undefined;
}

/** Split the survey's respondents by region and (when there is one) the role question's code. */
export function createCells(survey: Survey): Cells {
  const regions = survey.regions.regions.length;
  const roleColumn = survey.codebook.role ? survey.columns.get(survey.codebook.role.question) : undefined;
  const roleCodes = roleColumn?.kind === 'code' ? roleColumn.codes : null;
  // The distinct role codes present (blank included), each its own slot.
  const slotCodes: number[] = [];
  const slotOf = new Map<number, number>();
  if (roleCodes) {
    for (let i = 0; i < roleCodes.length && slotCodes.length <= MAX_ROLE_CODES; i++) {
      const c = roleCodes[i]!;
      if (!slotOf.has(c)) {
        slotOf.set(c, slotCodes.length);
        slotCodes.push(c);
      }
    }
  }
  const byRole = roleCodes !== null && slotCodes.length <= MAX_ROLE_CODES;
  const slots = byRole ? Math.max(1, slotCodes.length) : 1;
  const count = regions * slots;
  const names = new WeakMap<Selection, readonly number[]>();
  if (count === 0 || count > MAX_CELLS) {
    return {
      all: new Uint32Array(0),
      cellOf: new Int32Array(0),
      count: 0,
      name: (selection) => selection,
      of: () => undefined,
      region: () => [],
      withRole: () => undefined,
    };
  }
  // Role codes fit Int16: a table from code to slot.
  const slotTable = new Int16Array(1 << 16);
  slotCodes.forEach((c, s) => {
    slotTable[c + 32768] = s;
  });
  const cellOf = new Int32Array(survey.size);
  for (let i = 0; i < survey.size; i++) {
    const k = survey.region[i]!;
    cellOf[i] = k >= 0 && k < regions ? k * slots + (byRole ? slotTable[roleCodes![i]! + 32768]! : 0) : -1;
  }
  return {
    all: selectAll(survey.size),
    cellOf,
    count,
    name(selection, cells) {
      names.set(selection, cells);
      return selection;
    },
    of: (selection) => names.get(selection),
    region: (k) => Array.from({ length: slots }, (_, s) => k * slots + s),
    withRole(cells, codes) {
      if (!byRole) return undefined;
      const wanted = new Set(codes);
      return cells.filter((cell) => wanted.has(slotCodes[cell % slots]!));
    },
  };
}

/** Per-cell partial results, per measure: what a measure is of (a column, a question) and a key. */
export type CellCache = WeakMap<object, Map<string, unknown[]>>;

/**
 * A measure of respondents in groups, in one pass over the selection: one result per group, where
 * `groupOf[i]` is respondent i's group (0 ≤ g < groups; any other is left out), or, with null, one
 * result for the whole selection.
 */
export type Grouped<T> = (selection: Selection, groupOf: Int32Array | null, groups: number) => T[];

/**
 * A mergeable measure over a selection: merged from the per-cell results when the selection is a
 * named union of cells (all cells measured in one pass over the survey, once per cache, `of` and
 * `key`), else measured directly.
 */
export function overCells<T>(
  cells: Cells,
  cache: CellCache,
  of: object,
  key: string,
  selection: Selection,
  measure: Grouped<T>,
  merge: (a: T, b: T) => T,
): T {
  const union = cells.of(selection);
  if (!union || union.length === 0) return measure(selection, null, 1)[0]!;
  let byKey = cache.get(of);
  if (!byKey) {
    byKey = new Map();
    cache.set(of, byKey);
  }
  let perCell = byKey.get(key) as T[] | undefined;
  if (!perCell) {
    perCell = measure(cells.all, cells.cellOf, cells.count);
    byKey.set(key, perCell);
  }
  let out = perCell[union[0]!] as T;
  for (let j = 1; j < union.length; j++) out = merge(out, perCell[union[j]!] as T);
  return out;
}
