/**
 * Writes a worksheet top to bottom: a title, notes, and tables with a bold header row, number
 * formats per column, column widths fitted to what was written and rows tall enough for their
 * wrapped text. `finish()` freezes the header and sets the autofilter of the sheet's main table.
 */
import type { Alignment, Font, Worksheet } from 'exceljs';
import { BOOLEAN_FORMAT, type CellInput, type Format, numFmt, toPrimitive, writeCell } from './cell.js';
import { countLines, displayWidth, LINE_HEIGHT } from './layout.js';

/** One column of a table. */
export interface Column {
  header: string;
  /** Number format of the column's cells (a cell may override it). */
  format?: Format;
  /** Wrap long text instead of widening the column past `maxWidth`. */
  wrap?: boolean;
  /** Widest the column may become, in characters; default 50. */
  maxWidth?: number;
}

/** Where a table landed: 1-based rows and first column, and its number of columns. */
export interface TableRange {
  header: number;
  column: number;
  first: number;
  last: number;
  columns: number;
}

const FONT: Partial<Font> = { name: 'Calibri', size: 11 };
const HEADER_FILL = 'FFE8EEF4';
const NOTE_COLOR = 'FF555555';
const MIN_WIDTH = 7;

export class SheetWriter {
  /** The next row to write, 1-based. */
  row = 1;
  private readonly widths: number[] = [];
  private readonly limits: number[] = [];
  private readonly wrapped: { row: number; col: number; text: string }[] = [];

  /** @param firstColumn 1-based column where titles and tables start (default 1). */
  constructor(
    readonly ws: Worksheet,
    private readonly firstColumn = 1,
  ) {}

  /** A bold title (14 pt) on its own row; not counted in column widths. */
  title(text: string): void {
    this.line(text, { ...FONT, bold: true, size: 14 });
    this.ws.getRow(this.row - 1).height = 21;
  }

  /** A bold section heading (12 pt) on its own row, above a table. */
  section(text: string): void {
    this.line(text, { ...FONT, bold: true, size: 12 });
    this.ws.getRow(this.row - 1).height = 18;
  }

  /** A grey explanatory line; not counted in column widths, so it runs on to the right. */
  note(text: string): void {
    this.line(text, { ...FONT, italic: true, color: { argb: NOTE_COLOR } });
  }

  /** A plain line of text, not counted in column widths. */
  line(text: string, font: Partial<Font> = FONT): void {
    const cell = this.ws.getCell(this.row++, this.firstColumn);
    writeCell(cell, text);
    cell.font = font;
  }

  /**
   * Label–value pairs, one per row, label bold; with `wrap` the value wraps within `maxWidth`
   * characters (for paragraphs of text).
   */
  pairs(rows: [string, CellInput][], options: { wrap?: boolean; maxWidth?: number } = {}): void {
    const col = this.firstColumn;
    const wrap = options.wrap ?? false;
    for (const [label, value] of rows) {
      const row = this.row++;
      this.put(row, col, label, 'text', false);
      const head = this.ws.getCell(row, col);
      head.font = { ...FONT, bold: true };
      head.alignment = { vertical: 'top' };
      this.put(row, col + 1, value, undefined, wrap, options.maxWidth);
      this.ws.getCell(row, col + 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: wrap };
    }
  }

  /** Leave `n` rows empty. */
  skip(n = 1): void {
    this.row += n;
  }

