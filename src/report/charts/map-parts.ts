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
  innerPoint,
  invert,
  isInside,
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
import { heading, SCHEMA } from './parts.js';
import { COLOR, chartConfig, SIZE } from './theme.js';

/** A map glossary text in `lang` with its `{name}` placeholders filled in (as `say`). */
export function sayMap(key: MapLabel, lang: Lang, vars: Record<string, string | number> = {}): string {
  return tr(mapLabels[key], lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Plot size of a map in px: 900 wide, as tall as the area needs within these bounds. */
export const MAP = { width: 900, maxHeight: 860, minHeight: 460, margin: 14 } as const;

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

const LINE = SIZE.text + 3;
const GAP = 4;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const widths = (lines: string[]) => lines.map((l, i) => textWidth(l, SIZE.text, i === 0));

function boxAt(center: Point, lines: string[]): Box {
  const w = Math.max(...widths(lines)) + 6;
  const h = lines.length * LINE + 2;
  return { x0: center[0] - w / 2, x1: center[0] + w / 2, y0: center[1] - h / 2, y1: center[1] + h / 2 };
}

/** Where each line of a placed label starts (left end, vertical middle), in px: centred, under each other. */
function piecesOf(p: Placed): { at: Point; text: string; bold: boolean }[] {
  const ws = widths(p.lines);
  return p.lines.map((text, i) => ({
    at: [p.center[0] - ws[i]! / 2, p.center[1] + (i - (p.lines.length - 1) / 2) * LINE],
    text,
    bold: i === 0,
  }));
}

/** Whether segments a–b and c–d cross. */
function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** Whether segment a–b passes through box `r`. */
function hitsBox(a: Point, b: Point, r: Box): boolean {
  if (contains(r, a) || contains(r, b)) return true;
  const corners: Point[] = [
    [r.x0, r.y0],
    [r.x1, r.y0],
    [r.x1, r.y1],
    [r.x0, r.y1],
  ];
  return corners.some((c, i) => crosses(a, b, c, corners[(i + 1) % 4]!));
}

const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP;
const contains = (b: Box, p: Point) => p[0] >= b.x0 && p[0] <= b.x1 && p[1] >= b.y0 && p[1] <= b.y1;

/** A label placed: the centre of its lines, and its anchor when it moved off it. */
interface Placed {
  lines: string[];
  center: Point;
  anchor: Point;
  box: Box;
  moved: boolean;
}

/** The roomiest spot of some polygons (in px): its point and its distance to the edge. */
function anchorOf(polygons: Point[][][]): { point: Point; radius: number } {
  let best = { point: [0, 0] as Point, radius: Number.NEGATIVE_INFINITY };
  for (const rings of polygons) {
    const spot = innerPoint(rings);
    if (spot.radius > best.radius) best = spot;
  }
  return best;
}

/** A label to place: its lines, its anchor in its roomiest polygon, and the polygons it names. */
interface LabelItem {
  lines: string[];
  anchor: Point;
  radius: number;
  polygons: Point[][][];
}

/** A polygon in px with its bounding box, for quick point-in-polygon tests. */
interface Shape {
  rings: Point[][];
  box: Box;
}

function toShape(rings: Point[][]): Shape {
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  return {
    rings,
    box: { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) },
  };
}

const inShape = (p: Point, s: Shape) => contains(s.box, p) && isInside(p, s.rings);

/**
 * What a label costs per sample point it covers, and what moving it off its anchor costs before
 * the length of the move in px. On a region map a label sits on its own municipality; on the
 * country map the regions are small, so a label goes beside its region rather than hide it.
 */
const COSTS = {
  own: { own: 0, other: 25, outside: 4, move: 30 },
  beside: { own: 25, other: 25, outside: 1, move: 8 },
} as const;
/** What a leader line costs for each label it runs through or leader it crosses. */
const TANGLE = 120;

/**
 * Place every label, roomiest area first: on its anchor, or at the spot around it (on a leader
 * line) that costs least (see `COSTS`). A label never overlaps another, stays inside the
 * plot and, where it can, covers no other anchor.
 */
function placeLabels(
  items: LabelItem[],
  size: { width: number; height: number },
  where: keyof typeof COSTS,
): Placed[] {
  const COVER = COSTS[where];
  const MOVE = COVER.move;
  const placed: Placed[] = [];
  const byItem: Placed[] = [];
  const shapes = items.map((item) => item.polygons.map(toShape));
  const anchors = items.map((i) => i.anchor);
  const inPlot = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= size.width - 2 && b.y1 <= size.height - 2;
  const order = items.map((_, k) => k).sort((a, b) => items[b]!.radius - items[a]!.radius);
  for (const k of order) {
    const item = items[k]!;
    const own = shapes[k]!;
    const others = shapes.filter((_, j) => j !== k).flat();
    const cover = (b: Box) => {
      let cost = 0;
      for (const fx of [0.1, 0.5, 0.9])
        for (const fy of [0.15, 0.5, 0.85]) {
          const p: Point = [b.x0 + fx * (b.x1 - b.x0), b.y0 + fy * (b.y1 - b.y0)];
          if (own.some((s) => inShape(p, s))) cost += COVER.own;
          else cost += others.some((s) => inShape(p, s)) ? COVER.other : COVER.outside;
        }
      return cost;
    };
    const free = (b: Box, strict: boolean) =>
      inPlot(b) &&
      !placed.some((p) => overlaps(p.box, b)) &&
      (!strict || !anchors.some((a, j) => j !== k && contains(b, a)));
    const home = boxAt(item.anchor, item.lines);
    const [w, h] = [home.x1 - home.x0, home.y1 - home.y0];
    let best: { placed: Placed; cost: number } | undefined;
    for (const strict of [true, false]) {
      if (free(home, strict))
        best = {
          placed: { lines: item.lines, center: item.anchor, anchor: item.anchor, box: home, moved: false },
          cost: cover(home),
        };
      for (let d = 10; d <= 400 && (!best || MOVE + d < best.cost); d += 10) {
        for (let a = 0; a < 24; a++) {
          const angle = (a * Math.PI) / 12;
          const [cx, cy] = [Math.cos(angle), Math.sin(angle)];
          const reach = d + (w / 2) * Math.abs(cx) + (h / 2) * Math.abs(cy);
          const center: Point = [item.anchor[0] + cx * reach, item.anchor[1] + cy * reach];
          const box = boxAt(center, item.lines);
          if (!free(box, strict)) continue;
          const end = nearestOnBox(box, item.anchor);
          const tangled =
            placed.filter((p) => hitsBox(item.anchor, end, p.box)).length +
            placed.filter(
              (p) => p.moved && crosses(item.anchor, end, p.anchor, nearestOnBox(p.box, p.anchor)),
            ).length;
          const cost = MOVE + d + cover(box) + TANGLE * tangled;
          if (!best || cost < best.cost)
            best = { placed: { lines: item.lines, center, anchor: item.anchor, box, moved: true }, cost };
        }
      }
      if (best) break;
    }
    const spot = best?.placed ?? {
      lines: item.lines,
      center: item.anchor,
      anchor: item.anchor,
      box: home,
      moved: false,
    };
    placed.push(spot);
    byItem[k] = spot;
  }
  return byItem;
}

/** The point of a box nearest to `p` (where a leader line ends). */
function nearestOnBox(b: Box, p: Point): Point {
  return [Math.max(b.x0, Math.min(b.x1, p[0])), Math.max(b.y0, Math.min(b.y1, p[1]))];
}

/** Bounding box of lon/lat positions: [west, south, east, north]. */
function extentOf(points: LonLat[]): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Lon/lat of a pixel position, to 6 decimals (0.1 m: far below a pixel, and a shorter spec). */
function lonLat(projection: Projection, point: Point): LonLat {
  const [lon, lat] = invert(projection, point);
  return [Number(lon.toFixed(6)), Number(lat.toFixed(6))];
}

/** The text layers of the labels: a white halo under every line, the name bold. */
function textLayers(placed: Placed[], projection: Projection) {
  const rows = placed.flatMap((p) =>
    piecesOf(p).map(({ at, text, bold }) => {
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

/** Leader lines and anchor dots of the labels that moved off their area. */
function leaderLayers(placed: Placed[], projection: Projection) {
  const moved = placed.filter((p) => p.moved);
  if (moved.length === 0) return [];
  const rows = moved.map((p) => {
    const [lon, lat] = lonLat(projection, p.anchor);
    const [lon2, lat2] = lonLat(projection, nearestOnBox(p.box, p.anchor));
    return { lon, lat, lon2, lat2 };
  });
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

/** The legend entry of a grey area: "niet getoond" (small numbers, the subtitle says so) or no population. */
function statusName(kind: 'suppressed' | 'unknown', lang: Lang): string {
  return sayMap(kind === 'suppressed' ? 'notShown' : 'noPopulation', lang);
}

/** The spec of a map: areas coloured by value or grey, labels that do not overlap, the credit under it. */
export function toMapSpec(options: MapOptions): TopLevelSpec {
  const { lang, topology } = options;
  const country = options.extent === 'all';
  const byCode = new Map(geometries(topology).map((g) => [g.properties.statcode, g]));
  const drawn = options.areas.flatMap((a) => {
    const g = byCode.get(a.statcode);
    return g ? [{ area: a, geometry: g }] : [];
  });
  const polygonsOf = (g: Geometry) => toPolygons(topology, g);
  const fitted = options.extent === 'all' ? geometries(topology) : drawn.map((d) => d.geometry);
  const projection = fitMercator(
    fitted.flatMap((g) => polygonsOf(g).flatMap((p) => p[0] ?? [])),
    MAP,
  );
  // The neighbours that show inside the plot, for orientation (clipped at its edge).
  const [west, south, east, north] = [
    ...invert(projection, [0, projection.height]),
    ...invert(projection, [projection.width, 0]),
  ];
  const inRegion = new Set(drawn.map((d) => d.area.statcode));
  const context = geometries(topology).filter((g) => {
    if (inRegion.has(g.properties.statcode)) return false;
    if (options.extent === 'all') return true;
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

  const pixelPolygons = (codes: string[]) =>
    codes.flatMap((code) => {
      const g = byCode.get(code);
      return g
        ? polygonsOf(g).map((rings) => rings.map((ring) => ring.map((p) => project(projection, p))))
        : [];
    });
  const placed = placeLabels(
    options.labels.map((label) => {
      const polygons = pixelPolygons(label.statcodes);
      const { point, radius } = anchorOf(polygons);
      return { lines: label.lines, anchor: point, radius, polygons };
    }),
    projection,
    country ? 'beside' : 'own',
  );

  const data = {
    values: subsetTopology(topology, [...drawn.map((d) => d.geometry), ...context]),
    format: { type: 'topojson' as const, feature: FEATURE },
  };
  const lookup = {
    lookup: 'properties.statcode',
    from: { data: { values: rows }, key: 'statcode', fields: ['kind', 'value', 'status'] },
  };
  const statuses = [
    { kind: 'suppressed', name: statusName('suppressed', lang), color: MAP_COLOR.suppressed },
    { kind: 'unknown', name: statusName('unknown', lang), color: MAP_COLOR.unknown },
  ].filter((s) => drawn.some((d) => d.area.kind === s.kind));
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
      y: { value: projection.height + 12 },
      text: { field: 'text', type: 'nominal' as const },
    },
  };

  return {
    $schema: SCHEMA,
    description: options.description,
    title: heading(options.message, options.subtitle),
    config: { ...chartConfig(lang), legend: { ...chartConfig(lang).legend, symbolType: 'square' } },
    width: projection.width,
    height: projection.height,
    projection: { type: 'mercator', scale: projection.scale, translate: projection.translate },
    layer: [
      {
        data,
        transform: [lookup, { filter: { field: 'kind', equal: 'context' } }],
        mark: { type: 'geoshape', fill: MAP_COLOR.context, stroke: 'white', strokeWidth: 1, clip: true },
      },
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
              title: options.legendTitle,
              orient: 'top',
              direction: 'horizontal',
              gradientLength: 320,
              gradientThickness: 16,
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
                  legend: { title: null, orient: 'top' as const },
                },
              },
            },
          ]
        : []),
      ...leaderLayers(placed, projection),
      ...textLayers(placed, projection),
      credit,
    ],
    resolve: { scale: { color: 'independent' } },
  } as TopLevelSpec;
}
