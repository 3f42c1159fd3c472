/**
 * Chart images. Each PNG is stored once and shown twice: beside the table it draws (places.ts
 * picks the sheet and the table), for reading on screen, and on the charts sheet, all of them in
 * the report's order with their titles, one page wide, for printing (the sheets with tables print
 * only their tables, which a chart beside them would shrink past reading) and for the charts that
 * draw no single table (the comparisons across blocks). Beside a table every chart is shown at the
 * same fraction of its rendered size, so their text is the same size, and at most `MAX_WIDTH` wide.
 */
import type { Workbook } from 'exceljs';
import type { NumberFormats } from './cell.js';
import { PORTRAIT } from './print.js';
import { type SheetImage, SheetWriter } from './sheet.js';

/** A rendered chart to embed. */
export interface ChartImage {
  id: string;
  title: string;
  png: Uint8Array;
  /** PNG pixels per SVG pixel it was drawn at (render/to-png.ts: `PNG_SCALE`, less for a chart larger than a screen). */
  scale: number;
}

/** Beside a table a chart is shown at 3/4 of its SVG size, whatever its PNG's scale. */
const SHOWN = 0.75;
const MAX_WIDTH = 860;
/** Widest a chart is on the charts sheet: within a portrait A4 page, so it prints at 100%. */
const PRINT_WIDTH = 700;

/** Heights in pixels of a default row, a section title (18 pt) and the sheet title (21 pt). */
const ROW_PX = 20;
const SECTION_PX = 24;
const TITLE_PX = 28;

/** A chart whose PNG the workbook holds: its id, title and image at its size beside a table. */
export interface SheetChart {
  id: string;
  title: string;
  image: SheetImage;
}

/** Add each chart's PNG to the workbook once, in order. */
export function addChartImages(wb: Workbook, charts: readonly ChartImage[]): SheetChart[] {
  return charts.map((chart) => {
    const png = toPngSize(chart.png);
    const width = png.width / chart.scale;
    const height = png.height / chart.scale;
    const scale = Math.min(SHOWN, MAX_WIDTH / width);
    // A copy as a plain ArrayBuffer, the type exceljs declares (JSZip takes it as is).
    const id = wb.addImage({ buffer: new Uint8Array(chart.png).buffer, extension: 'png' });
    const image = { id, width: Math.round(width * scale), height: Math.round(height * scale) };
    return { id: chart.id, title: chart.title, image };
  });
}

/** Add the charts sheet under `name`, with `title` in its first row: every chart, one page wide. */
export function addChartsSheet(
  wb: Workbook,
  name: string,
  title: string,
  charts: readonly SheetChart[],
  formats: NumberFormats,
): void {
  const ws = wb.addWorksheet(name);
  // One column as wide as the widest chart: the print area is then the same in every application.
  ws.getColumn(1).width = Math.ceil((PRINT_WIDTH - 5) / 7) + 1;
  const w = new SheetWriter(ws, formats);
  w.title(title);
  w.skip();
  // A chart never straddles two pages. The title row repeats on every page; a little room is kept
  // for the application's own rounding.
  const page = 0.95 * PORTRAIT.height - TITLE_PX;
  let used = ROW_PX;
  for (const chart of charts) {
    const image = toWidth(chart.image, PRINT_WIDTH);
    // Section title, the image in whole rows, an empty row: on one page.
    const needed = SECTION_PX + Math.ceil(image.height / ROW_PX) * ROW_PX + ROW_PX;
    if (used + needed > page && used > ROW_PX) {
      ws.getRow(w.row - 1).addPageBreak();
      used = 0;
    }
    w.section(chart.title);
    w.image(image);
    w.skip();
    used += needed;
  }
  w.finish({ freezeBelow: 1 });
}

/** An image scaled down to at most `width` pixels wide. */
function toWidth(image: SheetImage, width: number): SheetImage {
  if (image.width <= width) return image;
  return { id: image.id, width, height: Math.round((image.height * width) / image.width) };
}

/** Width and height in pixels from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function toPngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) {
    throw new Error('chart image is not a PNG');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
