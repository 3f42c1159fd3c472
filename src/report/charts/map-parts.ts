/**
 * What the maps share: the glossary lookup, the size and colours, the placing of labels so that
 * none overlaps another (a label that does not fit its area moves out, on a leader line), and the
 * spec of a choropleth from the municipal topology. The projection is fitted here (geo/projection)
 * and handed to Vega-Lite, so the labels land where Vega draws the areas.
 */
import type { TopLevelSpec } from 'vega-lite';
import {
  FEATURE,
  fitMercator,
  type Geometry,
  geometries,
  invert,
  type LonLat,
  type Point,
  type Projection,
  project,
  subsetTopology,
  type Topology,
  toPolygons,
} from '../geo/index.js';
import { type Lang, tr } from '../labels/index.js';
import { type MapLabel, mapLabels } from '../labels/maps.js';
import { textWidth } from '../render/font-metrics.js';
import { layoutRegion } from './map-layout.js';
import { anchorOf, type Box, type PlacedLabel, placeBeside } from './map-place.js';
import { fitLine, heading, maxOf, minOf, SCHEMA, wrap } from './parts.js';
import { COLOR, chartConfig, NAME_WIDTH, SIZE } from './theme.js';

/** A map glossary text in `lang` with its `{name}` placeholders filled in (as `say`). */
export function sayMap(key: MapLabel, lang: Lang, vars: Record<string, string | number> = {}): string {
  return tr(mapLabels[key], lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Plot size of the country map in px: 900 wide, as tall as the country needs within these bounds. */
export const MAP = { width: 900, maxHeight: 860, minHeight: 460, margin: 14 } as const;

/** A region map fits a slide at full size: the whole SVG at most this size, in px. */
export const SLIDE = { width: 960, height: 656 } as const;

/** ColorBrewer Blues, lightest to darkest: sequential and safe for colour-vision deficiencies. */
export const BLUES = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export const MAP_COLOR = {
  /** Municipalities around or outside the areas of the map. */
  context: '#eeeeee',
  suppressed: '#969696',
  unknown: '#d4d4d4',
  border: '#333333',
} as const;

/** How an area is filled: by its value, or grey because it is not shown or has no value. */
export type AreaKind = 'value' | 'suppressed' | 'unknown';

/** A municipality of the map. */
export interface MapArea {
  statcode: string;
  kind: AreaKind;
  /** The value it is coloured by (kind `value` only). */
  value: number | null;
}

/** A label: its lines (the first bold), placed on the largest free spot of the areas `statcodes`. */
export interface MapText {
  lines: string[];
  statcodes: string[];
}

export interface MapOptions {
  message: string;
  subtitle: string[];
  description: string;
  lang: Lang;
  topology: Topology;
  areas: MapArea[];
  labels: MapText[];
  /**
   * `around`: fit to the areas, neighbours in grey, labels on their areas; `all`: fit to and draw
   * every municipality, labels beside their (small) areas, thinner borders.
   */
  extent: 'around' | 'all';
  legendTitle: string;
  /** The colour scale: its domain, the values labelled on its legend and their d3 format. */
  scale: { domain: [number, number]; values: number[]; format: string };
}

/**
 * A colour scale from `low` up to a round number at or above `high`, with its legend labels: at
 * most `count` round steps (1, 2, 2.5 or 5 times a power of ten) and their d3 format.
 */
export function legendTicks(
  low: number,
  high: number,
  count = 5,
): { domain: [number, number]; values: number[]; format: string } {
  const steps = [1, 2, 2.5, 5]
    .flatMap((m) => [-2, -1, 0, 1, 2, 3, 4].map((e) => m * 10 ** e))
    .sort((a, b) => a - b);
  const span = (step: number) => Math.ceil(high / step - 1e-9) - Math.floor(low / step + 1e-9);
  const step = steps.find((s) => span(s) <= count - 1) ?? steps[steps.length - 1]!;
  const values: number[] = [];
  for (let i = Math.floor(low / step + 1e-9); i <= Math.ceil(high / step - 1e-9); i++)
    values.push(Number((i * step).toFixed(6)));
  if (values.length < 2) values.push(Number(((values[0] ?? 0) + step).toFixed(6)));
  const digits = [0, 1, 2, 3].find((d) => Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) ?? 3;
  return { domain: [values[0]!, values[values.length - 1]!], values, format: `.${digits}f` };
}

/** Bounding box of lon/lat positions: [west, south, east, north]. */
function extentOf(points: LonLat[]): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [minOf(lons), minOf(lats), maxOf(lons), maxOf(lats)];
}

/** Lon/lat of a pixel position, to 6 decimals (0.1 m: far below a pixel, and a shorter spec). */
function lonLat(projection: Projection, point: Point): LonLat {
  const [lon, lat] = invert(projection, point);
  return [Number(lon.toFixed(6)), Number(lat.toFixed(6))];
}

/** The text layers of the labels: a white halo under every line, the name bold. */
function textLayers(labels: PlacedLabel[], projection: Projection) {
  const rows = labels.flatMap((label) =>
    label.pieces.map(({ at, text, bold }) => {
      const [lon, lat] = lonLat(projection, at);
      return { lon, lat, text, bold };
    }),
  );
  const layer = (bold: boolean, halo: boolean) => ({
    data: { values: rows.filter((r) => r.bold === bold) },
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'middle' as const,
      fontSize: SIZE.text,
      fontWeight: bold ? ('bold' as const) : ('normal' as const),
      ...(halo
        ? {
            stroke: 'white',
            strokeWidth: 5,
            strokeJoin: 'round' as const,
            color: 'white',
            strokeOpacity: 0.9,
          }
        : { color: COLOR.text }),
    },
    encoding: {
      longitude: { field: 'lon', type: 'quantitative' as const },
      latitude: { field: 'lat', type: 'quantitative' as const },
      text: { field: 'text', type: 'nominal' as const },
    },
  });
  return [layer(true, true), layer(false, true), layer(true, false), layer(false, false)];
}

