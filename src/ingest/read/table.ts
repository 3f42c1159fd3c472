/** A file read into records of strings: the common input of every export format. */
export interface RawRecord {
  cells: string[];
  /** Row as a spreadsheet shows it: 1-based, counting header and blank records. */
  row: number;
  /** Physical line (CSV) or sheet row (XLSX) where the record starts, 1-based. */
  line: number;
  /**
   * Set when the reader could not split the record into the header's fields (it was written with
   * another delimiter, or has too few cells); the problem is among the read notes, and the row is
   * accounted for as invalid instead of being read.
   */
  rejected?: true;
}

/** A problem found while reading a file: a warning unless it says `error`, at a record when placed. */
export interface ReadNote {
  code: string;
  message: string;
  severity?: 'error' | 'warning';
  row?: number;
  line?: number;
  column?: string;
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
  /** Problems found while reading (Windows-1252 fallback, NUL bytes, an unclosed quote). */
  notes: ReadNote[];
}

/** True when every cell is empty or white space. */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Physical line breaks in a value: LF, and CR alone (old Mac files); CRLF is unified to LF before parsing. */
export function countLineBreaks(cell: string): number {
  // Most values hold no break at all: past a few characters the engine's search is faster than
  // a loop over them.
  if (cell.length > 16 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
