/**
 * Block-sheet sections for comparisons: residents − professionals (the perspective gap) and the
 * region − the rest of the country, each as its own table with both sides, the difference and
 * its interval, the p-value, the Benjamini–Hochberg q-value and whether it counts as significant.
 */
import type { Comparison, Estimate } from '../../analyse/types.js';
import type { Text } from '../labels/index.js';
import { headers, blocks as text } from '../labels/workbook.js';
import type { BlockContent } from './blocks.js';
import type { CellInput, Format } from './cell.js';
import {
  type Context,
  SUPPRESSED,
  toEstimateCells,
  toNCell,
  toSuppressedNote,
  toValueCell,
} from './context.js';
import { type SheetWriter, type TableRange, TEXT_WIDTH } from './sheet.js';

const KINDS = {
  perspective: { title: text.perspective, a: text.residents, b: text.professionals },
  benchmark: { title: text.benchmark, a: text.region, b: text.rest },
} satisfies Record<string, { title: Text; a: Text; b: Text }>;

/** Write the comparisons of one block, one table per kind; returns the first table. */
export function writeComparisons(
  w: SheetWriter,
  ctx: Context,
  comparisons: BlockContent['comparisons'],
): TableRange | undefined {
  let first: TableRange | undefined;
  for (const kind of ['perspective', 'benchmark'] as const) {
    const rows = comparisons.filter((c) => c.kind === kind).map((c) => c.comparison);
    if (rows.length === 0) continue;
    const labels = KINDS[kind];
    const a = ctx.t(labels.a);
    const b = ctx.t(labels.b);
    w.section(ctx.t(labels.title));
    const range = w.table(
      [
        { header: ctx.t(headers.id) },
        { header: ctx.t(headers.question), wrap: true, maxWidth: TEXT_WIDTH },
        { header: ctx.t(headers.indicator) },
        { header: `${ctx.t(headers.n)} ${a.toLowerCase()}`, format: 'int' },
        { header: a, format: 'mean' },
        { header: `${ctx.t(headers.n)} ${b.toLowerCase()}`, format: 'int' },
        { header: b, format: 'mean' },
        { header: ctx.t(text.difference), format: 'mean' },
        { header: ctx.t(headers.ciLow), format: 'mean' },
        { header: ctx.t(headers.ciHigh), format: 'mean' },
        { header: ctx.t(text.pValue), format: 'p' },
        { header: ctx.t(text.qValue), format: 'p' },
        { header: ctx.t(text.significant), format: 'text' },
        { header: ctx.t(headers.note) },
      ],
      rows.map((c) => toRow(ctx, c)),
    );
    first ??= range;
    w.skip();
  }
  return first;
}

function toRow(ctx: Context, c: Comparison): CellInput[] {
  const format = formatOf(ctx, c.a);
  const hidden = c.difference.suppressed;
  return [
    c.item,
    ctx.itemLabel(c.item),
    measureLabel(ctx, format),
    toNCell(c.a),
    toValueCell(c.a.estimate, c.a.suppressed, format),
    toNCell(c.b),
    toValueCell(c.b.estimate, c.b.suppressed, format),
    ...toEstimateCells(c.difference, format),
    hidden ? SUPPRESSED : toValueCell(c.pValue, false, 'p'),
    hidden ? SUPPRESSED : toValueCell(c.qValue, false, 'p'),
    hidden ? SUPPRESSED : ctx.t(c.significant ? text.yes : text.no),
    toSuppressedNote(ctx, [c.a, c.b, c.difference]),
  ];
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
