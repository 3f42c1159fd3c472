/** The ledger: what happened to every input row, stored column-wise. */

import { Texts } from './texts.js';

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

/** Some rows of a ledger as its own columns (`Ledger.sliceOf`); the names are the ledger's, by index. */
export interface LedgerSlice {
  names: string[];
  file: Uint16Array<ArrayBuffer>;
  region: Uint16Array<ArrayBuffer>;
  row: Uint32Array<ArrayBuffer>;
  line: Uint32Array<ArrayBuffer>;
  status: Uint8Array<ArrayBuffer>;
  ids: string[];
}

/**
 * The accounting of every input row, stored column-wise (a million rows take ~15 MB, and their
 * ids of 8 characters 20 MB) and read back as `LedgerRow`s. The ids are UTF-8 bytes (`Texts`),
 * not strings: as a million strings they were 45 MB of a national run's main thread's 70 MB of
 * live heap through the whole report stage, which V8 let grow to three times that.
 */
export class Ledger implements Iterable<LedgerRow> {
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private file = new Uint16Array(1024);
  private region = new Uint16Array(1024);
  private row = new Uint32Array(1024);
  private line = new Uint32Array(1024);
  private status = new Uint8Array(1024);
  private readonly ids = new Texts();
  length = 0;

  static from(rows: Iterable<LedgerRow>): Ledger {
    const ledger = new Ledger();
    for (const row of rows) ledger.push(row);
    return ledger;
  }

  /**
   * The rows placed in `region` (every row with `null`) as columns of their own, to hand to a
   * worker thread: a few typed arrays (transferable) and the ids, instead of an object per row to
   * copy.
   */
  sliceOf(region: string | null): LedgerSlice {
    const n = this.length;
    if (region === null)
      return {
        names: [...this.names],
        file: this.file.slice(0, n),
        region: this.region.slice(0, n),
        row: this.row.slice(0, n),
        line: this.line.slice(0, n),
        status: this.status.slice(0, n),
        ids: Array.from({ length: n }, (_, i) => this.ids.get(i)!),
      };
    const k = this.nameIndex.get(region);
    let count = 0;
    if (k !== undefined) for (let i = 0; i < n; i++) if (this.region[i] === k) count++;
    const slice: LedgerSlice = {
      names: [...this.names],
      file: new Uint16Array(count),
      region: new Uint16Array(count),
      row: new Uint32Array(count),
      line: new Uint32Array(count),
      status: new Uint8Array(count),
      ids: new Array<string>(count),
    };
    let j = 0;
    if (k !== undefined)
      for (let i = 0; i < n; i++) {
        if (this.region[i] !== k) continue;
        slice.file[j] = this.file[i]!;
        slice.region[j] = k;
        slice.row[j] = this.row[i]!;
        slice.line[j] = this.line[i]!;
        slice.status[j] = this.status[i]!;
        slice.ids[j] = this.ids.get(i)!;
        j++;
      }
    return slice;
  }

  /** The ledger of a slice (`sliceOf`), the same rows in the same order. */
  static fromSlice(slice: LedgerSlice): Ledger {
    const ledger = new Ledger();
    for (const name of slice.names) ledger.intern(name);
    const n = slice.ids.length;
    ledger.file = slice.file;
    ledger.region = slice.region;
    ledger.row = slice.row;
    ledger.line = slice.line;
    ledger.status = slice.status;
    for (let i = 0; i < n; i++) ledger.ids.push(slice.ids[i]!);
    ledger.length = n;
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

  /** Add the rows of a slice (another thread's ledger, `sliceOf(null)`) after these, in order. */
  append(slice: LedgerSlice): void {
    const n = slice.ids.length;
    const names = slice.names.map((name) => this.intern(name));
    while (this.row.length < this.length + n) this.grow();
    const at = this.length;
    for (let i = 0; i < n; i++) {
      this.file[at + i] = names[slice.file[i]!]!;
      this.region[at + i] = names[slice.region[i]!]!;
      this.ids.push(slice.ids[i]!);
    }
    this.row.set(slice.row, at);
    this.line.set(slice.line, at);
    this.status.set(slice.status, at);
    this.length += n;
  }

  /** Forget the rows from `length` on (a read that is done again another way). */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
    this.ids.truncate(this.length);
  }

  at(i: number): LedgerRow {
    const [status, reason] = STATUS_CODES[this.status[i]!]!;
    return {
      file: this.names[this.file[i]!]!,
      row: this.row[i]!,
      line: this.line[i]!,
      respondentId: this.ids.get(i)!,
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

  /**
   * Count of rows per status/reason for each region the rows were placed in (`''` for rows
   * excluded before their place was known), or for each input file, in one pass over the stored
   * columns; keys in order of first appearance.
   */
  countsBy(field: 'region' | 'file'): Map<string, Map<string, number>> {
    const column = field === 'region' ? this.region : this.file;
    const byName = new Map<number, Map<string, number>>();
    for (let i = 0; i < this.length; i++) {
      const [status, reason] = STATUS_CODES[this.status[i]!]!;
      const key = status === 'included' ? 'included' : reason;
      const counts = byName.get(column[i]!) ?? new Map<string, number>();
      byName.set(column[i]!, counts);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return new Map([...byName].map(([k, counts]) => [this.names[k]!, counts]));
  }

  /** The rows placed in `region`, in input order. */
  *rowsOf(region: string): Generator<LedgerRow> {
    const k = this.nameIndex.get(region);
    if (k === undefined) return;
    for (let i = 0; i < this.length; i++) if (this.region[i] === k) yield this.at(i);
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
    const n = Math.max(1024, this.row.length * 2);
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
