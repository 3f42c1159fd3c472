/**
 * Every export format has the same shape (STYLE.md point 3): `detect` looks at the first records
 * and says whether the file is this tool's and in which layout; `normalize` turns the raw table into
 * one header row and the data records.
 */
import type { RawRecord, RawTable } from '../read/table.js';

export interface Layout {
  tool: string;
  /** e.g. `one header row`, `3 header rows (ImportId)`. */
  layout: string;
  headerRows: number;
}

export interface NormalizedTable {
  file: string;
  tool: string;
  layout: string;
  /** One heading per column. */
  headers: string[];
  /** Data records only. */
  records: RawRecord[];
}

export interface ExportFormat {
  tool: string;
  /** The layout when the first records (up to 5) are this tool's export, else null. */
  detect(headerRows: readonly (readonly string[])[]): Layout | null;
  normalize(table: RawTable, layout: Layout): NormalizedTable;
}
