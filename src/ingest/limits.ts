/**
 * Limits on what regioscan reads, so that every input, however large or hostile, ends in a clear
 * error naming the file, the limit and how to raise it, never in a crash, a hang or a machine out
 * of memory. The defaults are generous for real surveys (the README's "Limits" says why each is
 * what it is); `--limit NAME=VALUE` changes one for a run, `validate` or `init`.
 */
import { fileError, type InputError, type Place } from './errors.js';
import type { OpenValueLimit } from './read/stream.js';

/** Every limit, by its name in code. Sizes are in bytes, lengths in characters. */
export interface Limits {
  /** Bytes of any one input file (export, codebook, regions, margins). */
  fileSize: number;
  /** Records of an export, its header included. */
  rows: number;
  /** Cells of any record of an export. */
  columns: number;
  /** Characters of any one cell. */
  cellLength: number;
  /** XLSX: cells of the table read from a sheet (rows with data × columns up to the last used), and of any merged or validated range. */
  sheetCells: number;
  /** XLSX: bytes of all its parts together once inflated (exceljs holds them all in memory). */
  xlsxInflated: number;
  /** XLSX: how many times larger than its compressed size a part may inflate (zip bombs). */
  xlsxRatio: number;
  /** XLSX: parts (files) in the ZIP archive. */
  xlsxParts: number;
  /** Codebook: options (substantive and missing together) of any one scale. */
  options: number;
}

export type LimitName = keyof Limits;

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** What each limit is called on the command line, its default and what it counts. */
export const LIMITS: Record<LimitName, { flag: string; default: number; unit: 'bytes' | 'count' }> = {
  fileSize: { flag: 'file-size', default: 2 * GB, unit: 'bytes' },
  rows: { flag: 'rows', default: 5_000_000, unit: 'count' },
  columns: { flag: 'columns', default: 5_000, unit: 'count' },
  cellLength: { flag: 'cell-length', default: 100_000, unit: 'count' },
  sheetCells: { flag: 'sheet-cells', default: 20_000_000, unit: 'count' },
  xlsxInflated: { flag: 'xlsx-inflated', default: 100 * MB, unit: 'bytes' },
  xlsxRatio: { flag: 'xlsx-ratio', default: 100, unit: 'count' },
  xlsxParts: { flag: 'xlsx-parts', default: 10_000, unit: 'count' },
  options: { flag: 'options', default: 1_000, unit: 'count' },
};

/** The defaults of every limit. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze(
  Object.fromEntries(Object.entries(LIMITS).map(([name, l]) => [name, l.default])) as unknown as Limits,
);

/** A `--limit` value that cannot be read: the CLI reports it as a usage error. */
export class LimitOptionError extends Error {
  override name = 'LimitOptionError';
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: KB, kb: KB, m: MB, mb: MB, g: GB, gb: GB };

/**
 * `--limit` values (`rows=100000`, `file-size=500MB`) over the defaults. Sizes take KB, MB or GB
 * (1024-based); digits may be grouped with `_` or `,`. Throws a `LimitOptionError` saying what is wrong.
 */
export function parseLimitOptions(values: readonly string[] = []): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  const byFlag = new Map(Object.entries(LIMITS).map(([name, l]) => [l.flag, name as LimitName]));
  for (const value of values) {
    const m = /^\s*([a-z-]+)\s*=\s*([\d_,]+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    const name = m ? byFlag.get(m[1]!.toLowerCase()) : undefined;
    if (!m || name === undefined)
      throw new LimitOptionError(
        `--limit ${value}: expected NAME=NUMBER with NAME one of ${[...byFlag.keys()].join(', ')}`,
      );
    const unit = m[3]!.toLowerCase();
    const factor = UNITS[unit];
    if (factor === undefined || (factor !== 1 && LIMITS[name].unit !== 'bytes'))
      throw new LimitOptionError(
        `--limit ${value}: ${LIMITS[name].unit === 'bytes' ? 'a size takes KB, MB or GB' : `${m[1]} is a count, without a unit`}`,
      );
    const number = Math.floor(Number(m[2]!.replace(/[_,]/g, '')) * factor);
    if (!Number.isSafeInteger(number) || number < 1)
      throw new LimitOptionError(`--limit ${value}: the limit must be a whole number of at least 1`);
    limits[name] = number;
  }
  return limits;
}

/** A limit's value as people read it: `2 GB`, `100 MB`, `5,000,000`. */
export function formatLimit(name: LimitName, value: number): string {
  if (LIMITS[name].unit === 'bytes') {
    for (const [unit, size] of [
      ['GB', GB],
      ['MB', MB],
      ['KB', KB],
    ] as const)
      if (value >= size) return `${Number((value / size).toFixed(1)).toLocaleString('en-US')} ${unit}`;
    return `${value.toLocaleString('en-US')} bytes`;
  }
  return value.toLocaleString('en-US');
}

