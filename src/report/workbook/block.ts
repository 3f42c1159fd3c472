/**
 * One sheet per questionnaire block with results: the block title, a legend, then sections for
 * statements, indices, ladder, themes, choice questions, numbers and comparisons, in that order, each
 * chart of the block to the right of the table it draws. The header row of the first table is
 * frozen and carries the autofilter.
 */
import type { Workbook } from 'exceljs';
import type { RegionResult } from '../../analyse/types.js';
import { legend } from '../labels/workbook.js';
import { BLOCK_SECTIONS, type BlockContent, type BlockSection } from './blocks.js';
import { writeChoices } from './choices.js';
import { writeComparisons } from './comparisons.js';
import type { Context } from './context.js';
import { writeIpa } from './ipa.js';
import { writeLadder } from './ladder.js';
import { writeIndices, writeLikert } from './likert.js';
import { writeNumeric } from './numeric.js';
import type { Placed } from './places.js';
import { SheetWriter, type TableRange } from './sheet.js';

/** Add the sheet of one block under `name`, with `charts` beside their tables. */
export function addBlockSheet(
  wb: Workbook,
  name: string,
  ctx: Context,
  block: BlockContent,
  region: RegionResult,
  charts: readonly Placed<BlockSection>[] = [],
): void {
  const w = new SheetWriter(wb.addWorksheet(name), ctx.formats);
  w.title(`${toBlockTitle(ctx, block)} – ${region.name}`);
  w.note(ctx.t(legend(ctx.minCell)));
  w.skip();
  const ranges = new Map<BlockSection, TableRange | undefined>();
  if (block.likert.length > 0) ranges.set('likert', writeLikert(w, ctx, block.likert));
  if (block.indices.length > 0)
    ranges.set('indices', writeIndices(w, ctx, block.indices, region.indicesBySubregion));
  if (block.ladder.length > 0) ranges.set('ladder', writeLadder(w, ctx, block.ladder));
  if (block.ipa.length > 0) ranges.set('ipa', writeIpa(w, ctx, block.ipa));
  if (block.choices.length > 0) ranges.set('choices', writeChoices(w, ctx, block.choices));
  if (block.numeric.length > 0) ranges.set('numeric', writeNumeric(w, ctx, block.numeric));
  if (block.comparisons.length > 0) ranges.set('comparisons', writeComparisons(w, ctx, block.comparisons));

  const first = [...ranges.values()].find((r) => r !== undefined);
  // Top to bottom, so that a chart taller than its table pushes the next one down.
  const order = (p: Placed<BlockSection>) => BLOCK_SECTIONS.indexOf(p.table);
  for (const { table, chart } of [...charts].sort((a, b) => order(a) - order(b))) {
    const range = ranges.get(table) ?? first;
    // The image's top is level with the section heading above the table.
    if (range) w.beside(range.header - 1, chart.image);
  }
  w.finish({ freezeBelow: first?.header, filter: first });
}

/** "C1 Participatieladder nu + C2 Participatieladder gewenst". */
export function toBlockTitle(ctx: Context, block: BlockContent): string {
  return [block, ...block.also].map((b) => toBlockHeading(b.id, ctx.t(b.title))).join(' + ');
}

/** Letters and digits only, lower case, accents off: what a block id and a title are compared by. */
const key = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/**
 * A block as its sheet and headings name it: "D Randvoorwaarden", its id before its title, or the
 * title alone where it already says the id. A codebook whose ids are words ("stellingen1",
 * "voorwaarden") would otherwise name a sheet "stellingen1 Stellingen 1". A short id (one or two
 * characters: "D", "C1") counts as said only at the title's start, before a space or a colon.
 */
export function toBlockHeading(id: string, title: string): string {
  const k = key(id);
  const t = title.trim();
  const said =
    k.length >= 3
      ? key(t).includes(k)
      : t.toLowerCase().startsWith(id.toLowerCase()) && !/[\p{L}\p{N}]/u.test(t.charAt(id.length));
  return said || k.length === 0 ? t : `${id} ${t}`;
}
