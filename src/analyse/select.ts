/** Selections of respondents: sorted index lists into the survey's columns. */
import { type Codes, MISSING } from '../model/survey.js';

export type Selection = Uint32Array;

/** The selections made by {@link selectAll}: respondent j at place j, read without the list. */
const everyone = new WeakSet<Selection>();

/** Every respondent. */
export function selectAll(size: number): Selection {
  const out = new Uint32Array(size);
  for (let i = 0; i < size; i++) out[i] = i;
  everyone.add(out);
  return out;
}

/** Respondents for whom `test(i)` holds. */
export function selectWhere(size: number, test: (i: number) => boolean): Selection {
  const out = new Uint32Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) if (test(i)) out[n++] = i;
  return n === size ? out : out.slice(0, n);
}

/**
 * The respondents of `from` per group, in one pass: `groups[k]` holds those whose `group[i]` is k
 * (0 ≤ k < count; any other value, such as -1 for none, is left out). Each list keeps the order
 * of `from`.
 */
export function selectGroups(from: Selection, group: ArrayLike<number>, count: number): Selection[] {
  const sizes = new Uint32Array(count);
  for (let j = 0; j < from.length; j++) {
    const k = group[from[j]!]!;
    if (k >= 0 && k < count) sizes[k]!++;
  }
  const out = Array.from(sizes, (n) => new Uint32Array(n));
  const fill = new Uint32Array(count);
  for (let j = 0; j < from.length; j++) {
    const i = from[j]!;
    const k = group[i]!;
    if (k >= 0 && k < count) out[k]![fill[k]!++] = i;
  }
  return out;
}

/** Respondents of `from` whose code in `codes` is one of `accepted`. */
export function selectCodes(from: Selection, codes: Codes, accepted: readonly number[]): Selection {
  const take = codeTable(accepted);
  let n = 0;
  for (let j = 0; j < from.length; j++) n += take[(codes[from[j]!] as number) + 32768]!;
  const out = new Uint32Array(n);
  let k = 0;
  for (let j = 0; j < from.length; j++) {
    const i = from[j]!;
    if (take[(codes[i] as number) + 32768]) out[k++] = i;
  }
  return out;
}

/** 1 at every code in `accepted` (offset by 32768, so any Int16 code is an index), else 0. */
function codeTable(accepted: readonly number[]): Uint8Array {
  const table = new Uint8Array(1 << 16);
  for (const c of accepted) table[c + 32768] = 1;
  return table;
}

/** The values of `codes` at the selection that are in `valid` (substantive answers), as numbers. */
export function validCodes(codes: Codes, selection: Selection, valid: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const i of selection) {
    const c = codes[i]!;
    if (c !== MISSING && valid.has(c)) out.push(c);
  }
  return out;
}

/** Per group of respondents: counts per category, and with weights their sums of w and w². */
export interface GroupCounts {
  counts: Float64Array;
  wsum: Float64Array | null;
  wsq: Float64Array | null;
  /** Respondents of the selection in the group, whatever they answered. */
  size: number;
}

/**
 * How many of the selection answered each category (counts in the order of `categories`), per
 * group: `groupOf[i]` is respondent i's group (0 ≤ g < groups; any other is left out), or null for
 * one group of the whole selection. One table look-up per respondent; anything else (missing,
 * "weet niet") is not counted. With weights, also the sums of weights and squared weights.
 */
export function countCodesBy(
  codes: Codes,
  selection: Selection,
  categories: readonly number[],
  weights: Float64Array | null,
  groupOf: Int32Array | null,
  groups: number,
): GroupCounts[] {
  const slot = new Int16Array(1 << 16).fill(-1);
  categories.forEach((c, k) => {
    slot[c + 32768] = k;
  });
  const width = categories.length;
  const counts = new Float64Array(groups * width);
  const wsum = weights ? new Float64Array(groups * width) : null;
  const wsq = weights ? new Float64Array(groups * width) : null;
  const sizes = new Float64Array(groups);
  // One loop each, weighted and not, without a test of either inside; and every respondent (the
  // cells' one pass, 80 of them at 1M rows) read in order instead of through the selection.
  const every = everyone.has(selection);
  const n = selection.length;
  if (wsum && wsq && weights) {
    for (let j = 0; j < n; j++) {
      const i = every ? j : selection[j]!;
      const g = groupOf ? groupOf[i]! : 0;
      if (g < 0 || g >= groups) continue;
      sizes[g]!++;
      const k = slot[(codes[i] as number) + 32768] as number;
      if (k < 0) continue;
      const at = g * width + k;
      const w = weights[i]!;
      counts[at]!++;
      wsum[at]! += w;
      wsq[at]! += w * w;
    }
  } else {
    for (let j = 0; j < n; j++) {
      const i = every ? j : selection[j]!;
      const g = groupOf ? groupOf[i]! : 0;
      if (g < 0 || g >= groups) continue;
      sizes[g]!++;
      const k = slot[(codes[i] as number) + 32768] as number;
      if (k >= 0) counts[g * width + k]!++;
    }
  }
  return Array.from(sizes, (size, g) => ({
    counts: counts.subarray(g * width, (g + 1) * width),
    wsum: wsum ? wsum.subarray(g * width, (g + 1) * width) : null,
    wsq: wsq ? wsq.subarray(g * width, (g + 1) * width) : null,
    size,
  }));
}
