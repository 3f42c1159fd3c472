/**
 * The methods sheet: how the figures were made, in plain words (missing answers, intervals,
 * indices and alpha, ladder, opportunities, small-cell suppression, comparisons, weighting), then
 * provenance: version, date and every input file with its sha256; then the input warnings.
 */
import type { Workbook } from 'exceljs';
import type { Indicators } from '../../analyse/types.js';
import {
  comparisonsText,
  intervalsText,
  ledger as ledgerText,
  provenanceText,
  suppressionText,
  methods as text,
  weightingText,
} from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import type { Context } from './context.js';
import { SheetWriter } from './sheet.js';

const PARAGRAPH_WIDTH = 90;

/** Add the methods sheet under `name`. */
export function addMethodsSheet(
  wb: Workbook,
  name: string,
  ctx: Context,
  input: { indicators: Indicators; generatedAt: Date; version: string },
): void {
  const { methods, inputs, warnings } = input.indicators;
  const w = new SheetWriter(wb.addWorksheet(name));
  w.title(ctx.t(text.title));
  w.skip();
  const date = input.generatedAt.toISOString().slice(0, 10);
  w.pairs(
    [
      [ctx.t(text.missing), ctx.t(text.missingText)],
      [ctx.t(text.intervals), ctx.t(intervalsText(methods.weighted))],
      [ctx.t(text.indices), ctx.t(text.indicesText)],
      [ctx.t(text.ladder), ctx.t(text.ladderText)],
      [ctx.t(text.ipa), ctx.t(text.ipaText)],
      [ctx.t(text.suppression), ctx.t(suppressionText(methods.minCell, methods.minCount))],
      [ctx.t(text.comparisons), ctx.t(comparisonsText(methods.fdrQ, methods.minComparisonN))],
      [ctx.t(text.weighting), ctx.t(weightingText(methods.weighted))],
      [ctx.t(text.text), ctx.t(text.textText)],
      [ctx.t(text.provenance), ctx.t(provenanceText(input.version, date))],
    ],
    { wrap: true, maxWidth: PARAGRAPH_WIDTH },
  );
  w.skip();

  w.section(ctx.t(text.inputs));
  w.table(
    [
      { header: ctx.t(ledgerText.file), wrap: true, maxWidth: 30 },
      { header: 'sha256', maxWidth: PARAGRAPH_WIDTH },
      { header: ctx.t(text.bytes), format: 'thousands' },
      { header: ctx.t(text.encoding) },
      { header: ctx.t(text.delimiter) },
      { header: ctx.t(text.tool) },
      { header: ctx.t(text.layout) },
      { header: ctx.t(ledgerText.rows), format: 'int' },
      { header: ctx.t(ledgerText.included), format: 'int' },
    ],
    inputs.map((f): CellInput[] => [
      f.file,
      f.sha256,
      f.bytes,
      f.encoding,
      toDelimiterName(f.delimiter),
      f.tool,
      f.layout,
      f.rows,
      f.included,
    ]),
  );
  w.skip();

  if (warnings.length > 0) {
    w.section(ctx.t(text.warnings));
    w.table(
      [
        { header: ctx.t(ledgerText.file), wrap: true, maxWidth: 30 },
        { header: ctx.t(text.message), wrap: true, maxWidth: PARAGRAPH_WIDTH },
        { header: ctx.t(text.row), format: 'int' },
        { header: ctx.t(text.column) },
        { header: ctx.t(text.code) },
      ],
      warnings.map((issue): CellInput[] => [issue.file, issue.message, issue.row, issue.column, issue.code]),
    );
  }
  w.finish({ freezeBelow: 1 });
}

/** A delimiter as a reader can see it: TAB, ";", ",", or empty for XLSX input. */
function toDelimiterName(delimiter: string | null): string | null {
  if (delimiter === null) return null;
  return delimiter === '\t' ? 'TAB' : delimiter;
}
