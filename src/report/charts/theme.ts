/**
 * The look of every chart in one place: font, sizes, colours and the Vega-Lite config. Sizes
 * are for a projector at the back of a room and a printed annex: every text at least 18 px on a
 * 1280 px slide (charts are drawn at their own size there and grow on larger screens), titles 26 px.
 * The font is the one the PNG renderer embeds (DejaVu Sans), so measured and drawn text agree.
 */
import type { Config } from 'vega-lite';
import type { Lang } from '../labels/index.js';

export const FONT = 'DejaVu Sans, Verdana, sans-serif';

/** Font sizes in px. */
export const SIZE = { title: 26, subtitle: 18, label: 18, text: 18, note: 18 } as const;

/** Target total width of a chart in px (plot, labels and padding). */
export const WIDTH = 940;
/** Width of the column of item labels left of a plot, in px. */
export const LABEL_COLUMN = 300;
/** Width of the plot of a chart with an item label column. */
export const PLOT_WIDTH = 520;
/**
 * Widest name on one line (a region or municipality, a legend entry) in px at label size, about
 * 30 characters; a longer one ends in "…" and stands whole in the chart's data table.
 */
export const NAME_WIDTH = 360;

export const COLOR = {
  text: '#222222',
  muted: '#555555',
  grid: '#e4e4e4',
  rule: '#888888',
  /** Marker of a suppressed estimate ("n<10, niet getoond"). */
  suppressed: '#6b6b6b',
  // Okabe & Ito (2008), safe for the common colour-vision deficiencies; only the hues that stand
  // out from white at 3:1 (WCAG 1.4.11 non-text contrast): blue 5.2, vermillion 3.9, bluish green
  // 3.4, grey 3.4. Their orange (2.3) and sky blue (2.3) are too light for a mark on white.
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  grey: '#8c8c8c',
  /** Outline of light heat-map cells and the like (3.4:1 on white). */
  outline: '#8c8c8c',
} as const;

const rgbOf = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const hexOf = (rgb: number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of a `#rrggbb` colour: 0 for black to 1 for white. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The outline of a mark filled with `fill`: the fill itself when it stands out from white at 3:1,
 * else the same hue darkened until it does (3.2:1, a margin over rounding), so a light segment of
 * a diverging scale keeps its colour and still shows its edge.
 */
export function outlineOf(fill: string): string {
  for (let k = 50; k >= 0; k--) {
    const shade = hexOf(rgbOf(fill).map((v) => (v * k) / 50));
    if (contrast(shade, '#ffffff') >= 3.2) return shade;
  }
  return '#000000';
}

/** The colour at `t` (0..1) along the colour ramp `stops` (`#rrggbb`, evenly spaced), mixed in sRGB. */
export function rampColor(stops: readonly string[], t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const a = rgbOf(stops[i] ?? '#ffffff');
  const b = rgbOf(stops[i + 1] ?? stops[i] ?? '#ffffff');
  return hexOf(a.map((v, k) => v + ((b[k] ?? v) - v) * (x - i)));
}

/**
 * Text on a cell filled with `fill`: black or white, whichever has more contrast; one of the two
 * reaches 4.58:1 on any fill, so cell text meets WCAG 1.4.3 whatever the shade.
 */
export function inkOn(fill: string): '#000000' | '#ffffff' {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * ColorBrewer PuOr (colour-blind safe) for k ordered options, disagree (orange) to agree
 * (purple); the neutral centre is a mid grey instead of near-white so it shows on paper. The
 * lighter ones are under 3:1 on white: a chart outlines them with `outlineOf`.
 */
export function divergingColors(k: number): string[] {
  const schemes: Record<number, string[]> = {
    2: ['#e66101', '#5e3c99'],
    3: ['#f1a340', '#c8c8c8', '#998ec3'],
    4: ['#e66101', '#fdb863', '#b2abd2', '#5e3c99'],
    5: ['#e66101', '#fdb863', '#c8c8c8', '#b2abd2', '#5e3c99'],
    6: ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'],
    7: ['#b35806', '#f1a340', '#fee0b6', '#c8c8c8', '#d8daeb', '#998ec3', '#542788'],
  };
  const scheme = schemes[k];
  if (scheme) return scheme;
  const seven = schemes[7] as string[];
  return Array.from({ length: k }, (_, i) => seven[Math.round((i * 6) / Math.max(1, k - 1))] as string);
}

const locales = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] },
} as const;

/** The Vega-Lite config of every chart, with number formats of the language. */
export function chartConfig(lang: Lang): Config {
  return {
    font: FONT,
    background: 'white',
    padding: 16,
    aria: false,
    locale: { number: { ...locales[lang], grouping: [3], currency: [...locales[lang].currency] } },
    view: { stroke: null },
    title: {
      fontSize: SIZE.title,
      subtitleFontSize: SIZE.subtitle,
      anchor: 'start',
      color: COLOR.text,
      subtitleColor: COLOR.muted,
      offset: 20,
      subtitlePadding: 8,
      limit: 0,
      lineHeight: SIZE.title + 6,
      subtitleLineHeight: SIZE.subtitle + 6,
    },
    axis: {
      labelFontSize: SIZE.label,
      titleFontSize: SIZE.label,
      titleFontWeight: 'normal',
      labelColor: COLOR.text,
      titleColor: COLOR.text,
      labelLimit: 0,
      labelLineHeight: SIZE.label + 2,
      gridColor: COLOR.grid,
      domainColor: COLOR.rule,
      tickColor: COLOR.rule,
      titlePadding: 10,
      labelPadding: 6,
    },
    legend: {
      labelFontSize: SIZE.label,
      titleFontSize: SIZE.label,
      titleFontWeight: 'normal',
      labelColor: COLOR.text,
      labelLimit: 0,
      orient: 'top',
      symbolSize: 220,
      symbolStrokeWidth: 3,
      columnPadding: 24,
      padding: 0,
      offset: 14,
    },
    text: { fontSize: SIZE.text, color: COLOR.text },
    header: { labelFontSize: SIZE.label, titleFontSize: SIZE.label },
    concat: { spacing: 28 },
  };
}
