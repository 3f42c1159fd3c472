/**
 * The response accounting sheet: the region's input rows with their status and reason (the columns
 * of respondents.csv, headers and words in the run's language; the CSV keeps the codes) from A1,
 * and beside it the counts per file and reason over the whole run (from analyse), so that a reader
 * can check rows read = included + Σ excluded. A region of more than `LEDGER_ROWS_SHOWN` rows (a
 * national run's can have hundreds of thousands) lists its excluded rows only, the ones a reader
 * checks, at most `LEDGER_ROWS_SHOWN` of them: the first rows of a long list of included ones
 * would say nothing the counts do not. respondents.csv beside the workbook has every row.
 */
import type { Workbook } from 'exceljs';
import type { Accounting } from '../../analyse/types.js';
import type { ExclusionReason, LedgerRow } from '../../model/survey.js';
import { ledgerCut, ledgerExcludedOnly, rowStatus, ledger as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import type { Context } from './context.js';
import { SheetWriter } from './sheet.js';

const REASONS: ExclusionReason[] = ['incomplete', 'duplicate', 'outside_regions', 'no_answers', 'invalid'];

/** Rows listed on the sheet at most: a region with more lists its excluded rows only. */
export const LEDGER_ROWS_SHOWN = 10_000;

export interface LedgerSheetInput {
  /** The region's rows, in input order. */
  rows: Iterable<LedgerRow>;
  /** How many rows the region has. */
  total: number;
  /** The rows of each input file of the run, and of the whole run. */
  byFile: readonly { file: string; accounting: Accounting }[];
  run: Accounting;
}

/** Add the accounting sheet under `name`: the region's rows, and the counts per file of the whole run. */
export function addLedgerSheet(wb: Workbook, name: string, ctx: Context, input: LedgerSheetInput): void {
  const total = input.total;
  const every = total <= LEDGER_ROWS_SHOWN;
  const shown: LedgerRow[] = [];
  let excluded = 0;
  for (const r of input.rows) {
    if (every) shown.push(r);
    else if (r.status !== 'included' && excluded++ < LEDGER_ROWS_SHOWN) shown.push(r);
  }
  const ws = wb.addWorksheet(name);
  const w = new SheetWriter(ws, ctx.formats);
  const range = w.table(
    [
      { header: ctx.t(text.file) },
      { header: ctx.t(text.row), format: 'int' },
      { header: ctx.t(text.respondentId) },
      { header: ctx.t(text.status) },
      { header: ctx.t(text.reason) },
    ],
    shown.map((r): CellInput[] => [
      r.file,
      r.row,
      r.respondentId,
      ctx.t(rowStatus[r.status]),
      r.reason === '' ? null : ctx.t(rowStatus[r.reason]),
    ]),
  );
  if (!every)
    w.note(
      ctx.t(
        excluded > shown.length
          ? ledgerCut(shown.length, excluded, total)
          : ledgerExcludedOnly(excluded, total),
      ),
    );

  // The summary sits to the right of the ledger, one empty column apart.
  const summary = new SheetWriter(ws, ctx.formats, 7);
  summary.table(
    [
      { header: ctx.t(text.file), maxWidth: 40 },
      { header: ctx.t(text.rows), format: 'int' },
      { header: ctx.t(text.included), format: 'int' },
      ...REASONS.map((reason) => ({ header: toHeading(ctx.t(rowStatus[reason])), format: 'int' as const })),
    ],
    [...input.byFile, { file: null, accounting: input.run }].map(({ file, accounting: a }) => [
      file === null ? ctx.t(text.total) : file,
      a.rows,
      a.included,
      ...REASONS.map((reason) => a.excluded.find((e) => e.reason === reason)?.count ?? 0),
    ]),
  );
  summary.note(ctx.t(text.scope));
  summary.fitColumns();
  w.finish({ freezeBelow: range.header, filter: range });
}

/** A reason as a column heading: "dubbel ingevuld" → "Dubbel ingevuld". */
function toHeading(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
