/**
 * Block-sheet section for comparisons: residents − professionals (the perspective gap) and the
 * region − the rest of the country, with both sides, the difference and its interval, the p-value,
 * the Benjamini–Hochberg q-value and whether the difference counts as significant.
 */
import type { Comparison, Estimate } from '../../analyse/types.js';
import { headers, blocks as text } from '../labels/workbook.js';
import type { CellInput, Format } from './cell.js';
import { type Context, SUPPRESSED, toEstimateCells, toSuppressedNote, toValueCell } from './context.js';
import type { BlockContent } from './blocks.js';
import type { SheetWriter, TableRange } from './sheet.js';

/** Write the comparisons of one block as one table; returns it. */
export function writeComparisons(
  w: SheetWriter,
  ctx: Context,
  comparisons: BlockContent['comparisons'],
): TableRange {
  w.section(ctx.t(text.comparisons));
  const range = w.table(
    [
      { header: ctx.t(text.comparison), wrap: true, maxWidth: 30 },
      { header: ctx.t(headers.question), wrap: true, maxWidth: 50 },
      { header: ctx.t(headers.indicator) },
      { header: ctx.t(text.nA), format: 'int' },
      { header: ctx.t(text.sideA) },
      { header: ctx.t(text.nB), format: 'int' },
      { header: ctx.t(text.sideB) },
      { header: ctx.t(text.difference) },
      { header: ctx.t(headers.ciLow) },
      { header: ctx.t(headers.ciHigh) },
      { header: ctx.t(text.pValue), format: 'p' },
      { header: ctx.t(text.qValue), format: 'p' },
      { header: ctx.t(text.significant) },
      { header: ctx.t(headers.note) },
    ],
    comparisons.map(({ kind, comparison: c }): CellInput[] => {
      const format = formatOf(ctx, c.a);
      const hidden = c.difference.suppressed;
      return [
        ctx.t(kind === 'perspective' ? text.perspective : text.benchmark),
        ctx.itemLabel(c.item),
        measureLabel(ctx, format),
        c.a.n,
        toValueCell(c.a.estimate, c.a.suppressed, format),
        c.b.n,
        toValueCell(c.b.estimate, c.b.suppressed, format),
        ...toEstimateCells(c.difference, format),
        hidden ? SUPPRESSED : toValueCell(c.pValue, false, 'p'),
        hidden ? SUPPRESSED : toValueCell(c.qValue, false, 'p'),
        hidden ? SUPPRESSED : ctx.t(c.significant ? text.yes : text.no),
        toSuppressedNote(ctx, [c.a, c.b, c.difference]),
      ];
    }),
  );
  w.skip();
  return range;
}

/** Shares as %, index scores with one decimal, means with two. */
function formatOf(ctx: Context, e: Estimate): Format {
  if (e.indicator.includes('share')) return 'share';
  return ctx.codebook.indices.some((index) => index.id === e.item) ? 'score' : 'mean';
}

function measureLabel(ctx: Context, format: Format): string {
  if (format === 'share') return ctx.t(headers.shareAgree);
  return format === 'score' ? ctx.t(text.score) : ctx.t(headers.mean);
}
