/**
 * Every export format has the same shape (STYLE.md point 3): `detect` looks at the first records
 * and says whether the file is this tool's and in which layout; `normalize` turns the raw table into
 * one header row and the data records.
 */
import type { DateOrder } from '../dates.js';
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
  /** One heading per column: the column code where the tool has one (`Q1[SQ001]`, `QID2_TEXT`…). */
  headers: string[];
  /** Other names of each column, tried after `headers`: the question text, an ImportId… */
  aliases: string[][];
  /** Data records only. */
  records: RawRecord[];
  meta: ToolMeta;
}

/** What the tool itself says about its columns; a codebook setting always wins over these. */
export interface ToolMeta {
  /** Indices of columns that are tool metadata (ids, dates, IP address, progress), not questions. */
  metaColumns: number[];
  /** Heading of the tool's respondent id column. */
  respondentId?: string;
  /** How the tool marks a completed response: non-empty `column`, or one of `values`. */
  complete?: { column: string; values?: string[] };
  /** Heading of the column with the submit time, for the fieldwork period. */
  timestamp?: string;
  /** How the tool joins the options of a multi-select answer in one cell (`, ` or `;`). */
  multiSeparator?: string;
  /** How the tool writes dates whose day and month are both 1–12 (`detectDateOrder`'s fallback). */
  dateOrder?: Exclude<DateOrder, 'ymd'>;
}

export interface ExportFormat {
  tool: string;
  /** The layout when the first records (up to 5) are this tool's export, else null. */
  detect(headerRows: readonly (readonly string[])[]): Layout | null;
  normalize(table: RawTable, layout: Layout): NormalizedTable;
}
