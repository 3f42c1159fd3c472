/**
 * SVG → PNG with resvg and the bundled DejaVu Sans only (no system fonts), so a chart rasterises
 * to the same pixels on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './font-metrics.js';

/**
 * Rasterise an SVG string to PNG bytes on a white background. `scale` multiplies the SVG's own
 * pixel size (default 2, crisp on a projector and in print).
 */
export function toPng(svg: string, scale = 2): Uint8Array {
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
