/**
 * Text widths in DejaVu Sans, read from the TTF files that the PNG renderer also uses, so that
 * Vega's layout (label truncation, legend and axis sizes) and our own label wrapping agree with
 * the pixels in the image. Kerning is ignored (a fraction of a pixel per word).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Absolute paths of DejaVu Sans regular and bold (package `dejavu-fonts-ttf`). */
export function fontFiles(): { regular: string; bold: string } {
  const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const dir = join(dirname(pkg), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

export interface Metrics {
  unitsPerEm: number;
  /** Advance width in font units per BMP code point; 0 where the font has no glyph. */
  advance: Uint16Array;
  /** Advance of the missing glyph (.notdef). */
  notdef: number;
}

/** Parse unitsPerEm, the BMP cmap (format 4) and hmtx of a TrueType font. */
export function parseFontMetrics(font: Uint8Array): Metrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    tables.set(tag, view.getUint32(rec + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (glyph: number): number =>
    view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap + view.getUint32(rec + 4);
    if (platform === 3 && encoding === 1 && view.getUint16(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode BMP cmap (format 4)');
  const segX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const advance = new Uint16Array(0x10000);
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getUint16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c < 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s + rangeOffset + 2 * (c - start);
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) advance[c] = glyphAdvance(glyph);
    }
  }
  return { unitsPerEm, advance, notdef: glyphAdvance(0) };
}

let cache: { regular: Metrics; bold: Metrics } | undefined;

function metrics(bold: boolean): Metrics {
  if (!cache) {
    const files = fontFiles();
    cache = {
      regular: parseFontMetrics(readFileSync(files.regular)),
      bold: parseFontMetrics(readFileSync(files.bold)),
    };
  }
  return bold ? cache.bold : cache.regular;
}

/** Width in px of `text` set in DejaVu Sans at `fontSize` px (bold when `bold`). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const m = metrics(bold);
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += (code < 0x10000 ? m.advance[code] : 0) || m.notdef;
  }
  return (units / m.unitsPerEm) * fontSize;
}