  /** A table: a styled header row, then one row per entry; returns where it landed. */
  table(columns: Column[], rows: CellInput[][]): TableRange {
    const header = this.row++;
    columns.forEach((column, i) => {
      const col = this.firstColumn + i;
      const cell = this.ws.getCell(header, col);
      writeCell(cell, column.header);
      cell.font = { ...FONT, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = { bottom: { style: 'thin' } };
      const numeric = column.format !== undefined && column.format !== 'text';
      cell.alignment = { vertical: 'bottom', wrapText: true, ...alignment(numeric ? 'right' : 'left', i) };
      // Headers wrap, so a long one needs only its longest word, or 12 characters; bold runs wider.
      const longestWord = Math.max(...column.header.split(/\s+/).map((word) => word.length));
      const needed = Math.min(column.header.length, Math.max(longestWord, 12));
      this.fit(col, Math.ceil(needed * 1.1), column.maxWidth ?? 50);
      this.wrapped.push({ row: header, col, text: column.header });
    });
    for (const values of rows) {
      const row = this.row++;
      columns.forEach((column, i) => {
        const value = values[i] ?? null;
        this.put(row, this.firstColumn + i, value, column.format, column.wrap ?? false, column.maxWidth);
      });
    }
    const last = Math.max(header + 1, this.row - 1);
    return { header, column: this.firstColumn, first: header + 1, last, columns: columns.length };
  }

  /** Fit the widths of the columns written (within each column's limit), then the row heights. */
  fitColumns(): void {
    this.widths.forEach((width, i) => {
      const limit = this.limits[i] ?? 50;
      this.ws.getColumn(i + 1).width = Math.min(limit, Math.max(MIN_WIDTH, width + 2));
    });
    const lines = new Map<number, number>();
    for (const { row, col, text } of this.wrapped) {
      const width = this.ws.getColumn(col).width ?? MIN_WIDTH;
      lines.set(row, Math.max(lines.get(row) ?? 1, countLines(text, width)));
    }
    for (const [row, count] of lines) {
      if (count > 1) this.ws.getRow(row).height = count * LINE_HEIGHT + 2;
    }
  }

  /**
   * Fit the columns and rows; freeze the rows up to and including `freezeBelow`; autofilter
   * over `filter`; print landscape, one page wide, repeating the frozen rows.
   */
  finish(options: { freezeBelow?: number; filter?: TableRange } = {}): void {
    this.fitColumns();
    if (options.freezeBelow !== undefined && options.freezeBelow > 0) {
      this.ws.views = [{ state: 'frozen', xSplit: 0, ySplit: options.freezeBelow }];
    }
    const f = options.filter;
    if (f && f.last >= f.first) {
      const from = { row: f.header, column: f.column };
      this.ws.autoFilter = { from, to: { row: f.last, column: f.column + f.columns - 1 } };
    }
    this.ws.pageSetup = {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(options.freezeBelow ? { printTitlesRow: `1:${options.freezeBelow}` } : {}),
    };
  }

  private put(
    row: number,
    col: number,
    input: CellInput,
    columnFormat: Format | undefined,
    wrap: boolean,
    maxWidth = 50,
  ): void {
    const cell = this.ws.getCell(row, col);
    const value = toPrimitive(input);
    writeCell(cell, value);
    const own = input !== null && typeof input === 'object' ? input : undefined;
    const format = own?.format ?? columnFormat;
    const code = format && typeof value === 'number' ? numFmt[format] : undefined;
    if (code) cell.numFmt = code;
    if (typeof value === 'boolean') cell.numFmt = BOOLEAN_FORMAT;
    // A text in a number column ("–") lines up with the numbers.
    const isNumberColumn = format !== undefined && format !== 'text';
    const text = typeof value === 'string' || typeof value === 'boolean';
    const horizontal =
      own?.align ?? (text && isNumberColumn ? 'right' : typeof value === 'number' ? 'right' : 'left');
    cell.alignment = { vertical: 'top', wrapText: wrap, ...alignment(horizontal, col - this.firstColumn) };
    if (wrap && typeof value === 'string') this.wrapped.push({ row, col, text: value });
    this.fit(col, displayWidth(value, format), maxWidth);
  }

  private fit(column: number, width: number, limit: number): void {
    const index = column - 1;
    this.widths[index] = Math.max(this.widths[index] ?? 0, width);
    this.limits[index] = Math.max(this.limits[index] ?? 0, limit);
  }
}

/** Left-aligned text is indented a little, except in a table's first column, so that it does not
 * run into the right-aligned number before it. */
function alignment(horizontal: 'left' | 'right', index: number): Partial<Alignment> {
  return horizontal === 'left' && index > 0 ? { horizontal, indent: 1 } : { horizontal };
}
