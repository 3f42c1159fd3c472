/**
 * A panel of dots with their 95% intervals, one row per estimate, the value written after the
 * interval, and a suppressed row named in grey where its dot would be. The shape of the conditions
 * profile, the index scores, numeric questions and the shares agreeing beside a Likert chart.
 */
import type { Estimate } from '../../analyse/types.js';
import { isShown, labelLines, maxOf, rowKey, rowLabels, rowStep, suppressedMark } from './parts.js';
import { COLOR, PLOT_WIDTH } from './theme.js';
import type { ChartContext } from './types.js';

/** What a row is, for its colour: an item, the region, a subregion, a lagging one, the country. */
export type DotKind = 'item' | 'region' | 'subregion' | 'lagging' | 'national';

export interface DotRow {
  label: string;
  e: Estimate | undefined;
  kind: DotKind;
}

// A subregion is a ring in the region's blue (white inside), so it stands apart from the region's
// dot without a light colour: every dot's edge has at least 3:1 on white.
const KINDS = ['item', 'region', 'subregion', 'lagging', 'national'];
const KIND_STROKES = {
  domain: KINDS,
  range: [COLOR.blue, COLOR.blue, COLOR.blue, COLOR.vermillion, COLOR.grey],
};
const KIND_FILLS = {
  domain: KINDS,
  range: [COLOR.blue, COLOR.blue, '#ffffff', COLOR.vermillion, COLOR.grey],
};

export interface DotPanelOptions {
  rows: DotRow[];
  /** Name of the label param (unique within a spec). */
  name: string;
  domain: [number, number];
  axis: object;
  ctx: ChartContext;
  /** How a shown value is written after its interval. */
  format: (value: number) => string;
  width?: number;
  /** Row labels; false draws none (a panel beside another that has them). */
  labels?: boolean;
  /** Write the value after the interval (default true). */
  values?: boolean;
  /** Area of a dot in px² (default 360). */
  dotSize?: number;
  /** Pixels kept free at each end of the axis, so that a dot at the domain's end stays clear of the labels. */
  padding?: number;
}

/** One dot-and-interval panel over `domain`: the label param and the view to place in a spec. */
export function dotPanel(options: DotPanelOptions) {
  const { rows, name, domain, axis, ctx } = options;
  const lines = Object.fromEntries(rows.map((r, i) => [rowKey(i), labelLines(r.label)]));
  const labels = rowLabels(lines, name);
  const values = rows.map((r, i) => {
    const shown = isShown(r.e);
    return {
      key: rowKey(i),
      kind: r.kind,
      shown,
      value: shown ? r.e?.estimate : null,
      low: shown ? (r.e?.ciLow ?? r.e?.estimate) : null,
      high: shown ? (r.e?.ciHigh ?? r.e?.estimate) : null,
      textX: shown ? (r.e?.ciHigh ?? r.e?.estimate) : domain[0],
      text: shown ? options.format(r.e?.estimate ?? 0) : suppressedMark(r.e, ctx),
    };
  });
  const scale = { domain, nice: false, ...(options.padding ? { padding: options.padding } : {}) };
  const x = { type: 'quantitative' as const, scale };
  const shownOnly = { filter: { field: 'shown', equal: true } };
  const text = (shown: boolean, color: string) => ({
    transform: [{ filter: { field: 'shown', equal: shown } }],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 12, color },
    encoding: { x: { ...x, field: 'textX' }, text: { field: 'text', type: 'nominal' as const } },
  });
  const maxLines = maxOf(
    Object.values(lines).map((l) => l.length),
    1,
  );
  return {
    param: labels.param,
    view: {
      width: options.width ?? PLOT_WIDTH,
      height: { step: rowStep(maxLines) },
      data: { values },
      encoding: {
        y: {
          field: 'key',
          type: 'nominal' as const,
          sort: values.map((v) => v.key),
          axis: options.labels === false ? null : labels.axis,
        },
      },
      layer: [
        {
          transform: [shownOnly],
          mark: { type: 'rule' as const, strokeWidth: 3, color: COLOR.rule },
          encoding: { x: { ...x, field: 'low', axis }, x2: { field: 'high' } },
        },
        {
          transform: [shownOnly],
          mark: {
            type: 'point' as const,
            filled: true,
            size: options.dotSize ?? 360,
            opacity: 1,
            strokeWidth: 3,
          },
          encoding: {
            x: { ...x, field: 'value' },
            fill: { field: 'kind', type: 'nominal' as const, scale: KIND_FILLS, legend: null },
            stroke: { field: 'kind', type: 'nominal' as const, scale: KIND_STROKES, legend: null },
          },
        },
        ...(options.values === false ? [] : [text(true, COLOR.text)]),
        text(false, COLOR.suppressed),
      ],
    },
  };
}
