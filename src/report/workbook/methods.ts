/**
 * The methods sheet: how the figures were made, in the run's one list of paragraphs (the HTML
 * prints the same), and how text in cells is guarded; then every input file with its sha256; then
 * the input warnings.
 */
import type { Workbook } from 'exceljs';
import type { ReportContext } from '../context.js';
import { ledger as ledgerText, methods as text, tools } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import type { Context } from './context.js';
import { SheetWriter } from './sheet.js';

const PARAGRAPH_WIDTH = 90;

/** Add the methods sheet under `name`: the run's methods in words, then its inputs and warnings. */
export function addMethodsSheet(wb: Workbook, name: string, ctx: Context, report: ReportContext): void {
  const { inputs, warnings } = report.facts;
  const w = new SheetWriter(wb.addWorksheet(name), ctx.formats);
  w.title(ctx.t(text.title));
  w.skip();
  w.pairs(
    [
      ...report.methodsText.map((p): [string, CellInput] => [p.heading, p.text]),
      [ctx.t(text.text), ctx.t(text.textText)],
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
      ctx.t(tools[f.tool] ?? { nl: f.tool, en: f.tool }),
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
