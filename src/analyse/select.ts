/** Selections of respondents: sorted index lists into the survey's columns. */
import { type Codes, MISSING } from '../model/survey.js';

export type Selection = Uint32Array;

/** Every respondent. */
export function selectAll(size: number): Selection {
  const out = new Uint32Array(size);
  for (let i = 0; i < size; i++) out[i] = i;
  return out;
}

/** Respondents for whom `test(i)` holds. */
export function selectWhere(size: number, test: (i: number) => boolean): Selection {
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (test(i)) out.push(i);
  return Uint32Array.from(out);
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

/**
 * How many of the selection answered each category (counts in the order of `categories`): one
 * table look-up per respondent, whatever the array type; anything else (missing, "weet niet") is
 * not counted.
 */
export function countCodes(codes: Codes, selection: Selection, categories: readonly number[]): number[] {
  const slot = new Int16Array(1 << 16).fill(-1);
  categories.forEach((c, k) => {
    slot[c + 32768] = k;
  });
  const counts = new Float64Array(categories.length);
  for (let j = 0; j < selection.length; j++) {
    const k = slot[(codes[selection[j]!] as number) + 32768] as number;
    if (k >= 0) counts[k]! += 1;
  }
  return Array.from(counts);
}

/**
 * `countCodes` with weights: per category the count, the sum of weights and the sum of squared
 * weights of the selection's respondents in it.
 */
export function countCodesWeighted(
  codes: Codes,
  selection: Selection,
  categories: readonly number[],
  weights: Float64Array,
): { counts: number[]; wsum: number[]; wsq: number[] } {
  const slot = new Int16Array(1 << 16).fill(-1);
  categories.forEach((c, k) => {
    slot[c + 32768] = k;
  });
  const counts = new Float64Array(categories.length);
  const wsum = new Float64Array(categories.length);
  const wsq = new Float64Array(categories.length);
  for (let j = 0; j < selection.length; j++) {
    const i = selection[j]!;
    const k = slot[(codes[i] as number) + 32768] as number;
    if (k < 0) continue;
    const w = weights[i]!;
    counts[k]! += 1;
    wsum[k]! += w;
    wsq[k]! += w * w;
  }
  return { counts: Array.from(counts), wsum: Array.from(wsum), wsq: Array.from(wsq) };
}
