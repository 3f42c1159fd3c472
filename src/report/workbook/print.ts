/**
 * Print setup of a sheet: A4, one page wide and as many pages high as needed, landscape when the
 * sheet is wide (more than 8 columns, or so wide that a portrait page would shrink it below 3/4),
 * narrow margins, the header row of the sheet's table repeated on every page, and a footer with
 * the sheet name and page number. Widths are estimated in pixels of Calibri 11 (7 per character).
 */
import type { PageSetup, Worksheet } from 'exceljs';

/** Where an image landed: its first column and rows (1-based, inclusive), and its width in pixels. */
export interface PlacedImage {
  col: number;
  top: number;
  bottom: number;
  width: number;
}

/** Excel's paper size code for A4. */
export const A4 = 9;
/** Inches; the footer sits in the bottom margin. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };
/** A portrait A4 page (8.27 × 11.69 in) within the margins, in pixels (96 dpi). */
export const PORTRAIT = {
  width: (8.27 - MARGINS.left - MARGINS.right) * 96,
  height: (11.69 - MARGINS.top - MARGINS.bottom) * 96,
};
/** Columns that still print well on a portrait page, and the least a portrait page may shrink them. */
const PORTRAIT_COLUMNS = 8;
const MIN_PORTRAIT_SCALE = 0.75;
/** Excel's default column width in characters (a column no table wrote to). */
const DEFAULT_WIDTH = 8.43;

/** The page setup of a sheet whose columns are fitted and images placed. */
export function toPageSetup(
  ws: Worksheet,
  images: readonly PlacedImage[],
  repeat: number,
): Partial<PageSetup> {
  const columns = ws.columnCount;
  const wide =
    columns > PORTRAIT_COLUMNS || toContentPixels(ws, images) > PORTRAIT.width / MIN_PORTRAIT_SCALE;
  return {
    paperSize: A4,
    orientation: wide ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGINS,
    printTitlesRow: `${repeat}:${repeat}`,
  };
}

/** The print area of a sheet with images: from A1 to the last cell under a table or an image. */
export function toPrintArea(ws: Worksheet, images: readonly PlacedImage[]): string {
  let lastColumn = ws.columnCount;
  let lastRow = ws.rowCount;
  for (const image of images) {
    lastColumn = Math.max(lastColumn, lastColumnUnder(ws, image));
    lastRow = Math.max(lastRow, image.bottom);
  }
  // exceljs puts a `$` before each corner; the row gets its own, as Excel writes a print area.
  return `A$1:${ws.getColumn(lastColumn).letter}$${lastRow}`;
}

/** Width of a column in pixels, as Excel draws Calibri 11. */
export function toColumnPixels(ws: Worksheet, column: number): number {
  return Math.trunc((ws.getColumn(column).width ?? DEFAULT_WIDTH) * 7 + 5);
}

/** The width of the tables and images of a sheet, in pixels. */
function toContentPixels(ws: Worksheet, images: readonly PlacedImage[]): number {
  let right = 0;
  for (let c = 1; c <= ws.columnCount; c++) right += toColumnPixels(ws, c);
  for (const image of images) {
    let left = 0;
    for (let c = 1; c < image.col; c++) left += toColumnPixels(ws, c);
    right = Math.max(right, left + image.width);
  }
  return right;
}

/** The last column an image reaches into. */
function lastColumnUnder(ws: Worksheet, image: PlacedImage): number {
  let column = image.col;
  let x = toColumnPixels(ws, column);
  while (x < image.width) x += toColumnPixels(ws, ++column);
  return column;
}
