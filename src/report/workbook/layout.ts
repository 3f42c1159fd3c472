/**
 * Rough text metrics for fitting columns and rows, in Excel's unit: the width of one "0" of
 * the default font (Calibri 11). Neither Excel nor LibreOffice grows a row for wrapped text
 * reliably when a file is opened, so rows with wrapped cells get an explicit height.
 */
import type { Format, Primitive } from './cell.js';

/** Points per line of 11 pt text. */
export const LINE_HEIGHT = 15;

/** Approximate display width of a value in characters, for fitting column widths. */
export function displayWidth(value: Primitive, format: Format | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'string') {
    return Math.max(0, ...value.split('\n').map((line) => line.length));
  }
  const digits = String(Math.trunc(Math.abs(format === 'share' ? value * 100 : value))).length;
  const decimals: Partial<Record<Format, number>> = { mean: 3, score: 2, decimal1: 2, decimal3: 4, p: 5 };
  const sign = value < 0 ? 1 : 0;
  const extra = format === 'share' ? 1 : format === 'thousands' ? Math.floor((digits - 1) / 3) : 0;
  return sign + digits + extra + (format ? (decimals[format] ?? 0) : String(value).length - digits);
}

/**
 * Lines that `text` takes when wrapped at word boundaries in a column `width` characters wide.
 * Text averages narrower than "0", which makes up for bold and for the cell's padding.
 */
export function countLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= capacity) used += 1 + word.length;
      else {
        lines++;
        used = word.length;
      }
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return lines;
}
