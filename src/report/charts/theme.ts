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

export const COLOR = {
  text: '#222222',
  muted: '#555555',
  grid: '#e4e4e4',
  rule: '#888888',
  /** Marker of a suppressed estimate ("n<10, niet getoond"). */
  suppressed: '#6b6b6b',
  // Okabe & Ito (2008), safe for the common colour-vision deficiencies.
  blue: '#0072B2',
  orange: '#E69F00',
  vermillion: '#D55E00',
  green: '#009E73',
  sky: '#56B4E9',
  purple: '#CC79A7',
  grey: '#8c8c8c',
} as const;

/**
 * ColorBrewer PuOr (colour-blind safe) for k ordered options, disagree (orange) to agree
 * (purple); the neutral centre is a mid grey instead of near-white so it shows on paper.
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
