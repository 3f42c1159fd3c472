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

/** Respondents of `from` whose code in `codes` is one of `accepted`. */
export function selectCodes(from: Selection, codes: Codes, accepted: readonly number[]): Selection {
  const set = new Set(accepted);
  return from.filter((i) => set.has(codes[i]!));
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
