/**
 * Block-sheet section for single, multiple-choice and ranking questions: the share choosing
 * each option (for a ranking: the share putting it in their top k) with its Wilson interval.
 */
import type { ChoiceResult } from '../../analyse/types.js';
import { headers, rankNote, blocks as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import { type Context, joinNotes, toEstimateCells, toNCell, toSuppressedNote } from './context.js';
import { type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

/** Write the choice questions of one block as one table; returns it. */
export function writeChoices(w: SheetWriter, ctx: Context, questions: ChoiceResult[]): TableRange {
  const rows: CellInput[][] = [];
  for (const r of questions) {
    const q = ctx.question(r.item);
    const rank = q?.type === 'rank' ? ctx.t(rankNote(q.columns.length)) : null;
    r.shares.forEach((e, i) => {
      rows.push([
        r.item,
        i === 0 ? ctx.questionText(r.item) : null,
        ctx.optionLabel(r.item, e.category),
        toNCell(e),
        ...toEstimateCells(e, 'share'),
        joinNotes(i === 0 ? rank : null, toSuppressedNote(ctx, [e])),
      ]);
    });
  }
  w.section(ctx.t(text.choices));
  const range = w.table(
    [
      { header: ctx.t(headers.id) },
      { header: ctx.t(headers.question), wrap: true, maxWidth: TEXT_WIDTH },
      { header: ctx.t(headers.option), wrap: true, maxWidth: 40 },
      { header: ctx.t(headers.n), format: 'int' },
      { header: ctx.t(headers.share), format: 'share' },
      { header: ctx.t(headers.ciLow), format: 'share' },
      { header: ctx.t(headers.ciHigh), format: 'share' },
      { header: ctx.t(headers.note), wrap: true, maxWidth: 40 },
    ],
    rows,
  );
  w.skip();
  return range;
}