/** What every exceeded limit says in brackets: the limit, its value and how to change it. */
export function beyondLimit(name: LimitName, limits: Limits): string {
  const flag = LIMITS[name].flag;
  return `(limit ${flag}: ${formatLimit(name, limits[name])}; raise it with --limit ${flag}=NUMBER)`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What exceeded a limit, in words, with the limit after it and what else may be done. */
export const limitMessage = {
  fileSize: (bytes: number, limits: Limits) =>
    `the file has ${formatLimit('fileSize', bytes)}, more than regioscan reads ${beyondLimit('fileSize', limits)}`,
  rows: (limits: Limits) =>
    `the export has more rows than regioscan reads ${beyondLimit('rows', limits)}; split it into several --input files`,
  columns: (found: number, limits: Limits) =>
    `the row has ${count(found)} cells, more than regioscan reads ${beyondLimit('columns', limits)}`,
  sheetColumns: (cell: string, found: number, limits: Limits) =>
    `the sheet has a cell at ${cell}, in column ${count(found)}: more columns than regioscan reads ${beyondLimit('columns', limits)}; ` +
    'delete stray cells right of the data (Ctrl+End in Excel shows the last one)',
  cellLength: (length: number, limits: Limits) =>
    `the cell holds ${count(length)} characters, more than regioscan reads ${beyondLimit('cellLength', limits)}`,
  openValue: (length: number, limits: Limits) =>
    `a quoted value opens in this row and is still open after ${count(length)} characters, more than regioscan reads ` +
    `in one cell ${beyondLimit('cellLength', limits)}; is a closing quote " missing?`,
  sheetCells: (what: string, cells: number, limits: Limits) =>
    `${what} spans ${count(cells)} cells, more than regioscan reads from a sheet ${beyondLimit('sheetCells', limits)}; ` +
    'delete stray cells far below or right of the data (Ctrl+End in Excel shows the last one)',
  xlsxInflated: (bytes: number, limits: Limits) =>
    `the workbook inflates to ${formatLimit('xlsxInflated', bytes)}, more than regioscan reads from an XLSX, which it holds whole in memory ` +
    `${beyondLimit('xlsxInflated', limits)}; or save the export as CSV, which is read row by row`,
  xlsxRatio: (part: string, ratio: number, limits: Limits) =>
    `the part ${part} inflates to ${count(Math.round(ratio))} times its compressed size, as a zip bomb does ${beyondLimit('xlsxRatio', limits)}`,
  xlsxParts: (parts: number, limits: Limits) =>
    `the workbook has ${count(parts)} parts, more than regioscan reads ${beyondLimit('xlsxParts', limits)}`,
  options: (scale: string, found: number, limits: Limits) =>
    `scale ${scale} has ${count(found)} options, more than a closed question can have ${beyondLimit('options', limits)}; ` +
    'if its answers are free text, make its questions open ("type": "open")',
} as const;

/** An `InputError` for one exceeded limit, placed where it was found. */
export function limitError(file: string, name: LimitName, text: string, at: Place = {}): InputError {
  return fileError(file, `limit_${LIMITS[name].flag.replace(/-/g, '_')}`, text, at);
}

/** Throws when a file is larger than the `fileSize` limit. */
export function checkFileSize(file: string, bytes: number, limits: Limits): void {
  if (bytes > limits.fileSize) throw limitError(file, 'fileSize', limitMessage.fileSize(bytes, limits));
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Checks records as they are read (rows, cells per row, characters per cell); throws an
 * `InputError` at the first one beyond a limit, with its row, line and column.
 */
export class RecordLimits {
  private records = 0;
  /** Records checked so far. */
  get count(): number {
    return this.records;
  }
  constructor(
    private readonly file: string,
    private readonly limits: Limits,
  ) {}

  check(cells: readonly string[], row: number, line: number): void {
    const { limits, file } = this;
    if (++this.records > limits.rows)
      throw limitError(file, 'rows', limitMessage.rows(limits), { row, line });
    if (cells.length > limits.columns)
      throw limitError(file, 'columns', limitMessage.columns(cells.length, limits), {
        row,
        line,
        column: columnLetters(limits.columns),
      });
    const max = limits.cellLength;
    for (let c = 0; c < cells.length; c++)
      if (cells[c]!.length > max)
        throw limitError(file, 'cellLength', limitMessage.cellLength(cells[c]!.length, limits), {
          row,
          line,
          column: columnLetters(c),
        });
  }
}

/**
 * The CSV reader's limit on a quoted value that stays open (a stray quote): it stops the read at
 * the cell-length limit with an error naming the row where the value opened.
 */
export function openValueLimit(file: string, limits: Limits): OpenValueLimit {
  return {
    length: limits.cellLength,
    error: (row, length) => limitError(file, 'cellLength', limitMessage.openValue(length, limits), { row }),
  };
}
