/**
 * One sheet per questionnaire block with results: the block title, a legend, then sections for
 * statements, indices, ladder, themes, choice questions and comparisons, in that order. The
 * header row of the first table is frozen and carries the autofilter.
 */
import type { Workbook } from 'exceljs';
import type { RegionResult } from '../../analyse/types.js';
import { legend } from '../labels/workbook.js';
import type { BlockContent } from './blocks.js';
import { writeChoices } from './choices.js';
import { writeComparisons } from './comparisons.js';
import type { Context } from './context.js';
import { writeIpa } from './ipa.js';
import { writeLadder } from './ladder.js';
import { writeIndices, writeLikert } from './likert.js';
import { SheetWriter, type TableRange } from './sheet.js';

/** Add the sheet of one block under `name`. */
export function addBlockSheet(
  wb: Workbook,
  name: string,
  ctx: Context,
  block: BlockContent,
  region: RegionResult,
): void {
  const w = new SheetWriter(wb.addWorksheet(name));
  w.title(`${toBlockTitle(ctx, block)} – ${region.name}`);
  w.note(ctx.t(legend(ctx.minCell)));
  w.skip();
  const ranges: (TableRange | undefined)[] = [];
  if (block.likert.length > 0) ranges.push(writeLikert(w, ctx, block.likert));
  if (block.indices.length > 0) ranges.push(writeIndices(w, ctx, block.indices, region.indicesBySubregion));
  if (block.ladder.length > 0) ranges.push(writeLadder(w, ctx, block.ladder));
  if (block.ipa.length > 0) ranges.push(writeIpa(w, ctx, block.ipa));
  if (block.choices.length > 0) ranges.push(writeChoices(w, ctx, block.choices));
  if (block.comparisons.length > 0) ranges.push(writeComparisons(w, ctx, block.comparisons));
  const first = ranges.find((r) => r !== undefined);
  w.finish({ freezeBelow: first?.header, filter: first });
}

/** "C1 Participatieladder nu + C2 Participatieladder gewenst". */
export function toBlockTitle(ctx: Context, block: BlockContent): string {
  return [block, ...block.also].map((b) => `${b.id} ${ctx.t(b.title)}`).join(' + ');
}
