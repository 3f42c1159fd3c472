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
import { BLUES, sayMap } from './map-parts.js';
import { type KeyCell, type KeyColumn, type KeyRow, keyIndicators, type OverviewChart } from './map-regions.js';
import { heading, rowKey, rowLabels, rowStep, SCHEMA, wrap } from './parts.js';
import { COLOR, chartConfig, LABEL_COLUMN, SIZE } from './theme.js';

/** Width of a column of the heat map in px. */
const COLUMN = 124;
const SUPPRESSED_FILL = '#d9d9d9';
const NATIONAL_FILL = '#f4f4f4';

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The colour at `t` (0..1) along the Blues ramp, and whether text on it should be white. */
export function shadeOf(t: number): { fill: string; light: boolean } {
  const x = Math.max(0, Math.min(1, t)) * (BLUES.length - 1);
  const i = Math.min(BLUES.length - 2, Math.floor(x));
  const [a, b] = [rgb(BLUES[i]!), rgb(BLUES[i + 1]!)];
  const mixed = a.map((v, k) => Math.round(v + (b[k]! - v) * (x - i)));
  return { fill: `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`, light: x > 3.6 };
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

/** The spec of the heat map of the regions, or null when the run has no region. */
export function regionHeatmapSpec(indicators: Indicators, ctx: ReportContext): TopLevelSpec | null {
  const { lang } = ctx;
  const { columns, rows } = keyIndicators(indicators, ctx);
  if (indicators.regions.length === 0) return null;
  const rowKeys = rows.map((_, i) => rowKey(i));
  const columnKeys = columns.map((_, j) => `c${j}`);
  const rowLines = rows.map((row) => wrap(regionName(row, ctx), LABEL_COLUMN - 16, SIZE.label, false, 2));
  const labels = rowLabels(Object.fromEntries(rowKeys.map((key, i) => [key, rowLines[i]!])));
  const headers = Object.fromEntries(
    columns.map((c, j) => [`c${j}`, wrap(c.label, COLUMN - 10, SIZE.label, false, 4)]),
  );
  const headerLines = Math.max(1, ...Object.values(headers).map((lines) => lines.length));
  const values = columns.flatMap((column, j) => {
    const shown = rows.filter((r) => !r.national && cellOf(r, column).state === 'shown');
    const vs = shown.map((r) => cellOf(r, column).value ?? 0);
    const [low, high] = [Math.min(...vs), Math.max(...vs)];
    return rows.map((row, i) => {
      const cell = cellOf(row, column);
      let fill = NATIONAL_FILL;
      let light = false;
      if (cell.state === 'suppressed') fill = SUPPRESSED_FILL;
      else if (!row.national && cell.state === 'shown' && cell.value !== null)
        ({ fill, light } = shadeOf(high > low ? (cell.value - low) / (high - low) : 0.5));
      else if (!row.national) fill = 'white';
      const text = cell.state === 'shown' ? cell.text : cell.state === 'suppressed' ? sayMap('notShown', lang) : '–';
      return { row: rowKeys[i]!, column: columnKeys[j]!, fill, ink: light ? 'white' : COLOR.text, text };
    });
  });
  const lineHeight = SIZE.label + 3;
  return {
    $schema: SCHEMA,
    description: regionHeatmap.alt(indicators, ctx),
    title: heading(message(rows, ctx), [sayMap('heatmapSubtitle', lang)]),
    config: { ...chartConfig(lang), axis: { ...chartConfig(lang).axis, grid: false } },
    width: { step: COLUMN },
    height: { step: rowStep(Math.max(...rowLines.map((l) => l.length))) },
    params: [labels.param, { name: 'columnLabels', value: headers }],
    data: { values },
    encoding: {
      x: {
        field: 'column',
        type: 'nominal',
        sort: columnKeys,
        axis: {
          orient: 'top',
          title: null,
          labelAngle: 0,
          labelExpr: 'columnLabels[datum.value]',
          labelBaseline: 'bottom',
          labelOffset: 0,
          labelPadding: 8 + (headerLines - 1) * lineHeight,
          domain: false,
          ticks: false,
        },
      },
      y: { field: 'row', type: 'nominal', sort: rowKeys, axis: labels.axis },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 3 },
        encoding: { color: { field: 'fill', type: 'nominal', scale: null, legend: null } },
      },
      {
        mark: { type: 'text', fontSize: SIZE.text, baseline: 'middle', align: 'center' },
        encoding: {
          text: { field: 'text', type: 'nominal' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
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

/** The heat map as an overview chart, id `heatmap-regions`. */
export const regionHeatmap: OverviewChart = {
  id: 'heatmap-regions',
  title: (ctx) => sayMap('heatmapTitle', ctx.lang),
  spec: regionHeatmapSpec,
  alt: regionHeatmapAlt,
};
