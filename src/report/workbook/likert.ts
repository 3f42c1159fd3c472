/**
 * Block-sheet sections for agreement statements and the indices built from them: per item the
 * mean and share agreeing with 95% intervals and the distribution over the options; per index
 * the 0–100 score with Cronbach's alpha, for the region and per subregion.
 */
import type { Estimate, IndexResult, LikertResult, RegionResult } from '../../analyse/types.js';
import { headers, response, blocks as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import {
  type Context,
  joinNotes,
  toEstimateCells,
  toNCell,
  toSuppressedNote,
  toValueCell,
} from './context.js';
import { type Column, type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

/** Write the statements of one block, one table per answer scale; returns the first table. */
export function writeLikert(w: SheetWriter, ctx: Context, items: LikertResult[]): TableRange | undefined {
  const byScale = new Map<string, LikertResult[]>();
  for (const item of items) {
    const q = ctx.question(item.item);
    const scale = q && 'scale' in q ? q.scale : '';
    byScale.set(scale, [...(byScale.get(scale) ?? []), item]);
  }
  let first: TableRange | undefined;
  for (const group of byScale.values()) {
    const codes = distributionCodes(group);
    const firstItem = group[0]?.item ?? '';
    const columns: Column[] = [
      { header: ctx.t(headers.id) },
      { header: ctx.t(headers.question), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(headers.mean), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(headers.shareAgree), format: 'share' },
      { header: ctx.t(headers.ciLow), format: 'share' },
      { header: ctx.t(headers.ciHigh), format: 'share' },
      ...codes.map((code): Column => ({ header: `% ${ctx.optionLabel(firstItem, code)}`, format: 'share' })),
      { header: ctx.t(headers.dontKnow), format: 'int' },
      { header: ctx.t(headers.note) },
    ];
    const rows = group.map((r): CellInput[] => {
      const shares = new Map(r.distribution.map((e) => [e.category, e]));
      return [
        r.item,
        ctx.questionText(r.item),
        toNCell(r.mean),
        ...toEstimateCells(r.mean, 'mean'),
        ...toEstimateCells(r.shareAgree, 'share'),
        ...codes.map((code) => {
          const e = shares.get(code);
          return e ? toValueCell(e.estimate, e.suppressed, 'share') : null;
        }),
        r.dontKnow,
        toSuppressedNote(ctx, [r.mean, r.shareAgree, ...r.distribution]),
      ];
    });
    w.section(ctx.t(text.likert));
    const range = w.table(columns, rows);
    first ??= range;
    w.skip();
  }
  return first;
}

/** Answer codes present in the distributions, in numeric order. */
function distributionCodes(items: LikertResult[]): string[] {
  const codes = new Set(items.flatMap((r) => r.distribution.map((e) => e.category)));
  return [...codes].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

/** Write the indices of one block, and their scores per subregion when there are any. */
export function writeIndices(
  w: SheetWriter,
  ctx: Context,
  indices: IndexResult[],
  bySubregion: RegionResult['indicesBySubregion'],
): TableRange {
  w.section(ctx.t(text.indices));
  const range = w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(text.index), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(text.score), format: 'score' },
      { header: ctx.t(headers.ciLow), format: 'score' },
      { header: ctx.t(headers.ciHigh), format: 'score' },
      { header: ctx.t(text.alpha), format: 'mean' },
      { header: ctx.t(text.alphaN), format: 'int' },
      { header: ctx.t(headers.note) },
    ],
    indices.map((r) => [
      r.index,
      ctx.t(r.label),
      toNCell(r.score),
      ...toEstimateCells(r.score, 'score'),
      r.alpha === null ? null : { value: r.alpha, format: 'mean' },
      r.alphaN,
      joinNotes(toSuppressedNote(ctx, [r.score]), r.alphaLow ? ctx.t(text.alphaLow) : null),
    ]),
  );
  w.skip();
  const ids = new Set(indices.map((r) => r.index));
  const rows: CellInput[][] = [];
  for (const { subregion, scores } of bySubregion) {
    for (const score of scores.filter((e: Estimate) => ids.has(e.item))) {
      rows.push([
        subregion,
        ctx.itemLabel(score.item),
        toNCell(score),
        ...toEstimateCells(score, 'score'),
        toSuppressedNote(ctx, [score]),
      ]);
    }
  }
  if (rows.length > 0) {
    w.section(ctx.t(text.indicesBySubregion));
    w.table(
      [
        { header: ctx.t(response.subregion) },
        { header: ctx.t(text.index), wrap: true, maxWidth: TEXT_WIDTH },
        { header: ctx.t(headers.n), format: 'int' },
        { header: ctx.t(text.score), format: 'score' },
        { header: ctx.t(headers.ciLow), format: 'score' },
        { header: ctx.t(headers.ciHigh), format: 'score' },
        { header: ctx.t(headers.note) },
      ],
      rows,
    );
    w.skip();
  }
  return range;
}
