/**
 * The rows of an index score chart: the region, each subregion (lagging when its whole interval
 * lies below the region's score) and all regions together.
 */
import type { RegionResult } from '../../analyse/types.js';
import type { Index } from '../../model/codebook.js';
import type { DotRow } from './dots.js';
import { isShown, say, suppressedMark } from './parts.js';
import type { ChartContext } from './types.js';

export function indexRows(region: RegionResult, ctx: ChartContext, index: Index): DotRow[] {
  const total = region.indices.find((i) => i.index === index.id)?.score;
  const subs = region.indicesBySubregion.map((s): DotRow => {
    const e = s.scores.find((x) => x.item === index.id);
    const lagging = isShown(e) && isShown(total) && e.ciHigh !== null && e.ciHigh < total.estimate;
    return { label: s.subregion, e, kind: lagging ? 'lagging' : 'subregion' };
  });
  const national = ctx.national.indices.find((i) => i.index === index.id)?.score;
  return [
    { label: say('regionTotal', ctx.lang, { region: region.name }), e: total, kind: 'region' },
    ...subs,
    { label: say('allRegions', ctx.lang), e: national, kind: 'national' },
  ];
}

/** The lowest lagging subregion, if any. */
export function laggingOf(rows: readonly DotRow[]): DotRow | undefined {
  return rows
    .filter((r) => r.kind === 'lagging')
    .sort((a, b) => (a.e?.estimate ?? 0) - (b.e?.estimate ?? 0))[0];
}

/** "Leiden: 45 (n = 120); …" for a text alternative. */
export function describeRows(rows: readonly DotRow[], ctx: ChartContext, digits: number): string {
  return rows
    .map((r) =>
      isShown(r.e)
        ? say('valueIntervalRow', ctx.lang, {
            label: r.label,
            value: ctx.labels.number(r.e.estimate, digits),
            low: ctx.labels.number(r.e.ciLow ?? r.e.estimate, digits),
            high: ctx.labels.number(r.e.ciHigh ?? r.e.estimate, digits),
            n: ctx.labels.number(r.e.n, 0),
          })
        : `${r.label}: ${suppressedMark(r.e, ctx)}`,
    )
    .join('; ');
}
