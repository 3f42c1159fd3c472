/**
 * The survey: columnar answer codes of the included respondents, their place in the region
 * hierarchy, and the accounting of every input row. Produced by ingest, read by analyse.
 * Analysis works on codes only; labels are applied when rendering.
 */
import type { Codebook } from './codebook.js';
import type { RegionTable } from './regions.js';

/**
 * A blank answer, as parsers return it. Code columns store it as the smallest value of their
 * array type (-128 in an `Int8Array`, -32768 in an `Int16Array`); no scale may use that code.
 * Read a code column by testing codes against the scale's options, never against a sentinel.
 */
export const MISSING = -32768;
/** Code columns are `Int8Array` when every code of the scale fits in -127..127, else `Int16Array`. */
export type Codes = Int8Array | Int16Array;
/** Missing value in `Uint8Array` tick columns of multi-select questions. */
export const MISSING_TICK = 255;

/**
 * Open answers, stored as UTF-8 in 1 MB blocks with an index: a million answers of a hundred
 * characters take ~110 MB instead of ~250 MB as separate strings, and the store grows block by
 * block, never by copying everything into a buffer twice the size. Ingest may record that an
 * answer was given without keeping its text (`keep` false): reports quote only a few answers per
 * region, so a national run keeps a sample, not every text.
 */
export class Texts {
  private static readonly BLOCK = 1 << 20;
  private static readonly encoder = new TextEncoder();
  private static readonly decoder = new TextDecoder();
  private readonly blocks: Uint8Array[] = [];
  private used = Texts.BLOCK;
  /** Per answer: block number (-1: no answer, -2: answered, text not kept), start and end within the block. */
  private block = new Int32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  length = 0;

  static from(values: readonly (string | null)[]): Texts {
    const texts = new Texts();
    for (const v of values) texts.push(v);
    return texts;
  }

  push(value: string | null, keep = true): void {
    if (this.length === this.block.length) this.grow();
    const i = this.length++;
    if (value === null || !keep) {
      this.block[i] = value === null ? -1 : -2;
      return;
    }
    const need = value.length * 3;
    if (this.used + need > (this.blocks.at(-1)?.length ?? 0)) {
      this.blocks.push(new Uint8Array(Math.max(Texts.BLOCK, need)));
      this.used = 0;
    }
    const target = this.blocks.at(-1)!;
    const written = Texts.encoder.encodeInto(value, target.subarray(this.used)).written;
    this.block[i] = this.blocks.length - 1;
    this.start[i] = this.used;
    this.end[i] = this.used + written;
    this.used += written;
  }

  /** Whether respondent i answered (whether or not the text was kept). */
  answered(i: number): boolean {
    return i >= 0 && i < this.length && this.block[i] !== -1;
  }

  /** The text of answer i, or null when there is none or it was not kept. */
  get(i: number): string | null {
    if (i < 0 || i >= this.length || this.block[i]! < 0) return null;
    return Texts.decoder.decode(this.blocks[this.block[i]!]!.subarray(this.start[i]!, this.end[i]!));
  }

  toArray(): (string | null)[] {
    const out: (string | null)[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }

  /** Release the spare capacity once every answer is in. */
  trim(): Texts {
    const last = this.blocks.length - 1;
    if (last >= 0) this.blocks[last] = this.blocks[last]!.slice(0, this.used);
    this.block = this.block.slice(0, this.length);
    this.start = this.start.slice(0, this.length);
    this.end = this.end.slice(0, this.length);
    return this;
  }

  private grow(): void {
    const n = this.block.length * 2;
    for (const key of ['block', 'start', 'end'] as const) {
      const next = new Int32Array(n);
      next.set(this[key]);
      this[key] = next;
    }
  }
}

/** One question's answers, one entry per included respondent. */
export type Column =
  | { kind: 'code'; codes: Codes }
  | { kind: 'number'; values: Float64Array }
  | { kind: 'multi'; options: number[]; ticks: Uint8Array[] }
  | { kind: 'rank'; positions: Codes[] }
  | { kind: 'text'; values: Texts };

export type RowStatus = 'included' | 'excluded';
export type ExclusionReason = 'incomplete' | 'duplicate' | 'outside_regions' | 'no_answers' | 'invalid';

/** What happened to one input row: a line of respondents.csv. */
export interface LedgerRow {
  file: string;
  /** Row as a spreadsheet shows it: 1-based, header rows counted (the first response of a one-header file is row 2). */
  row: number;
  /** Physical line where the record starts, 1-based (differs from row with quoted newlines). */
  line: number;
  respondentId: string;
  /** Region the row was placed in, or '' when it was excluded before its place was known. */
  region: string;
  status: RowStatus;
  reason: ExclusionReason | '';
}

const STATUS_CODES: readonly (readonly [RowStatus, ExclusionReason | ''])[] = [
  ['included', ''],
  ['excluded', 'incomplete'],
  ['excluded', 'duplicate'],
  ['excluded', 'outside_regions'],
  ['excluded', 'no_answers'],
  ['excluded', 'invalid'],
];

/**
 * The accounting of every input row, stored column-wise (a million rows take ~15 MB besides the
 * ids) and read back as `LedgerRow`s.
 */
export class Ledger implements Iterable<LedgerRow> {
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private file = new Uint16Array(1024);
  private region = new Uint16Array(1024);
  private row = new Uint32Array(1024);
  private line = new Uint32Array(1024);
  private status = new Uint8Array(1024);
  private readonly ids: string[] = [];
  length = 0;

