/**
 * The layout of a region map on a slide, in px of the plot: the legend in a top corner, the map
 * fitted beside it as large as the plot allows, each municipality named on its own area where its
 * label fits there (see `map-on-area`), else in a label column beside the map (see `map-columns`).
 * Where the columns need room, or a smaller map has much shorter leader lines, the map is smaller.
 */
import { type LonLat, type Point, type Projection, project } from '../geo/index.js';
import { maxOf, minOf } from './extent.js';
import { columnsOf, GAP, outsideOf, ROW, rowsOf } from './map-columns.js';
import { type LabelText, lineWidth, onAreas, piecesFrom } from './map-on-area.js';
import { anchorOf, type Box, hitsBox, LINE, type PlacedLabel, toShape } from './map-place.js';

/** A municipality to name: its name and value, and its polygons (lon/lat). */
export interface RegionItem extends LabelText {
  polygons: LonLat[][][];
}

export interface RegionLayout {
  /** The projection of the whole plot (its `width` and `height` are the plot's). */
  projection: Projection;
  /** The labels, in the order of the items. */
  labels: PlacedLabel[];
  /** The parts of the plot beside the map, left white (neighbours are not drawn there). */
  masks: Box[];
  /** The top left corner of the legend. */
  legend: Point;
}

/** Room around the areas inside the map, in px. */
const MARGIN = 10;
/** What a map drawn smaller than the plot allows costs, in px of leader line per fraction of its largest size. */
const SHRINK = 1500;
/** How often the map is drawn a `STEP` smaller to make room for the columns: down to 69 % of its size. */
const ROUNDS = 9;
const STEP = 0.96;

/**
 * Fit the map of `fitted` (lon/lat) into a plot of `size` beside a legend of `legend` size, and
 * place the labels of `items` on their areas or in the columns beside the map.
 */
