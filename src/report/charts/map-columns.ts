/**
 * The label columns beside a region map, in px: the labels that do not stand on their area, one
 * line each, the areas furthest left in the left column and the others in the right one, the
 * legend on top of either, each column in the order of its areas from top to bottom so that the
 * leader lines do not cross.
 */
import type { Point } from '../geo/index.js';
import { maxOf } from './extent.js';
import { type LabelText, type Line, lineWidth, type OnArea } from './map-on-area.js';
import { crosses, hitsBox } from './map-place.js';
import { SIZE } from './theme.js';

/** Space between the map and a column, in px. */
export const GAP = 14;
/** Distance between the lines of a label column, in px. */
export const ROW = SIZE.text + 6;
/** What a leader through a label on the map costs, in px of leader line. */
const THROUGH = 400;

/** A label that goes to a column: the item's index, its anchor and its one line. */
export interface Outside {
  k: number;
  anchor: Point;
  line: Line;
  width: number;
  /** What its leader costs to the left and to the right column (see `outsideOf`). */
  cost: { left: number; right: number };
}

export type Side = 'left' | 'right';

/** Which labels go to which column, and on which side the legend stands. */
export interface Columns {
  left: Outside[];
  right: Outside[];
  legend: Side;
  widths: { left: number; right: number };
}

/** The labels not on their area, each with what its leader costs to either column. */
export function outsideOf(
  items: LabelText[],
  anchors: Point[],
  placed: (OnArea | null)[],
  mapWidth: number,
): Outside[] {
  const boxes = placed.flatMap((a) => (a ? [a.box] : []));
  return items.flatMap((item, k) => {
    if (placed[k]) return [];
    const anchor = anchors[k]!;
    const line: Line = [
      { text: item.name, bold: true },
      { text: item.value, bold: false },
    ];
    // A leader costs its length, five times where it runs across more than half the map, and
    // much more for each label on the map it runs through.
    const cost = (run: number, x: number) =>
      run +
      4 * Math.max(0, run - mapWidth / 2) +
      THROUGH * boxes.filter((b) => hitsBox(anchor, [x, anchor[1]], b)).length;
    return [
      {
        k,
        anchor,
        line,
        width: lineWidth(line),
        cost: { left: cost(anchor[0], -GAP), right: cost(mapWidth - anchor[0], mapWidth + GAP) },
      },
    ];
  });
}

/**
 * The cheapest way to put the labels `outside` into columns beside a map `mapWidth` wide: those
 * of the areas furthest left in the left column, the others in the right one, the legend on top
 * of either; null when no way leaves the map its width.
 */
export function columnsOf(
  outside: Outside[],
  mapWidth: number,
  size: { width: number; height: number },
  legend: { width: number; height: number },
): (Columns & { cost: number }) | null {
  const byX = [...outside].sort((a, b) => a.anchor[0] - b.anchor[0]);
  const rows = (withLegend: boolean) =>
    Math.floor((size.height - (withLegend ? legend.height + GAP : 0)) / ROW);
  let best: (Columns & { cost: number }) | null = null;
  for (const side of ['left', 'right'] as const)
    for (let split = 0; split <= byX.length; split++) {
      const left = byX.slice(0, split);
      const right = byX.slice(split);
      if (left.length > rows(side === 'left') || right.length > rows(side === 'right')) continue;
      const widthOf = (column: Outside[], s: Side) =>
        maxOf(
          column.map((o) => o.width),
          Math.max(s === side ? legend.width : 0, 0),
        );
      const widths = { left: widthOf(left, 'left'), right: widthOf(right, 'right') };
      const needed = (widths.left > 0 ? widths.left + GAP : 0) + (widths.right > 0 ? widths.right + GAP : 0);
      if (mapWidth + needed > size.width) continue;
      // Rows under the legend: a label of an area higher up goes down to them.
      const under = (o: Outside) => Math.max(0, legend.height + GAP + ROW / 2 - o.anchor[1]);
      const cost =
        left.reduce((sum, o) => sum + o.cost.left + (side === 'left' ? under(o) : 0), 0) +
        right.reduce((sum, o) => sum + o.cost.right + (side === 'right' ? under(o) : 0), 0);
      if (!best || cost < best.cost) best = { left, right, legend: side, widths, cost };
    }
  return best;
}

/** The row centres of a column, leaders uncrossed: two that cross swap rows. */
export function rowsOf(column: Outside[], edge: number, lo: number, hi: number): number[] {
  column.sort((a, b) => a.anchor[1] - b.anchor[1]);
  const ys = spread(
    column.map((o) => o.anchor[1]),
    lo,
    hi,
    ROW,
  );
  for (let pass = 0; pass < column.length; pass++) {
    let swapped = false;
    for (let i = 0; i < column.length; i++)
      for (let j = i + 1; j < column.length; j++) {
        const [a, b] = [column[i]!, column[j]!];
        if (crosses(a.anchor, [edge, ys[i]!], b.anchor, [edge, ys[j]!])) {
          [ys[i], ys[j]] = [ys[j]!, ys[i]!];
          swapped = true;
        }
      }
    if (!swapped) break;
  }
  return ys;
}

/**
 * Centres for rows wanted at `wanted` (sorted, top to bottom), at least `step` apart within
 * [lo, hi], each as near to where it is wanted as it can be (least squares, pooled blocks).
 */
export function spread(wanted: number[], lo: number, hi: number, step: number): number[] {
  const pitch = wanted.length > 1 ? Math.min(step, (hi - lo) / (wanted.length - 1)) : step;
  const blocks: { start: number; n: number; sum: number; top: number }[] = [];
  const topOf = (sum: number, n: number) => Math.max(lo, Math.min(hi - (n - 1) * pitch, sum / n));
  wanted.forEach((y, i) => {
    let block = { start: i, n: 1, sum: y, top: topOf(y, 1) };
    for (let prev = blocks.at(-1); prev && prev.top + prev.n * pitch > block.top; prev = blocks.at(-1)) {
      blocks.pop();
      const sum = prev.sum + block.sum - block.n * prev.n * pitch;
      const n = prev.n + block.n;
      block = { start: prev.start, n, sum, top: topOf(sum, n) };
    }
    blocks.push(block);
  });
  return blocks.flatMap((b) => Array.from({ length: b.n }, (_, k) => b.top + k * pitch));
}