  static from(rows: Iterable<LedgerRow>): Ledger {
    const ledger = new Ledger();
    for (const row of rows) ledger.push(row);
    return ledger;
  }

  push(entry: LedgerRow): void {
    if (this.length === this.row.length) this.grow();
    const i = this.length++;
    this.file[i] = this.intern(entry.file);
    this.region[i] = this.intern(entry.region);
    this.row[i] = entry.row;
    this.line[i] = entry.line;
    this.status[i] = STATUS_CODES.findIndex(([s, r]) => s === entry.status && r === entry.reason);
    this.ids.push(entry.respondentId);
  }

  at(i: number): LedgerRow {
    const [status, reason] = STATUS_CODES[this.status[i]!]!;
    return {
      file: this.names[this.file[i]!]!,
      row: this.row[i]!,
      line: this.line[i]!,
      respondentId: this.ids[i]!,
      region: this.names[this.region[i]!]!,
      status,
      reason,
    };
  }

  *[Symbol.iterator](): Iterator<LedgerRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  map<T>(fn: (row: LedgerRow, i: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(fn(this.at(i), i));
    return out;
  }

  filter(fn: (row: LedgerRow) => boolean): LedgerRow[] {
    const out: LedgerRow[] = [];
    for (const row of this) if (fn(row)) out.push(row);
    return out;
  }

  /** Count of rows per status/reason: `included`, `incomplete`, `duplicate`, … */
  counts(): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i < this.length; i++) {
      const [status, reason] = STATUS_CODES[this.status[i]!]!;
      const key = status === 'included' ? 'included' : reason;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  }

  private intern(name: string): number {
    let k = this.nameIndex.get(name);
    if (k === undefined) {
      k = this.names.push(name) - 1;
      this.nameIndex.set(name, k);
    }
    return k;
  }

  private grow(): void {
    const n = this.row.length * 2;
    const grow = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.file = grow(this.file, (k) => new Uint16Array(k));
    this.region = grow(this.region, (k) => new Uint16Array(k));
    this.row = grow(this.row, (k) => new Uint32Array(k));
    this.line = grow(this.line, (k) => new Uint32Array(k));
    this.status = grow(this.status, (k) => new Uint8Array(k));
  }
}

/** Facts about one input file, for the manifest and the run summary. */
export interface InputInfo {
  file: string;
  sha256: string;
  bytes: number;
  encoding: string;
  delimiter: string | null;
  tool: string;
  layout: string;
  rows: number;
  included: number;
  /** First and last submit date of the included responses (ISO), when the file has a timestamp column. */
  fieldwork: { from: string; to: string } | null;
}

/** A problem found in the input: an error stops the run, a warning is reported. */
export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  /** Spreadsheet row (1-based, header rows counted), or null for file-level problems. */
  row: number | null;
  /** Physical line (1-based), or null. */
  line: number | null;
  column: string | null;
  /** The offending value, redacted for open-text questions. */
  value: string | null;
  message: string;
}

export interface Survey {
  codebook: Codebook;
  regions: RegionTable;
  /** Number of included respondents; every column has this length. */
  size: number;
  respondentIds: string[];
  /** Index into `regions.municipalities`, or -1 when the region question names a region directly. */
  municipality: Int16Array;
  /** Index into `regions.subregions`, or -1. */
  subregion: Int16Array;
  /** Index into `regions.regions` (always set for included respondents). */
  region: Int16Array;
  /** Answers per question id. */
  columns: Map<string, Column>;
  /** Survey weights from `--weight`, or null for an unweighted run. */
  weights: Float64Array | null;
  ledger: Ledger;
  inputs: InputInfo[];
  warnings: Issue[];
}
