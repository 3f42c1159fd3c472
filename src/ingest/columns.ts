/**
 * Growable columns that ingest fills one respondent at a time and turns into the survey's typed
 * arrays: codes as Int8 (or Int16 when a scale needs it), numbers as Float64, ticks as Uint8, so a
 * million respondents × 60 questions stay within tens of megabytes.
 */
import { type Codes, type Column, MISSING, MISSING_TICK, type Texts } from '../model/survey.js';

/** A growable typed array. */
class Growable<T extends Int8Array | Int16Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** Add `values` at the end, as many pushes would. */
  append(values: ArrayLike<number>): void {
    const need = this.length + values.length;
    if (need > this.data.length) {
      const next = this.make(Math.max(16, need, this.data.length * 2));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(values, this.length);
    this.length = need;
  }
  /** Forget the values from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }
  finish(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export const int16s = () => new Growable(new Int16Array(64), (n) => new Int16Array(n));
export const int8s = () => new Growable(new Int8Array(64), (n) => new Int8Array(n));
export const float64s = () => new Growable(new Float64Array(64), (n) => new Float64Array(n));
export const uint8s = () => new Growable(new Uint8Array(64), (n) => new Uint8Array(n));

/** Collects one question's answers; `push` takes what `values.ts` parsed for one respondent. */
export type ColumnBuilder =
  | { kind: 'code'; codes: CodeBuilder }
  | { kind: 'number'; values: Growable<Float64Array> }
  | { kind: 'multi'; options: number[]; ticks: Growable<Uint8Array>[] }
  | { kind: 'rank'; positions: CodeBuilder[] }
  | { kind: 'text'; values: Texts };

/** A growable code column; `MISSING` is stored as the array type's own sentinel. */
export interface CodeBuilder {
  push(code: number): void;
  /** Add the stored codes of another builder's column (`finish`), sentinels and all. */
  append(codes: Codes): void;
  readonly length: number;
  truncate(length: number): void;
  finish(): Codes;
}

/** Int8 storage when every code lies in -127..127, else Int16. */
export function codeBuilder(codes: readonly number[]): CodeBuilder {
  const narrow = codes.every((c) => c >= -127 && c <= 127);
  const store: Growable<Int8Array> | Growable<Int16Array> = narrow ? int8s() : int16s();
  const sentinel = narrow ? -128 : MISSING;
  return {
    push: (code) => store.push(code === MISSING ? sentinel : code),
    append: (codes) => store.append(codes),
    get length() {
      return store.length;
    },
    truncate: (length) => store.truncate(length),
    finish: () => store.finish(),
  };
}

/** How many respondents a builder holds. */
export function builderLength(builder: ColumnBuilder): number {
  switch (builder.kind) {
    case 'code':
      return builder.codes.length;
    case 'number':
      return builder.values.length;
    case 'multi':
      return builder.ticks[0]?.length ?? 0;
    case 'rank':
      return builder.positions[0]?.length ?? 0;
    case 'text':
      return builder.values.length;
  }
}

/** Forget a builder's respondents from `length` on. */
export function truncateBuilder(builder: ColumnBuilder, length: number): void {
  if (builder.kind === 'code') builder.codes.truncate(length);
  else if (builder.kind === 'number') builder.values.truncate(length);
  else if (builder.kind === 'multi') for (const t of builder.ticks) t.truncate(length);
  else if (builder.kind === 'rank') for (const p of builder.positions) p.truncate(length);
  else builder.values.truncate(length);
}

export function finishColumn(builder: ColumnBuilder): Column {
  switch (builder.kind) {
    case 'code':
      return { kind: 'code', codes: builder.codes.finish() };
    case 'number':
      return { kind: 'number', values: builder.values.finish() };
    case 'multi':
      return { kind: 'multi', options: builder.options, ticks: builder.ticks.map((t) => t.finish()) };
    case 'rank':
      return { kind: 'rank', positions: builder.positions.map((p) => p.finish()) };
    case 'text':
      return { kind: 'text', values: builder.values.trim() };
  }
}

export { MISSING, MISSING_TICK };
