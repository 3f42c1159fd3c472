/**
 * Block-sheet section for numeric questions (a number of years, hours, people): the mean with its
 * 95% t-interval and the median, per question.
 */
import type { NumericResult } from '../../analyse/types.js';
import { headers, blocks as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, toEstimateCells, toNCell, toSuppressedNote, toValueCell } from './context.js';
import { type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

/** Write the numeric questions of one block as one table; returns it. */
export function writeNumeric(w: SheetWriter, ctx: Context, questions: NumericResult[]): TableRange {
  const rows: CellInput[][] = questions.map((r) => [
    r.item,
    ctx.questionText(r.item),
    toNCell(r.mean),
    ...toEstimateCells(r.mean, 'decimal1'),
    toValueCell(r.median.estimate, r.median.suppressed, 'decimal1'),
    toSuppressedNote(ctx, [r.mean, r.median]),
  ]);
  w.section(ctx.t(text.numeric));
  const range = w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(headers.question), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(headers.mean), format: 'decimal1' },
      { header: ctx.t(headers.ciLow), format: 'decimal1' },
      { header: ctx.t(headers.ciHigh), format: 'decimal1' },
      { header: ctx.t(text.median), format: 'decimal1' },
      { header: ctx.t(headers.note), wrap: true, maxWidth: 40 },
    ],
    rows,
  );
  w.skip();
  return range;
}
