/** Rendering of chart specs: Vega-Lite → SVG → PNG, offline and deterministic. */
export { fontFiles, textWidth } from './font-metrics.js';
export { PNG_SCALE, toPng } from './to-png.js';
export { type SvgOptions, toSvg } from './to-svg.js';