/** Leader lines and anchor dots of the labels that stand off their area. */
function leaderLayers(labels: PlacedLabel[], projection: Projection) {
  const rows = labels.flatMap(({ leader }) => {
    if (!leader) return [];
    const [lon, lat] = lonLat(projection, leader[0]);
    const [lon2, lat2] = lonLat(projection, leader[1]);
    return [{ lon, lat, lon2, lat2 }];
  });
  if (rows.length === 0) return [];
  const at = {
    longitude: { field: 'lon', type: 'quantitative' as const },
    latitude: { field: 'lat', type: 'quantitative' as const },
  };
  return [
    {
      data: { values: rows },
      mark: { type: 'rule' as const, color: COLOR.text, strokeWidth: 1.5 },
      encoding: { ...at, longitude2: { field: 'lon2' }, latitude2: { field: 'lat2' } },
    },
    {
      data: { values: rows },
      mark: { type: 'circle' as const, color: COLOR.text, size: 40, opacity: 1 },
      encoding: at,
    },
  ];
}

/** White over the parts of the plot beside the map, so that the neighbours stop at the map's edge. */
function maskLayers(masks: Box[]) {
  const shown = masks.filter((b) => b.x1 - b.x0 > 0.5 && b.y1 - b.y0 > 0.5);
  return shown.map((b) => ({
    data: { values: [{}] },
    mark: { type: 'rect' as const, fill: 'white', stroke: null },
    encoding: {
      x: { value: b.x0 },
      x2: { value: b.x1 },
      y: { value: b.y0 },
      y2: { value: b.y1 },
    },
  }));
}

/** The legend entry of a grey area: "niet getoond" (small numbers, the subtitle says so) or no population. */
function statusName(kind: 'suppressed' | 'unknown', lang: Lang): string {
  return sayMap(kind === 'suppressed' ? 'notShown' : 'noPopulation', lang);
}

/**
 * The legend of a region map in the top left corner of its plot: the colour bar under its title
 * (wrapped to the bar's length), the grey kinds under it. Sizes in px, as Vega-Lite lays it out.
 */
const LEGEND = {
  gradient: 200,
  thickness: 16,
  titleLine: SIZE.label + 4,
  statusRow: SIZE.label + 8,
} as const;

function legendBlock(title: string, statuses: string[]) {
  const titleLines = wrap(title, LEGEND.gradient, SIZE.label, false, 2);
  const bar = titleLines.length * LEGEND.titleLine + 5 + LEGEND.thickness + 4 + SIZE.label + 4;
  const statusWidths = statuses.map((s) => 26 + textWidth(s, SIZE.label));
  return {
    titleLines,
    statusY: bar + 12,
    width: maxOf([...titleLines.map((l) => textWidth(l, SIZE.label)), ...statusWidths], LEGEND.gradient),
    height: bar + (statuses.length > 0 ? 12 + statuses.length * LEGEND.statusRow : 0),
  };
}

