/**
 * SVG → PNG with resvg and the bundled DejaVu Sans only (no system fonts), so a chart rasterises
 * to the same pixels on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './font-metrics.js';

/**
 * How many PNG pixels per SVG pixel. Charts are laid out for a 1280×720 slide, at most 1,248 px
 * wide, so at 1.5 the widest fills a 1920×1080 projector pixel for pixel, and a chart printed
 * 17 cm wide has about 230 dpi. Rasterising is most of a report's time, and it grows with the
 * square of the scale: 2 would cost 1.8 times as much for pixels no screen in the room shows.
 */
export const PNG_SCALE = 1.5;

/**
 * Rasterise an SVG string to PNG bytes on a white background. `scale` multiplies the SVG's own
 * pixel size (default `PNG_SCALE`).
 */
export function toPng(svg: string, scale = PNG_SCALE): Uint8Array {
  const fonts = fontFiles();
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
