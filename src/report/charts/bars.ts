/**
 * Horizontal bars with a text after each bar and a wrapped label before it: the shape of the
 * response charts. A suppressed row has no bar and shows its marker text at zero, in grey.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import { heading, maxOf, rowKey, rowLabels, rowStep, SCHEMA } from './parts.js';
import { COLOR, chartConfig, PLOT_WIDTH, SIZE } from './theme.js';

export interface BarRow {
  /** Label lines before the bar. */
  lines: string[];
  /** Bar length; null draws no bar (suppressed). */
  value: number | null;
  /** Text after the bar (the number), or the suppression marker. */
  text: string;
  /** Colour group (a legend entry). */
  group: string;
}

export interface BarOptions {
  message: string;
  subtitle: string[];
  axisTitle: string;
  rows: BarRow[];
  /** Colour of each group, in legend order; one group draws no legend. */
  groups: { name: string; color: string }[];
  lang: Lang;
  description: string;
}

/** Smallest domain end such that every bar plus its text fits in the plot width. */
function domainEnd(rows: BarRow[]): number {
  let end = 1;
  for (const row of rows) {
    if (row.value === null || row.value <= 0) continue;
    const room = PLOT_WIDTH - 12 - textWidth(row.text, SIZE.text);
    end = Math.max(end, (row.value * PLOT_WIDTH) / Math.max(room, PLOT_WIDTH / 4));
  }
  return end;
}

/** The spec of a labelled bar chart. */
export function toBarSpec(options: BarOptions): TopLevelSpec {
  const keys = options.rows.map((_, i) => rowKey(i));
  const labels = rowLabels(Object.fromEntries(options.rows.map((row, i) => [rowKey(i), row.lines])));
  const values = options.rows.map((row, i) => ({
    key: rowKey(i),
    value: row.value,
    textX: row.value ?? 0,
    text: row.text,
    group: row.group,
    suppressed: row.value === null,
  }));
  const maxLines = maxOf(
    options.rows.map((row) => row.lines.length),
    1,
  );
  return {
    $schema: SCHEMA,
    description: options.description,
    title: heading(options.message, options.subtitle),
    config: chartConfig(options.lang),
    width: PLOT_WIDTH,
    height: { step: rowStep(maxLines) },
    params: [labels.param],
    data: { values },
    encoding: {
      y: {
        field: 'key',
        type: 'nominal',
        sort: keys,
        axis: labels.axis,
      },
    },
    layer: [
      {
        transform: [{ filter: { field: 'suppressed', equal: false } }],
        mark: { type: 'bar', height: { band: 0.68 } },
        encoding: {
          x: {
            field: 'value',
            type: 'quantitative',
            title: options.axisTitle,
            scale: { domain: [0, domainEnd(options.rows)], nice: false },
            axis: { tickCount: 5, labelFlush: true },
          },
          color: {
            field: 'group',
            type: 'nominal',
            scale: { domain: options.groups.map((g) => g.name), range: options.groups.map((g) => g.color) },
            legend: options.groups.length > 1 ? { title: null } : null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8 },
        encoding: {
          x: { field: 'textX', type: 'quantitative' },
          text: { field: 'text', type: 'nominal' },
          color: {
            condition: { test: { field: 'suppressed', equal: true }, value: COLOR.suppressed },
            value: COLOR.text,
          },
        },
      },
    ],
  };
}
