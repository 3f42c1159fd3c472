/**
 * Writes a worksheet top to bottom: a title, notes, and tables with a bold header row, number
 * formats per column, column widths fitted to what was written and rows tall enough for their
 * wrapped text; images (the charts) to the right of the tables. `finish()` freezes the header and
 * sets the autofilter of the sheet's main table, anchors the images and sets up printing.
 */
import type { Alignment, Font, Style, Worksheet } from 'exceljs';
import { type CellInput, type Format, type NumberFormats, toPrimitive, writeCell } from './cell.js';
import { countLines, displayWidth, LINE_HEIGHT } from './layout.js';
import { type PlacedImage, toPageSetup, toPrintArea } from './print.js';

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

/** An image added to the workbook (`Workbook.addImage`), with the size to show it at, in pixels. */
export interface SheetImage {
  id: number;
  width: number;
  height: number;
}

/** Where a table landed: 1-based rows and first column, and its number of columns. */
export interface TableRange {
  header: number;
  column: number;
  first: number;
  last: number;
  columns: number;
}

/** Widest a column of question, phase, theme or index texts becomes; longer texts wrap. */
export const TEXT_WIDTH = 45;

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
  private readonly images: { row: number; image: SheetImage }[] = [];
  private readonly placed: PlacedImage[] = [];
  private readonly headers: number[] = [];
  /**
   * One style object per look of a data cell, shared by every cell that looks so: exceljs
   * recognises a style it has seen by the object, so a sheet of 50,000 cells is written with a
   * handful of style look-ups instead of one each. A shared style is never changed in place (a
   * cell that needs more gets a copy, as in `pairs`).
   */
  private readonly styles = new Map<string, Partial<Style>>();

  /**
   * @param formats the workbook's number formats (in the run's language)
   * @param firstColumn 1-based column where titles and tables start (default 1)
   */
  constructor(
    readonly ws: Worksheet,
    private readonly formats: NumberFormats,
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
      head.style = { ...head.style, font: { ...FONT, bold: true }, alignment: { vertical: 'top' } };
      this.put(row, col + 1, value, undefined, wrap, options.maxWidth);
      const cell = this.ws.getCell(row, col + 1);
      cell.style = { ...cell.style, alignment: { horizontal: 'left', vertical: 'top', wrapText: wrap } };
    }
  }

  /** Leave `n` rows empty. */
  skip(n = 1): void {
    this.row += n;
  }

  /** A table: a styled header row, then one row per entry; returns where it landed. */
  table(columns: Column[], rows: CellInput[][]): TableRange {
    const header = this.row++;
    this.headers.push(header);
    columns.forEach((column, i) => {
      const col = this.firstColumn + i;
      const cell = this.ws.getCell(header, col);
      writeCell(cell, column.header);
      cell.font = { ...FONT, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = { bottom: { style: 'thin' } };
      const numeric = column.format !== undefined && column.format !== 'text';
      cell.alignment = { vertical: 'bottom', wrapText: true, ...alignment(numeric ? 'right' : 'left', i) };
      // Headers wrap, so a long one needs only its longest word, or 8 characters; bold runs wider.
      const longestWord = column.header.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 0);
      const needed = Math.min(column.header.length, Math.max(longestWord, 8));
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

  /** An image in the next rows, at the first column; the rows it covers are skipped. */
  image(image: SheetImage): void {
    const col = this.firstColumn;
    this.ws.addImage(image.id, {
      tl: { col: col - 1, row: this.row - 1 },
      ext: { width: image.width, height: image.height },
      editAs: 'oneCell',
    });
    const bottom = rowBelow(this.ws, this.row, image.height);
    this.placed.push({ col, top: this.row, bottom, width: image.width });
    this.row = bottom + 1;
  }

  /**
   * An image to the right of the sheet's tables, one empty column apart, with its top in `row`
   * (1-based) or, when an earlier image reaches lower, one row below that one.
   */
  beside(row: number, image: SheetImage): void {
    this.images.push({ row, image });
  }

  /**
   * Fit the columns and rows; freeze the rows up to and including `freezeBelow`; autofilter over
   * `filter`; anchor the images; print on A4, one page wide, repeating on every page the frozen
   * header row when it is the sheet's only table, else the sheet's first row (its title).
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
    const beside = this.anchorImages();
    const only = this.headers.length === 1 ? this.headers[0] : undefined;
    const repeat = only !== undefined && only === options.freezeBelow ? only : 1;
    // Images beside the tables are left out of print: they would shrink the tables past reading
    // (the charts sheet prints them); images in the flow of the sheet are printed.
    this.ws.pageSetup = toPageSetup(this.ws, this.placed, repeat);
    if (beside.length > 0 || this.placed.length > 0) {
      this.ws.pageSetup.printArea = toPrintArea(this.ws, this.placed);
    }
    this.ws.headerFooter = { oddFooter: '&L&8&A&R&8&P / &N' };
  }

  /** Anchor the queued images in the column after the widest table and a gap, top to bottom. */
  private anchorImages(): PlacedImage[] {
    const col = this.widths.length + 1;
    const placed: PlacedImage[] = [];
    let free = 1;
    for (const { row, image } of this.images) {
      const top = Math.max(row, free);
      // Anchors are 0-based; a one-cell anchor keeps the size in pixels whatever the cells do.
      this.ws.addImage(image.id, {
        tl: { col, row: top - 1 },
        ext: { width: image.width, height: image.height },
        editAs: 'oneCell',
      });
      const bottom = rowBelow(this.ws, top, image.height);
      placed.push({ col: col + 1, top, bottom, width: image.width });
      free = bottom + 2;
    }
    return placed;
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
    const numFmt =
      typeof value === 'boolean'
        ? this.formats.boolean
        : format && typeof value === 'number'
          ? this.formats.number[format]
          : undefined;
    // A text in a number column ("–") lines up with the numbers.
    const isNumberColumn = format !== undefined && format !== 'text';
    const text = typeof value === 'string' || typeof value === 'boolean';
    const horizontal =
      own?.align ?? (text && isNumberColumn ? 'right' : typeof value === 'number' ? 'right' : 'left');
    const indented = horizontal === 'left' && col > this.firstColumn;
    const key = `${numFmt ?? ''}|${horizontal}|${indented}|${wrap}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(numFmt ? { numFmt } : {}),
        alignment: { vertical: 'top', wrapText: wrap, ...alignment(horizontal, col - this.firstColumn) },
      };
      this.styles.set(key, style);
    }
    cell.style = style;
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

/** The last row (1-based) an image `height` pixels tall reaches when its top is in row `top`. */
function rowBelow(ws: Worksheet, top: number, height: number): number {
  let row = top;
  let y = toRowPixels(ws, row);
  while (y < height) y += toRowPixels(ws, ++row);
  return row;
}

/** A row's height in pixels (points at 96 dpi); rows without their own height are 15 pt. */
function toRowPixels(ws: Worksheet, row: number): number {
  return ((ws.findRow(row)?.height ?? LINE_HEIGHT) * 96) / 72;
}
