/** A file read into records of strings: the common input of every export format. */
export interface RawRecord {
  cells: string[];
  /** Row as a spreadsheet shows it: 1-based, counting header and blank records. */
  row: number;
  /** Physical line (CSV) or sheet row (XLSX) where the record starts, 1-based. */
  line: number;
}

export interface RawTable {
  /** Name shown to users (the path as given). */
  file: string;
  /** Every non-blank record, header rows included, in file order. */
  records: RawRecord[];
  encoding: string;
  delimiter: string | null;
  /** Records that were entirely empty and skipped (e.g. LimeSurvey's closing blank line). */
  blankRecords: number;
  /** Warnings found while reading (Windows-1252 fallback, NUL bytes). */
  notes: { code: string; message: string }[];
}

/** True when every cell is empty or white space. */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
