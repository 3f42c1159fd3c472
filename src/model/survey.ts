/**
 * The survey: columnar answer codes of the included respondents, their place in the region
 * hierarchy, and the accounting of every input row. Produced by ingest, read by analyse.
 * Analysis works on codes only; labels are applied when rendering.
 */
import type { Codebook } from './codebook.js';
import type { Ledger } from './ledger.js';
import type { RegionTable } from './regions.js';
import type { Texts } from './texts.js';

export type { ExclusionReason, LedgerRow, RowStatus } from './ledger.js';
export { Ledger } from './ledger.js';
export { Texts } from './texts.js';

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

/** One question's answers, one entry per included respondent. */
export type Column =
  | { kind: 'code'; codes: Codes }
  | { kind: 'number'; values: Float64Array }
  | { kind: 'multi'; options: number[]; ticks: Uint8Array[] }
  | { kind: 'rank'; positions: Codes[] }
  | { kind: 'text'; values: Texts };

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
