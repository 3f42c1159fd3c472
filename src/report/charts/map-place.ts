/**
 * Placing labels on a map, in px of the plot: the boxes their text fills, the geometry tests
 * between boxes, leader lines and polygons, and the placing used on the country map, where a
 * label goes beside its (small) region on a leader line and never overlaps another.
 */
import { innerPoint, isInside, type Point } from '../geo/index.js';
import { textWidth } from '../render/font-metrics.js';
import { maxOf, minOf } from './extent.js';
import { SIZE } from './theme.js';

/** Line height of label text in px. */
export const LINE = SIZE.text + 3;
const GAP = 4;

/** A rectangle in px of the plot. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const widths = (lines: string[]) => lines.map((l, i) => textWidth(l, SIZE.text, i === 0));

/** A piece of label text: where it starts (left end, vertical middle) in px, bold or not. */
export interface Piece {
  at: Point;
  text: string;
  bold: boolean;
}

/** The box of a label whose lines stand centred on `center`, under each other. */
export function boxAt(center: Point, lines: string[]): Box {
  const w = maxOf(widths(lines)) + 6;
  const h = lines.length * LINE + 2;
  return { x0: center[0] - w / 2, x1: center[0] + w / 2, y0: center[1] - h / 2, y1: center[1] + h / 2 };
}

/** The lines of a label centred on `center`, under each other, the first bold. */
export function centredPieces(center: Point, lines: string[]): Piece[] {
  const ws = widths(lines);
  return lines.map((text, i) => ({
    at: [center[0] - ws[i]! / 2, center[1] + (i - (lines.length - 1) / 2) * LINE],
    text,
    bold: i === 0,
  }));
}

/** Whether segments a–b and c–d cross. */
export function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** Whether segment a–b passes through box `r`. */
export function hitsBox(a: Point, b: Point, r: Box): boolean {
  if (contains(r, a) || contains(r, b)) return true;
  const corners: Point[] = [
    [r.x0, r.y0],
    [r.x1, r.y0],
    [r.x1, r.y1],
    [r.x0, r.y1],
  ];
  return corners.some((c, i) => crosses(a, b, c, corners[(i + 1) % 4]!));
}

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP;
export const contains = (b: Box, p: Point) => p[0] >= b.x0 && p[0] <= b.x1 && p[1] >= b.y0 && p[1] <= b.y1;

/** A label placed: the centre of its lines, and its anchor when it moved off it. */
interface Placed {
  lines: string[];
  center: Point;
  anchor: Point;
  box: Box;
  moved: boolean;
}

/** The roomiest spot of some polygons (in px): its point and its distance to the edge. */
export function anchorOf(polygons: Point[][][]): { point: Point; radius: number } {
  let best = { point: [0, 0] as Point, radius: Number.NEGATIVE_INFINITY };
  for (const rings of polygons) {
    const spot = innerPoint(rings);
    if (spot.radius > best.radius) best = spot;
  }
  return best;
}

/** A label to place: its lines, its anchor in its roomiest polygon, and the polygons it names. */
export interface LabelItem {
  lines: string[];
  anchor: Point;
  radius: number;
  polygons: Point[][][];
}

/** A polygon in px with its bounding box, for quick point-in-polygon tests. */
export interface Shape {
  rings: Point[][];
  box: Box;
}

export function toShape(rings: Point[][]): Shape {
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  return {
    rings,
    box: { x0: minOf(xs), x1: maxOf(xs), y0: minOf(ys), y1: maxOf(ys) },
  };
}

export const inShape = (p: Point, s: Shape) => contains(s.box, p) && isInside(p, s.rings);

/**
 * What a label costs per sample point it covers, and what moving it off its anchor costs before
 * the length of the move in px. The regions of the country map are small, so a label goes beside
 * its region rather than hide it.
 */
const COVER = { own: 25, other: 25, outside: 1, move: 8 } as const;
/** What a leader line costs for each label it runs through or leader it crosses. */
const TANGLE = 120;

/**
 * Place every label, roomiest area first: on its anchor, or at the spot around it (on a leader
 * line) that costs least (see `COVER`). A label never overlaps another, stays inside the
 * plot and, where it can, covers no other anchor.
 */
function placeLabels(items: LabelItem[], size: { width: number; height: number }): Placed[] {
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
export function nearestOnBox(b: Box, p: Point): Point {
  return [Math.max(b.x0, Math.min(b.x1, p[0])), Math.max(b.y0, Math.min(b.y1, p[1]))];
}

/** A label as drawn: its pieces of text (left end, vertical middle), their box, its leader line. */
export interface PlacedLabel {
  pieces: Piece[];
  box: Box;
  /** From the anchor in its area to the label, when the label stands off its area. */
  leader: [Point, Point] | null;
}

/** The labels placed beside their areas (see `placeLabels`), as drawn: lines centred under each other. */
export function placeBeside(items: LabelItem[], size: { width: number; height: number }): PlacedLabel[] {
  return placeLabels(items, size).map((p) => ({
    pieces: centredPieces(p.center, p.lines),
    box: p.box,
    leader: p.moved ? [p.anchor, nearestOnBox(p.box, p.anchor)] : null,
  }));
}
