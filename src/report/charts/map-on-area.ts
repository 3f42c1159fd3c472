/**
 * A label on its own area of a region map, in px: name over value (the name in two lines when it
 * is long), or both on one line, at the spot nearest the roomiest point of the area where it fits
 * inside the area; else, compact, where it stands mostly on the area and otherwise outside the
 * region, covering no other area or label.
 */
import type { Point } from '../geo/index.js';
import { textWidth } from '../render/font-metrics.js';
import { maxOf } from './extent.js';
import { type Box, inShape, LINE, overlaps, type Piece, type Shape } from './map-place.js';
import { SIZE } from './theme.js';

/** The text of a municipality's label: its name (bold) and its value. */
export interface LabelText {
  name: string;
  value: string;
}

/**
 * Room beside a label on its area, in px; above and below its lines may reach the border by 1 px
 * (the ink of a line is lower than the line, and the white halo keeps it apart from the border).
 */
const PAD = 2;

/** A run of text on a line of a label, bold or not; the runs of a line are a space apart. */
export type Run = { text: string; bold: boolean };
export type Line = Run[];

const SPACE_WIDTH = textWidth(' ', SIZE.text);
const runWidth = (r: Run) => textWidth(r.text, SIZE.text, r.bold);
export const lineWidth = (line: Line) =>
  line.reduce((sum, r) => sum + runWidth(r), 0) + SPACE_WIDTH * Math.max(0, line.length - 1);

/** The runs of `line` starting at `x`, on the vertical middle `y`. */
export function piecesFrom(line: Line, x: number, y: number): Piece[] {
  let at = x;
  return line.map((r) => {
    const piece = { at: [at, y] as Point, text: r.text, bold: r.bold };
    at += runWidth(r) + SPACE_WIDTH;
    return piece;
  });
}

/** The box of `lines` centred on `center`, with room beside them. */
function boxOf(lines: Line[], center: Point): Box {
  const w = maxOf(lines.map(lineWidth)) + 2 * PAD;
  const h = lines.length * LINE - 2;
  return { x0: center[0] - w / 2, x1: center[0] + w / 2, y0: center[1] - h / 2, y1: center[1] + h / 2 };
}

/** Whether `box` lies inside the polygons `shapes`: its corners, sides and middle in them, no edge through it. */
function fitsIn(box: Box, shapes: Shape[]): boolean {
  if (
    !shapes.some((s) => box.x0 >= s.box.x0 && box.x1 <= s.box.x1 && box.y0 >= s.box.y0 && box.y1 <= s.box.y1)
  )
    return false;
  return (
    samples(box, 3).every((p) => shapes.some((s) => inShape(p, s))) &&
    !shapes.some((s) => s.rings.some((ring) => ring.some((p) => within(box, p))))
  );
}

/**
 * Whether `box` stands mostly on its own area `shapes` (its middle and at least 7 in 10 of its
 * points) and otherwise outside the region: on none of the `others` areas, whose corners stay
 * out of it too, and on none of the labels placed already (`taken`).
 */
function fitsOn(box: Box, shapes: Shape[], others: Shape[], taken: Box[]): boolean {
  const middle: Point = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  if (!shapes.some((s) => inShape(middle, s)) || taken.some((b) => overlaps(b, box))) return false;
  const points = samples(box, 5);
  if (points.some((p) => others.some((s) => inShape(p, s)))) return false;
  if (points.filter((p) => shapes.some((s) => inShape(p, s))).length < 0.7 * points.length) return false;
  return !others.some(
    (s) => overlaps(s.box, box) && s.rings.some((ring) => ring.some((p) => within(box, p))),
  );
}

/** Points across `box`: `across` columns by 3 rows, on its edges and between. */
function samples(box: Box, across: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < across; i++)
    for (const fy of [0, 0.5, 1])
      points.push([box.x0 + (i / (across - 1)) * (box.x1 - box.x0), box.y0 + fy * (box.y1 - box.y0)]);
  return points;
}

const within = (box: Box, p: Point) => p[0] > box.x0 && p[0] < box.x1 && p[1] > box.y0 && p[1] < box.y1;

/** A name in two lines, broken at the space or hyphen nearest its middle; null for one word. */
function twoLines(name: string): [string, string] | null {
  const breaks = [...name.matchAll(/[ -]/g)].map((m) => m.index);
  if (breaks.length === 0) return null;
  const at = breaks.reduce((a, b) => (Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a));
  const cut = name[at] === '-' ? at + 1 : at;
  return [name.slice(0, cut).trim(), name.slice(cut).trim()];
}

/** A label on its area: its lines, their centre and box. */
export interface OnArea {
  lines: Line[];
  center: Point;
  box: Box;
}

/**
 * The spot nearest to `anchor` in its area `shapes`, at most `reach` px from it, where the label
 * `fits`: name over value, the name in two lines over the value, or (`wide`) both on one line;
 * null when none fits anywhere.
 */
function onArea(
  item: LabelText,
  shapes: Shape[],
  anchor: Point,
  fits: (box: Box) => boolean,
  { wide, reach }: { wide: boolean; reach: number },
): OnArea | null {
  const name = (text: string): Line => [{ text, bold: true }];
  const value: Line = [{ text: item.value, bold: false }];
  const split = twoLines(item.name);
  const forms: Line[][] = [
    [name(item.name), value],
    ...(split ? [[name(split[0]), name(split[1]), value]] : []),
    ...(wide ? [[[...name(item.name), ...value]]] : []),
  ];
  const distance = (p: Point) => Math.hypot(p[0] - anchor[0], p[1] - anchor[1]);
  const spots: Point[] = [anchor];
  const step = 4;
  for (const s of shapes)
    for (let x = Math.max(s.box.x0, anchor[0] - reach); x <= Math.min(s.box.x1, anchor[0] + reach); x += step)
      for (
        let y = Math.max(s.box.y0, anchor[1] - reach);
        y <= Math.min(s.box.y1, anchor[1] + reach);
        y += step
      )
        if (distance([x, y]) <= reach && inShape([x, y], s)) spots.push([x, y]);
  spots.sort((a, b) => distance(a) - distance(b));
  for (const lines of forms)
    for (const center of spots) {
      const box = boxOf(lines, center);
      if (fits(box)) return { lines, center, box };
    }
  return null;
}

/**
 * The labels of the map at one scale, in px (x from the map's left edge, y from the plot's top):
 * those that fit inside their area (`strict`), then those that fit mostly on it without covering
 * another area or label.
 */
export function onAreas(
  items: LabelText[],
  shapes: Shape[][],
  anchors: Point[],
  size: { width: number; height: number },
) {
  const placed: ((OnArea & { strict: boolean }) | null)[] = items.map((item, k) => {
    const spot = onArea(item, shapes[k]!, anchors[k]!, (box) => fitsIn(box, shapes[k]!), {
      wide: true,
      reach: Number.POSITIVE_INFINITY,
    });
    return spot && { ...spot, strict: true };
  });
  const inMap = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= size.width - 2 && b.y1 <= size.height - 2;
  items.forEach((item, k) => {
    if (placed[k]) return;
    const others = shapes.filter((_, j) => j !== k).flat();
    const taken = placed.flatMap((a) => (a ? [a.box] : []));
    const fits = (box: Box) => inMap(box) && fitsOn(box, shapes[k]!, others, taken);
    // Standing partly off its area, a label keeps its compact shape, close to its anchor.
    const spot = onArea(item, shapes[k]!, anchors[k]!, fits, { wide: false, reach: 2 * LINE });
    placed[k] = spot && { ...spot, strict: false };
  });
  return placed;
}
