/**
 * The charts sheet: each rendered chart as a PNG image with its title in the row above, one
 * below the other, at most 800 pixels wide (aspect ratio kept).
 */
import type { Workbook } from 'exceljs';
import { SheetWriter } from './sheet.js';

/** A rendered chart to embed. */
export interface ChartImage {
  id: string;
  title: string;
  png: Uint8Array;
}

const MAX_WIDTH = 800;
/** Default row height in pixels (15 pt at 96 dpi). */
const ROW_PX = 20;

/** Add the charts sheet under `name`, with `title` in its first row. */
export function addChartsSheet(wb: Workbook, name: string, title: string, charts: ChartImage[]): void {
  const ws = wb.addWorksheet(name);
  const w = new SheetWriter(ws);
  w.title(title);
  w.skip();
  for (const chart of charts) {
    const { width, height } = toPngSize(chart.png);
    const scale = Math.min(1, MAX_WIDTH / width);
    const ext = { width: Math.round(width * scale), height: Math.round(height * scale) };
    w.section(chart.title);
    // A copy as a plain ArrayBuffer, the type exceljs declares (JSZip takes it as is).
    const id = wb.addImage({ buffer: new Uint8Array(chart.png).buffer, extension: 'png' });
    // Anchors are 0-based: the image starts in the row after the title.
    ws.addImage(id, { tl: { col: 0, row: w.row - 1 }, ext, editAs: 'oneCell' });
    w.skip(Math.ceil(ext.height / ROW_PX) + 1);
  }
  w.finish({ freezeBelow: 1 });
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
