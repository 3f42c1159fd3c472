/**
 * The regions side by side: a heat map with a row per region (the whole run last) and a column
 * per key indicator. Each cell writes its figure; its shade says where the region stands among
 * the regions in that column (lighter lower, darker higher). A hidden figure is a grey cell that
 * says "niet getoond", never the number.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Indicators } from '../../analyse/types.js';
import type { ReportContext } from '../context.js';
import { extremesBy, joinNames } from '../headlines.js';
import { html } from '../labels/html.js';
import { textWidth } from '../render/font-metrics.js';
import { BLUES, sayMap } from './map-parts.js';
import {
  type KeyCell,
  type KeyColumn,
  type KeyRow,
  keyIndicators,
  type OverviewChart,
} from './map-regions.js';
import { fitLine, heading, maxOf, minOf, rowStep, SCHEMA, wrap } from './parts.js';
import { numberColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, inkOn, NAME_WIDTH, rampColor, SIZE, WIDTH } from './theme.js';
import type { ChartTable } from './types.js';

/** Narrowest column of the heat map in px. */
const MIN_COLUMN = 96;
/** Widest column of the heat map in px. */
const MAX_COLUMN = 260;
/** Width of the heat map with its region names, in px. */
const PLOT = WIDTH - 40;
const SUPPRESSED_FILL = '#d9d9d9';
const NATIONAL_FILL = '#f4f4f4';

/** The colour at `t` (0..1) along the Blues ramp, and whether text on it should be white. */
export function shadeOf(t: number): { fill: string; light: boolean } {
  const fill = rampColor(BLUES, t);
  return { fill, light: inkOn(fill) === '#ffffff' };
}

const cellOf = (row: KeyRow, column: KeyColumn): KeyCell =>
  row.cells.get(column.id) ?? { state: 'none', value: null, text: '', detail: '' };

function message(rows: KeyRow[], ctx: ReportContext): string {
  const { lang } = ctx;
  const regions = rows.filter((r) => !r.national);
  const reach = { id: 'reach', label: '' } as const;
  const least = extremesBy(regions, (r) => cellOf(r, reach).value, 'low', 1);
  const first = least[0];
  if (first) {
    return sayMap('heatmapMessage', lang, {
      names: joinNames(
        least.map((r) => r.region.name),
        lang,
      ),
      per10k: cellOf(first, reach).text,
    });
  }
  const respondents = { id: 'respondents', label: '' } as const;
  const most = extremesBy(regions, (r) => cellOf(r, respondents).value, 'high', 0);
  return sayMap('heatmapMessageCount', lang, {
    names: joinNames(
      most.map((r) => r.region.name),
      lang,
    ),
    count: most[0] ? cellOf(most[0], respondents).text : '',
  });
}

const regionName = (row: KeyRow, ctx: ReportContext) =>
  row.national ? ctx.labels.t(html.overview.national) : row.region.name;

/**
 * Width of a column: its longest heading word or figure, at least `MIN_COLUMN` px and at most
 * `MAX_COLUMN` (a longer word is broken, see `wrap`).
 */
function columnWidth(heading: string, texts: string[]): number {
  const widest = Math.max(
    maxOf(heading.split(/\s+/).map((w) => textWidth(w, SIZE.label))),
    maxOf(texts.map((t) => textWidth(t, SIZE.text))),
  );
  return Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, Math.ceil(widest) + 18));
}

/**
 * What the shades mean, and, where the map has them, what the ambition gap is and why a cell is
 * empty: a run without a ladder question has no gap column to explain.
 */
function subtitle(columns: readonly KeyColumn[], cells: { cell: KeyCell }[][], ctx: ReportContext): string {
  const { lang } = ctx;
  const hidden = cells.some((row) => row.some(({ cell }) => cell.state === 'suppressed'));
  return [
    sayMap('heatmapShading', lang),
    ...(columns.some((c) => c.id === 'gap') ? [sayMap('heatmapGap', lang)] : []),
    ...(hidden ? [sayMap('heatmapHidden', lang)] : []),
  ].join(' ');
}

