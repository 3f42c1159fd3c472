/**
 * Greedy placement of point labels in a scatter plot: each label goes to the first of eight
 * positions around its point (right, left, above, below, then the diagonals, then the same
 * further out) that stays inside the plot and clear of other labels, points and obstacles.
 * Vega-Lite has no label placement of its own; this runs on pixel positions we compute anyway.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** Point centre in px. */
  x: number;
  y: number;
  /** Point radius in px. */
  r: number;
  /** Label size in px. */
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function candidates(p: LabelRequest, gap: number): Box[] {
  const { x, y, r, width: w, height: h } = p;
  const d = r + gap;
  const at = (left: number, top: number): Box => ({ x: left, y: top, width: w, height: h });
  return [
    at(x + d, y - h / 2),
    at(x - d - w, y - h / 2),
    at(x - w / 2, y - d - h),
    at(x - w / 2, y + d),
    at(x + d * 0.7, y - d * 0.7 - h),
    at(x + d * 0.7, y + d * 0.7),
    at(x - d * 0.7 - w, y - d * 0.7 - h),
    at(x - d * 0.7 - w, y + d * 0.7),
  ];
}

/**
 * Top-left corners (px) for the labels of `points`, in their order (place the most important
 * first). `bounds` is the plot area; `obstacles` are boxes no label should cover.
 */
export function placeLabels(points: LabelRequest[], bounds: Box, obstacles: Box[] = []): Box[] {
  const dots = points.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
  const placed: Box[] = [];
  for (const p of points) {
    let best: Box | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const box of [...candidates(p, 6), ...candidates(p, 26)]) {
      const outside =
        Math.max(0, bounds.x - box.x) +
        Math.max(0, box.x + box.width - (bounds.x + bounds.width)) +
        Math.max(0, bounds.y - box.y) +
        Math.max(0, box.y + box.height - (bounds.y + bounds.height));
      const cost =
        outside * 1000 +
        [...placed, ...obstacles, ...dots].reduce((sum, other) => sum + overlap(box, other), 0);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    placed.push(best as Box);
  }
  return placed;
}
