/**
 * The response accounting sheet: the region's input rows with their status and reason (the columns
 * of respondents.csv) from A1, at most `LEDGER_ROWS_SHOWN` of them, and beside it the counts per
 * file and reason over the whole run, so that a reader can check rows read = included + Σ excluded.
 */
import type { Workbook } from 'exceljs';
import type { ExclusionReason, LedgerRow } from '../../model/survey.js';
import { ledgerCut, ledger as text } from '../labels/workbook.js';
import type { CellInput } from './cell.js';
import type { Context } from './context.js';
import { SheetWriter } from './sheet.js';

const REASONS: ExclusionReason[] = ['incomplete', 'duplicate', 'outside_regions', 'no_answers', 'invalid'];

/** Rows listed on the sheet at most; a national run's region can have hundreds of thousands. */
export const LEDGER_ROWS_SHOWN = 10_000;

/** Add the accounting sheet under `name`: the rows of `region`, and the counts of the whole `ledger`. */
export function addLedgerSheet(
  wb: Workbook,
  name: string,
  ctx: Context,
  ledger: Iterable<LedgerRow>,
  region: string,
): void {
  const shown: LedgerRow[] = [];
  let total = 0;
  for (const r of ledger) {
    if (r.region !== region) continue;
    total++;
    if (shown.length < LEDGER_ROWS_SHOWN) shown.push(r);
  }
  const ws = wb.addWorksheet(name);
  const w = new SheetWriter(ws);
  const range = w.table(
    ['file', 'row', 'respondent_id', 'status', 'reason'].map((header) => ({
      header,
      ...(header === 'row' ? { format: 'int' as const } : {}),
    })),
    shown.map((r): CellInput[] => [r.file, r.row, r.respondentId, r.status, r.reason]),
  );
  if (total > shown.length) w.note(ctx.t(ledgerCut(shown.length, total)));

  // The summary sits to the right of the ledger, one empty column apart.
  const summary = new SheetWriter(ws, 7);
  summary.table(
    [
      { header: ctx.t(text.file), maxWidth: 40 },
      { header: ctx.t(text.rows), format: 'int' },
      { header: ctx.t(text.included), format: 'int' },
      ...REASONS.map((reason) => ({ header: ctx.t(text[reason]), format: 'int' as const })),
    ],
    toCounts(ledger).map(({ file, rows, included, excluded }) => [
      file === null ? ctx.t(text.total) : file,
      rows,
      included,
      ...REASONS.map((reason) => excluded.get(reason) ?? 0),
    ]),
  );
  summary.note(ctx.t(text.scope));
  summary.fitColumns();
  w.finish({ freezeBelow: range.header, filter: range });
}

interface Counts {
  /** File name, or null for the total row. */
  file: string | null;
  rows: number;
  included: number;
  excluded: Map<ExclusionReason, number>;
}

/** Counts per file in order of first appearance, then the total. */
export function toCounts(ledger: Iterable<LedgerRow>): Counts[] {
  const files = new Map<string, Counts>();
  const total: Counts = { file: null, rows: 0, included: 0, excluded: new Map() };
  for (const r of ledger) {
    let counts = files.get(r.file);
    if (!counts) {
      counts = { file: r.file, rows: 0, included: 0, excluded: new Map() };
      files.set(r.file, counts);
    }
    for (const c of [counts, total]) {
      c.rows++;
      if (r.status === 'included') c.included++;
      else if (r.reason !== '') c.excluded.set(r.reason, (c.excluded.get(r.reason) ?? 0) + 1);
    }
  }
  return [...files.values(), total];
}
