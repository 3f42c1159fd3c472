/** Rendering of chart specs: Vega-Lite → SVG → PNG, offline and deterministic. */
export { fontFiles, textWidth } from './font-metrics.js';
export { PNG_MAX_PIXELS, PNG_SCALE, pngScale, svgSize, toPng } from './to-png.js';
export { type SvgOptions, toSvg } from './to-svg.js';
