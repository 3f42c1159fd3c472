/**
 * SVG → PNG with resvg and the bundled DejaVu Sans only (no system fonts), so a chart rasterises
 * to the same pixels on every machine.
 *
 * resvg shapes every text element with the whole font, and DejaVu Sans is large (6,000 glyphs and
 * their kerning tables): a chart's text took 30 ms of its 90. So a chart whose text is all in
 * DejaVu Sans Latin (data/fonts/: the same fonts cut to Latin, Greek, punctuation and symbols,
 * 2,328 characters) is drawn with that, in a third of the time and to the same pixels; any other
 * chart with the whole fonts.
 */
// Before resvg: its allocator reads the environment as it loads.
import './allocator.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { collectYoung } from '../../collect.js';
import { fontFiles, parseFontMetrics } from './font-metrics.js';

/**
 * How many PNG pixels per SVG pixel. Charts are laid out for a 1280×720 slide, at most 1,248 px
 * wide, so at 1.5 the widest fills a 1920×1080 projector pixel for pixel, and a chart printed
 * 17 cm wide has about 230 dpi. Rasterising is most of a report's time, and it grows with the
 * square of the scale: 2 would cost 1.8 times as much for pixels no screen in the room shows.
 */
export const PNG_SCALE = 1.5;

/**
 * The most pixels a chart's PNG has: a 1920×1080 screen's. Every chart laid out for a slide is
 * within it at `PNG_SCALE`; a taller one (the comparison with the country and the perspective gap
 * list every item: about 920×2090 SVG pixels) is drawn at a smaller scale, as no screen shows it
 * at more than its height allows and on paper it keeps about 140 dpi at 17 cm. At 1.5 those two
 * charts were 4.3 million pixels each, 180 ms and 50 MB of resvg's memory apiece (95 ms and 30 MB
 * at this size), and with them every report thread's peak.
 */
export const PNG_MAX_PIXELS = 1920 * 1080;

/** An SVG's own size in pixels: its root element's width and height, or null without them. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = Number(root && /\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(root && /\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** PNG pixels per SVG pixel for a chart of this size: `PNG_SCALE`, or less beyond `PNG_MAX_PIXELS`. */
export function pngScale(size: { width: number; height: number } | null): number {
  if (!size) return PNG_SCALE;
  return Math.min(PNG_SCALE, Math.sqrt(PNG_MAX_PIXELS / (size.width * size.height)));
}

/** The Latin cut of DejaVu Sans regular and bold (data/fonts/README.md). */
export function latinFontFiles(): { regular: string; bold: string } {
  const file = (name: string) => fileURLToPath(new URL(`../../../data/fonts/${name}`, import.meta.url));
  return { regular: file('DejaVuSans-Latin.ttf'), bold: file('DejaVuSans-Bold-Latin.ttf') };
}

let latin: Uint8Array | undefined;

/** 1 at each BMP code point that both Latin fonts draw. */
function latinCoverage(): Uint8Array {
  if (latin) return latin;
  const files = latinFontFiles();
  const regular = parseFontMetrics(readFileSync(files.regular)).advance;
  const bold = parseFontMetrics(readFileSync(files.bold)).advance;
  latin = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (regular[c]! > 0 && bold[c]! > 0) latin[c] = 1;
  return latin;
}

/**
 * True when the Latin fonts draw every character of `svg` (its markup is ASCII; line breaks and
 * tabs need no glyph); anything outside the BMP is not theirs.
 */
export function inLatinFonts(svg: string): boolean {
  const covered = latinCoverage();
  for (let i = 0; i < svg.length; i++) {
    const c = svg.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9) continue;
    if (covered[c] !== 1) return false;
  }
  return true;
}

/** Draw an SVG with resvg: the PNG's bytes, and nothing of resvg's left reachable. */
function rasterise(svg: string, scale: number): Uint8Array {
  const fonts = inLatinFonts(svg) ? latinFontFiles() : fontFiles();
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [fonts.regular, fonts.bold],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * Rasterise an SVG string to PNG bytes on a white background. `scale` multiplies the SVG's own
 * pixel size (default `pngScale` of it: `PNG_SCALE`, less for a chart larger than a screen).
 *
 * resvg's memory for the chart is given back before it resolves. Its parsed SVG and pixels are
 * native memory, freed when V8 collects their small wrappers, and V8, not knowing their size,
 * collected them every few dozen charts: a report thread held hundreds of megabytes of drawn
 * charts (150 charts drawn in a row: 1 GB). The wrappers of the chart just drawn are young, so a
 * collection of the young generation finds them, and their finalizers, which Node runs from the
 * event loop, have run by its next turn. Drawing is faster too: the next chart reuses the memory.
 */
export async function toPng(svg: string, scale = pngScale(svgSize(svg))): Promise<Uint8Array> {
  const png = rasterise(svg, scale);
  collectYoung();
  await new Promise<void>((resolve) => setImmediate(resolve));
  return png;
}
