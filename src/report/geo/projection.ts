/**
 * The Mercator projection of the maps, fitted in TypeScript so that the chart knows where each
 * municipality lands in pixels (to place labels) and Vega draws it the same way: Vega-Lite gets
 * the fitted `scale` and `translate` of d3's `geoMercator` (x = tx + k·λ, y = ty − k·ln tan(π/4 + φ/2),
 * λ and φ in radians), never a fit of its own.
 */
import type { LonLat } from './topology.js';

/** A fitted Mercator projection and the plot size it was fitted to, in px. */
export interface Projection {
  /** d3 scale: px per radian of longitude. */
  scale: number;
  translate: [number, number];
  width: number;
  height: number;
}

/** A pixel position [x, y] on the plot. */
export type Point = [number, number];

const RAD = Math.PI / 180;

function raw([lon, lat]: LonLat): Point {
  return [lon * RAD, Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/** Pixel position of a lon/lat position. */
export function project(p: Projection, position: LonLat): Point {
  const [x, y] = raw(position);
  return [p.translate[0] + p.scale * x, p.translate[1] - p.scale * y];
}

/** Lon/lat position of a pixel position (the inverse of `project`). */
export function invert(p: Projection, [x, y]: Point): LonLat {
  const lon = (x - p.translate[0]) / p.scale / RAD;
  const lat = (2 * Math.atan(Math.exp((p.translate[1] - y) / p.scale)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

export interface FitOptions {
  /** Plot width in px; the map is centred in it. */
  width: number;
  /** Largest plot height in px; a tall area is narrowed to fit. */
  maxHeight: number;
  /** Smallest plot height in px; a wide area is centred in it. */
  minHeight: number;
  /** Free space around the area, in px. */
  margin: number;
}

/** The projection that fits every position of `positions` into the plot, as large as it goes. */
export function fitMercator(positions: readonly LonLat[], options: FitOptions): Projection {
  const raws = positions.map(raw);
  const [x0, x1, y0, y1] = bounds(raws);
  const inner = options.width - 2 * options.margin;
  const scale = Math.min(
    inner / Math.max(x1 - x0, 1e-9),
    (options.maxHeight - 2 * options.margin) / Math.max(y1 - y0, 1e-9),
  );
  const height = Math.min(
    options.maxHeight,
    Math.max(options.minHeight, Math.ceil((y1 - y0) * scale + 2 * options.margin)),
  );
  return {
    scale,
    translate: [options.width / 2 - (scale * (x0 + x1)) / 2, height / 2 + (scale * (y0 + y1)) / 2],
    width: options.width,
    height,
  };
}

/** Whether `point` lies inside the polygon `rings` (even–odd rule, holes excluded). */
export function isInside(point: Point, rings: readonly (readonly Point[])[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi)
        odd = !odd;
    }
  }
  return odd;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from `point` to the polygon's edge, negative outside. */
function edgeDistance(point: Point, rings: readonly (readonly Point[])[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      best = Math.min(best, segmentDistance(point, ring[j]!, ring[i]!));
  return isInside(point, rings) ? best : -best;
}

/**
 * The point inside a polygon farthest from its edge (the pole of inaccessibility, found on a grid
 * refined three times) and that distance: where a label sits best, even in a crescent-shaped area.
 */
export function innerPoint(rings: readonly (readonly Point[])[]): { point: Point; radius: number } {
  const outer = rings[0] ?? [];
  let [x0, x1, y0, y1] = bounds(outer);
  let best: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
  let radius = edgeDistance(best, rings);
  const steps = 16;
  for (let round = 0; round < 4; round++) {
    const [w, h] = [(x1 - x0) / steps, (y1 - y0) / steps];
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const candidate: Point = [x0 + i * w, y0 + j * h];
        const d = edgeDistance(candidate, rings);
        if (d > radius) [best, radius] = [candidate, d];
      }
    }
    [x0, x1, y0, y1] = [best[0] - 2 * w, best[0] + 2 * w, best[1] - 2 * h, best[1] + 2 * h];
  }
  return { point: best, radius };
}

/** Smallest and largest x and y of `points` by a loop (a map has too many for `Math.min(...xs)`). */
function bounds(points: readonly (readonly [number, number])[]): [number, number, number, number] {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return [x0, x1, y0, y1];
}