/** The legend title of the country map: one line, or two where it is long (the second ending in "…" when cut). */
function legendTitle(text: string): string | string[] {
  const lines = wrap(text, MAP.width - 40, SIZE.label, false, 2);
  return lines.length <= 1 ? (lines[0] ?? '') : lines;
}

/**
 * Height in px of what a region map draws around its plot: the padding, the title and subtitle
 * lines (line heights and spacing as the theme sets them), the offset under them and the credit
 * line under the plot.
 */
function chromeHeight(title: { text: string[]; subtitle: string[] }, padding: number): number {
  const lines = (n: number, size: number) => (n > 0 ? size + (n - 1) * (size + 6) : 0);
  const subtitle = title.subtitle.length > 0 ? 8 + lines(title.subtitle.length, SIZE.subtitle) : 0;
  return 2 * padding + lines(title.text.length, SIZE.title) + subtitle + 20 + CREDIT_GAP + CREDIT_HEIGHT;
}

/** Space above the credit line and its height (DejaVu Sans: 1.17 em from top to bottom). */
const CREDIT_GAP = 12;
const CREDIT_HEIGHT = Math.ceil(SIZE.label * 1.17);

/** The spec of a map: areas coloured by value or grey, labels that do not overlap, the credit under it. */
export function toMapSpec(options: MapOptions): TopLevelSpec {
  const { lang, topology } = options;
  const country = options.extent === 'all';
  const config = chartConfig(lang);
  const padding = typeof config.padding === 'number' ? config.padding : 16;
  const title = heading(options.message, options.subtitle) as { text: string[]; subtitle: string[] };
  // Names on one line each (the name bold), so a label of any length is placed as a short one.
  const texts = options.labels.map((label) => ({
    ...label,
    lines: label.lines.map((line, i) => fitLine(line, NAME_WIDTH, SIZE.text, i === 0)),
  }));
  const byCode = new Map(geometries(topology).map((g) => [g.properties.statcode, g]));
  const drawn = options.areas.flatMap((a) => {
    const g = byCode.get(a.statcode);
    return g ? [{ area: a, geometry: g }] : [];
  });
  const polygonsOf = (g: Geometry) => toPolygons(topology, g);
  const lonLatsOf = (codes: string[]) =>
    codes.flatMap((code) => {
      const g = byCode.get(code);
      return g ? polygonsOf(g) : [];
    });
  const statuses = [
    { kind: 'suppressed', name: statusName('suppressed', lang), color: MAP_COLOR.suppressed },
    { kind: 'unknown', name: statusName('unknown', lang), color: MAP_COLOR.unknown },
  ].filter((s) => drawn.some((d) => d.area.kind === s.kind));
  const fitted = (country ? geometries(topology) : drawn.map((d) => d.geometry)).flatMap((g) =>
    polygonsOf(g).flatMap((p) => p[0] ?? []),
  );

  let projection: Projection;
  let labels: PlacedLabel[];
  let masks: Box[] = [];
  let legend: { block: ReturnType<typeof legendBlock>; at: Point } | null = null;
  if (country) {
    projection = fitMercator(fitted, MAP);
    labels = placeBeside(
      texts.map((label) => {
        const polygons = lonLatsOf(label.statcodes).map((rings) =>
          rings.map((ring) => ring.map((p) => project(projection, p))),
        );
        const { point, radius } = anchorOf(polygons);
        return { lines: label.lines, anchor: point, radius, polygons };
      }),
      projection,
    );
  } else {
    const block = legendBlock(
      options.legendTitle,
      statuses.map((s) => s.name),
    );
    const size = {
      width: SLIDE.width - 2 * padding - 8,
      height: Math.floor(SLIDE.height - chromeHeight(title, padding) - 4),
    };
    const layout = layoutRegion(
      fitted,
      texts.map((label) => ({
        name: label.lines[0] ?? '',
        value: label.lines.slice(1).join(' '),
        polygons: lonLatsOf(label.statcodes),
      })),
      size,
      block,
    );
    ({ projection, labels, masks } = layout);
    legend = { block, at: layout.legend };
  }

  // The neighbours that show inside the plot, for orientation (clipped at its edge).
  const [west, south, east, north] = [
    ...invert(projection, [0, projection.height]),
    ...invert(projection, [projection.width, 0]),
  ];
  const inRegion = new Set(drawn.map((d) => d.area.statcode));
  const context = geometries(topology).filter((g) => {
    if (inRegion.has(g.properties.statcode)) return false;
    if (country) return true;
    const [w, s, e, n] = extentOf(polygonsOf(g).flatMap((p) => p[0] ?? []));
    return w < east && e > west && s < north && n > south;
  });
  const rows = [
    ...drawn.map((d) => ({
      statcode: d.area.statcode,
      kind: d.area.kind,
      value: d.area.kind === 'value' ? d.area.value : null,
      status: d.area.kind === 'value' ? '' : statusName(d.area.kind, lang),
    })),
    ...context.map((g) => ({ statcode: g.properties.statcode, kind: 'context', value: null, status: '' })),
  ];

  const data = {
    values: subsetTopology(topology, [...drawn.map((d) => d.geometry), ...context]),
    format: { type: 'topojson' as const, feature: FEATURE },
  };
  const lookup = {
    lookup: 'properties.statcode',
    from: { data: { values: rows }, key: 'statcode', fields: ['kind', 'value', 'status'] },
  };
  const credit = {
    data: { values: [{ text: sayMap('credit', lang) }] },
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'top' as const,
      fontSize: SIZE.label,
      color: COLOR.muted,
    },
    encoding: {
      x: { value: 0 },
      y: { value: projection.height + CREDIT_GAP },
      text: { field: 'text', type: 'nominal' as const },
    },
  };
  const valueLegend = legend
    ? {
        orient: 'none' as const,
        legendX: legend.at[0],
        legendY: legend.at[1],
        title: legend.block.titleLines,
        titleLineHeight: LEGEND.titleLine,
        gradientLength: LEGEND.gradient,
      }
    : { orient: 'top' as const, title: legendTitle(options.legendTitle), gradientLength: 320 };
  const statusLegend = legend
    ? { orient: 'none' as const, legendX: legend.at[0], legendY: legend.at[1] + legend.block.statusY }
    : { orient: 'top' as const };

  return {
    $schema: SCHEMA,
    description: options.description,
    title,
    config: { ...config, legend: { ...config.legend, symbolType: 'square' } },
    width: projection.width,
    height: projection.height,
    projection: { type: 'mercator', scale: projection.scale, translate: projection.translate },
    layer: [
      {
        data,
        transform: [lookup, { filter: { field: 'kind', equal: 'context' } }],
        // Orientation only, not data (`aria: false`): the neighbours need not stand out at 3:1.
        mark: {
          type: 'geoshape',
          fill: MAP_COLOR.context,
          stroke: 'white',
          strokeWidth: 1,
          clip: true,
          aria: false,
        },
      },
      ...maskLayers(masks),
      {
        data,
        transform: [lookup, { filter: { field: 'kind', equal: 'value' } }],
        mark: { type: 'geoshape', stroke: MAP_COLOR.border, strokeWidth: country ? 0.5 : 1 },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            scale: { domain: options.scale.domain, range: BLUES.slice(1), nice: false, zero: false },
            legend: {
              ...valueLegend,
              direction: 'horizontal',
              gradientThickness: LEGEND.thickness,
              // Outlined as the areas are, so its light end shows on white.
              gradientStrokeColor: MAP_COLOR.border,
              gradientStrokeWidth: 1,
              titleLimit: 0,
              values: options.scale.values,
              format: options.scale.format,
            },
          },
        },
      },
      ...(statuses.length > 0
        ? [
            {
              data,
              transform: [lookup, { filter: { field: 'kind', oneOf: ['suppressed', 'unknown'] } }],
              mark: { type: 'geoshape' as const, stroke: MAP_COLOR.border, strokeWidth: country ? 0.5 : 1 },
              encoding: {
                color: {
                  field: 'status',
                  type: 'nominal' as const,
                  scale: { domain: statuses.map((s) => s.name), range: statuses.map((s) => s.color) },
                  legend: {
                    ...statusLegend,
                    title: null,
                    symbolStrokeColor: MAP_COLOR.border,
                    symbolStrokeWidth: 1,
                  },
                },
              },
            },
          ]
        : []),
      ...leaderLayers(labels, projection),
      ...textLayers(labels, projection),
      credit,
    ],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}