/** The spec of the heat map of the regions, or null when the run has no region. */
export function regionHeatmapSpec(indicators: Indicators, ctx: ReportContext): TopLevelSpec | null {
  const { lang } = ctx;
  const { columns, rows } = keyIndicators(indicators, ctx);
  if (indicators.regions.length === 0) return null;
  const names = rows.map((row) => fitLine(regionName(row, ctx), NAME_WIDTH, SIZE.label));
  const labelColumn = Math.ceil(maxOf(names.map((n) => textWidth(n, SIZE.label)))) + 16;
  const cells = rows.map((row) =>
    columns.map((column) => {
      const cell = cellOf(row, column);
      return {
        cell,
        text:
          cell.state === 'shown' ? cell.text : cell.state === 'suppressed' ? sayMap('notShown', lang) : '–',
      };
    }),
  );
  const widths = columns.map((c, j) =>
    columnWidth(
      c.label,
      cells.map((r) => r[j]!.text),
    ),
  );
  const headerOf = (j: number) => wrap(columns[j]!.label, widths[j]! - 12, SIZE.label, false, 6);
  // The width left of the chart goes to the heading that takes the most lines, a little at a time.
  for (let spare = PLOT - labelColumn - widths.reduce((a, b) => a + b, 0); spare >= 4; spare -= 4) {
    const lines = widths.map((_, j) => headerOf(j).length);
    const most = lines.lastIndexOf(maxOf(lines));
    widths[most]! += 4;
  }
  const lefts = widths.map((_, j) => labelColumn + widths.slice(0, j).reduce((a, b) => a + b, 0));
  const headers = columns.map((_, j) => headerOf(j));
  const lineHeight = SIZE.label + 3;
  const headerLines = maxOf(
    headers.map((h) => h.length),
    1,
  );
  const headerHeight = headerLines * lineHeight + 10;
  const step = rowStep(1);
  const width = (lefts.at(-1) ?? labelColumn) + (widths.at(-1) ?? 0);
  const height = headerHeight + rows.length * step;

  const rects = columns.flatMap((column, j) => {
    const shown = rows.filter((r) => !r.national && cellOf(r, column).state === 'shown');
    const vs = shown.map((r) => cellOf(r, column).value ?? 0);
    const [low, high] = [minOf(vs), maxOf(vs)];
    return rows.map((row, i) => {
      const { cell, text } = cells[i]![j]!;
      let fill = NATIONAL_FILL;
      let light = false;
      if (cell.state === 'suppressed') fill = SUPPRESSED_FILL;
      else if (!row.national && cell.state === 'shown' && cell.value !== null)
        ({ fill, light } = shadeOf(high > low ? (cell.value - low) / (high - low) : 0.5));
      else if (!row.national) fill = '#ffffff';
      const y0 = headerHeight + i * step;
      return {
        x0: lefts[j]!,
        x1: lefts[j]! + widths[j]!,
        xm: lefts[j]! + widths[j]! / 2,
        y0,
        y1: y0 + step,
        ym: y0 + step / 2,
        fill,
        // Black or white, whichever reads at 4.5:1 on the shade.
        ink: light ? '#ffffff' : '#000000',
        text,
      };
    });
  });
  // Headings sit on the cells: a heading of fewer lines starts lower.
  const headerRows = headers.flatMap((lines, j) =>
    lines.map((text, k) => ({
      x: lefts[j]! + widths[j]! / 2,
      y: headerHeight - 8 - (lines.length - 1 - k) * lineHeight,
      text,
    })),
  );
  const rowNames = names.map((text, i) => ({
    x: labelColumn - 12,
    y: headerHeight + i * step + step / 2,
    text,
  }));
  const px = (field: string) => ({ field, type: 'quantitative' as const, scale: null });
  const text = (align: 'left' | 'center' | 'right', baseline: 'middle' | 'bottom') => ({
    type: 'text' as const,
    fontSize: SIZE.text,
    align,
    baseline,
    color: COLOR.text,
  });
  return {
    $schema: SCHEMA,
    description: regionHeatmap.alt(indicators, ctx),
    title: heading(message(rows, ctx), [subtitle(columns, cells, ctx)]),
    config: chartConfig(lang),
    width,
    height,
    layer: [
      {
        data: { values: rects },
        // An outline at 3:1 on white, so the lightest cells show their edge.
        mark: { type: 'rect', stroke: COLOR.outline, strokeWidth: 1 },
        encoding: {
          x: px('x0'),
          x2: { field: 'x1' },
          y: px('y0'),
          y2: { field: 'y1' },
          color: { field: 'fill', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        data: { values: rects },
        mark: text('center', 'middle'),
        encoding: {
          x: px('xm'),
          y: px('ym'),
          text: { field: 'text', type: 'nominal' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        data: { values: headerRows },
        mark: text('center', 'bottom'),
        encoding: { x: px('x'), y: px('y'), text: { field: 'text', type: 'nominal' } },
      },
      {
        data: { values: rowNames },
        mark: text('right', 'middle'),
        encoding: { x: px('x'), y: px('y'), text: { field: 'text', type: 'nominal' } },
      },
    ],
  } as TopLevelSpec;
}

/** The text alternative of the heat map: every region with every figure, hidden ones named as such. */
export function regionHeatmapAlt(indicators: Indicators, ctx: ReportContext): string {
  const { lang } = ctx;
  const { columns, rows } = keyIndicators(indicators, ctx);
  const lines = rows.map((row) => {
    const cells = columns.map((column) => {
      const cell = cellOf(row, column);
      const value =
        cell.state === 'shown'
          ? cell.detail
            ? `${cell.text} (${cell.detail})`
            : cell.text
          : cell.state === 'suppressed'
            ? sayMap('notShown', lang)
            : '–';
      return sayMap('heatmapAltCell', lang, { column: column.label, value });
    });
    return sayMap('heatmapAltRow', lang, { name: regionName(row, ctx), cells: cells.join(', ') });
  });
  return sayMap('heatmapAlt', lang, { rows: lines.join('; ') });
}

/** The data table of the heat map: a row per region (the whole run last), a column per key figure. */
export function regionHeatmapTable(indicators: Indicators, ctx: ReportContext): ChartTable {
  const { lang } = ctx;
  const { columns, rows } = keyIndicators(indicators, ctx);
  return {
    caption: sayTable('heatmapCaption', lang, { title: sayMap('heatmapTitle', lang) }),
    columns: [textColumn(sayTable('region', lang)), ...columns.map((c) => numberColumn(c.label))],
    rows: rows.map((row) => [
      regionName(row, ctx),
      ...columns.map((column) => {
        const cell = cellOf(row, column);
        if (cell.state === 'suppressed') return sayMap('notShown', lang);
        if (cell.state !== 'shown') return '–';
        return cell.detail ? `${cell.text} (${cell.detail})` : cell.text;
      }),
    ]),
  };
}

/** The heat map as an overview chart, id `heatmap-regions`. */
export const regionHeatmap: OverviewChart = {
  id: 'heatmap-regions',
  title: (ctx) => sayMap('heatmapTitle', ctx.lang),
  spec: regionHeatmapSpec,
  alt: regionHeatmapAlt,
  table: regionHeatmapTable,
};
