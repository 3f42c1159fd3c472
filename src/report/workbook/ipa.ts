/**
 * Block-sheet section for importance vs performance: per theme the mean importance, mean
 * performance and their paired gap, each with a 95% interval, and the quadrant.
 */
import type { IpaResult } from '../../analyse/types.js';
import { headers, quadrants, blocks as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, SUPPRESSED, toEstimateCells, toNCell, toSuppressedNote } from './context.js';
import { type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

/** Write the themes of one block; returns the table. */
export function writeIpa(w: SheetWriter, ctx: Context, themes: IpaResult[]): TableRange {
  w.section(ctx.t(text.ipa));
  const range = w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(text.theme), wrap: true, maxWidth: TEXT_WIDTH },
      { header: `${ctx.t(headers.n)} ${ctx.t(text.importance).toLowerCase()}`, format: 'int' },
      { header: ctx.t(text.importance), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: `${ctx.t(headers.n)} ${ctx.t(text.performance).toLowerCase()}`, format: 'int' },
      { header: ctx.t(text.performance), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(text.gap), format: 'mean' },
      { header: ctx.t(headers.ciLow), format: 'mean' },
      { header: ctx.t(headers.ciHigh), format: 'mean' },
      { header: ctx.t(text.quadrant) },
      { header: ctx.t(headers.note) },
    ],
    themes.map((r): CellInput[] => [
      r.theme,
      ctx.themeLabel(r.theme),
      toNCell(r.importance),
      ...toEstimateCells(r.importance, 'mean'),
      toNCell(r.performance),
      ...toEstimateCells(r.performance, 'mean'),
      ...toEstimateCells(r.gap, 'mean'),
      r.quadrant === null ? (r.gap.suppressed ? SUPPRESSED : null) : ctx.t(quadrants[r.quadrant]),
      toSuppressedNote(ctx, [r.importance, r.performance, r.gap]),
    ]),
  );
  w.skip();
  return range;
}