export function layoutRegion(
  fitted: LonLat[],
  items: RegionItem[],
  size: { width: number; height: number },
  legend: { width: number; height: number },
): RegionLayout {
  const unit: Projection = { scale: 1, translate: [0, 0], width: 0, height: 0 };
  const units = fitted.map((p) => project(unit, p));
  const unitPolygons = items.map((item) =>
    item.polygons.map((rings) => rings.map((ring) => ring.map((p) => project(unit, p)))),
  );
  // The roomiest spot of an area does not move with the scale.
  const unitAnchors = unitPolygons.map((p) => anchorOf(p).point);
  const [ux0, ux1] = [minOf(units.map((u) => u[0])), maxOf(units.map((u) => u[0]))];
  const [uy0, uy1] = [minOf(units.map((u) => u[1])), maxOf(units.map((u) => u[1]))];
  const [dx, dy] = [Math.max(ux1 - ux0, 1e-9), Math.max(uy1 - uy0, 1e-9)];
  const { width, height } = size;
  const m = MARGIN;
  const largest = Math.min((width - legend.width - GAP - 2 * m) / dx, (height - 2 * m) / dy);
  const attempt = (round: number) => {
    const scale = largest * STEP ** round;
    const mapWidth = scale * dx + 2 * m;
    const top = (height - (scale * dy + 2 * m)) / 2;
    const local = ([x, y]: Point): Point => [m + scale * (x - ux0), top + m + scale * (y - uy0)];
    const polygons = unitPolygons.map((p) => p.map((rings) => rings.map((ring) => ring.map(local))));
    const anchors = unitAnchors.map(local);
    const shapes = polygons.map((p) => p.map(toShape));
    const placed = onAreas(items, shapes, anchors, { width: mapWidth, height });
    // A label that stands partly off its area goes to a column too when that clears a leader.
    const outside = outsideOf(items, anchors, placed, mapWidth);
    const blocking = placed.flatMap((a, k) =>
      a &&
      !a.strict &&
      outside.some((o) => [-GAP, mapWidth + GAP].some((x) => hitsBox(o.anchor, [x, o.anchor[1]], a.box)))
        ? [k]
        : [],
    );
    const variants = [[], ...blocking.map((k) => [k]), ...(blocking.length > 1 ? [blocking] : [])].map(
      (moved) => {
        const kept = placed.map((a, k) => (moved.includes(k) ? null : a));
        const out = outsideOf(items, anchors, kept, mapWidth);
        return { onArea: kept, outside: out, columns: columnsOf(out, mapWidth, size, legend) };
      },
    );
    const shrink = SHRINK * (1 - scale / largest);
    const costOf = (v: (typeof variants)[number]) =>
      v.columns ? v.columns.cost + shrink : Number.POSITIVE_INFINITY;
    const chosen = variants.reduce((a, b) => (costOf(b) < costOf(a) ? b : a));
    return { scale, mapWidth, top, ...chosen, cost: costOf(chosen) };
  };
  // The map as large as it goes, in steps of 4 %, unless a smaller one has shorter leaders.
  let best = attempt(0);
  for (let round = 1; round <= ROUNDS && SHRINK * (1 - STEP ** round) < best.cost; round++) {
    const next = attempt(round);
    if (next.cost < best.cost) best = next;
  }
  {
    const { scale, mapWidth, top, onArea, outside } = best;
    const chosen = best.columns ?? {
      left: outside,
      right: [],
      legend: 'left' as const,
      widths: {
        left: maxOf(
          outside.map((o) => o.width),
          legend.width,
        ),
        right: 0,
      },
    };
    const { widths } = chosen;
    const needed = (widths.left > 0 ? widths.left + GAP : 0) + (widths.right > 0 ? widths.right + GAP : 0);
    const x0 = (widths.left > 0 ? widths.left + GAP : 0) + Math.max(0, width - mapWidth - needed) / 2;
    const x1 = x0 + mapWidth;
    const edges = { left: x0 - GAP, right: x1 + GAP };
    const labels: PlacedLabel[] = items.map(() => ({
      pieces: [],
      box: { x0: 0, y0: 0, x1: 0, y1: 0 },
      leader: null,
    }));
    onArea.forEach((spot, k) => {
      if (!spot) return;
      const [cx, cy] = [spot.center[0] + x0, spot.center[1]];
      const pieces = spot.lines.flatMap((line, i) =>
        piecesFrom(line, cx - lineWidth(line) / 2, cy + (i - (spot.lines.length - 1) / 2) * LINE),
      );
      const box = { x0: spot.box.x0 + x0, x1: spot.box.x1 + x0, y0: spot.box.y0, y1: spot.box.y1 };
      labels[k] = { pieces, box, leader: null };
    });
    for (const side of ['left', 'right'] as const) {
      const edge = edges[side];
      const lo = (side === chosen.legend ? legend.height + GAP : 0) + ROW / 2;
      const column = chosen[side].map((o) => ({ ...o, anchor: [o.anchor[0] + x0, o.anchor[1]] as Point }));
      const ys = rowsOf(column, edge, lo, height - ROW / 2);
      column.forEach((o, i) => {
        const y = ys[i]!;
        const start = side === 'left' ? edge - o.width : edge;
        const box = { x0: start, x1: start + o.width, y0: y - LINE / 2, y1: y + LINE / 2 };
        const end: Point = [side === 'left' ? edge + 4 : edge - 4, y];
        labels[o.k] = { pieces: piecesFrom(o.line, start, y), box, leader: [o.anchor, end] };
      });
    }
    return {
      projection: { scale, translate: [x0 + m - scale * ux0, top + m - scale * uy0], width, height },
      labels,
      masks: [
        { x0: 0, y0: 0, x1: x0, y1: height },
        { x0: x1, y0: 0, x1: width, y1: height },
      ],
      legend: chosen.legend === 'left' ? [0, 0] : [edges.right, 0],
    };
  }
}
