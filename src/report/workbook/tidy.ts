/**
 * The tidy sheet: the region's estimates with exactly the columns of indicators.csv, one row per
 * estimate, starting in A1 so that R (readxl), pandas or Power Query read it as one table with the
 * CSV's column names, the same in every language. Each header carries a note saying in the run's
 * language what the column means (A1's also says why the names are the CSV's); labels, TRUE/FALSE
 * (shown ja/nee in Dutch) and p-values read in the run's language, codes stay codes. Numbers are
 * numbers; like the CSV (README), a suppressed row leaves n, estimate, interval and n_other empty
 * (a "–" would turn the whole column into text) and says `suppressed` = TRUE.
 */
import type { Workbook } from 'exceljs';
import type { Estimate } from '../../analyse/types.js';
import { tidyColumns, tidyNote } from '../labels/workbook.js';
import { INDICATOR_COLUMNS, type TidyCell, toTidyRow } from '../tidy.js';
import { type CellInput, type Format, writeNote } from './cell.js';
import type { Context } from './context.js';
import { SheetWriter } from './sheet.js';

/** The columns of indicators.csv, in order (one list for the CSV and this sheet). */
export const TIDY_COLUMNS = INDICATOR_COLUMNS;

type TidyColumn = (typeof TIDY_COLUMNS)[number];

/** Display formats only: the stored numbers keep their full precision. */
const TIDY_FORMATS: Partial<Record<TidyColumn, Format>> = {
  n: 'int',
  n_other: 'int',
  estimate: 'decimal3',
  ci_low: 'decimal3',
  ci_high: 'decimal3',
  p_value: 'p',
  q_value: 'p',
  n_eff: 'decimal1',
};

/** A whole number among the estimates (a count of respondents) shows without decimals. */
function toTidyCell(value: TidyCell, column: TidyColumn | undefined): CellInput {
  const estimate = column === 'estimate' || column === 'ci_low' || column === 'ci_high';
  return estimate && typeof value === 'number' && Number.isInteger(value) ? { value, format: 'int' } : value;
}

/** Add the tidy sheet under `name`: header in row 1, frozen, with an autofilter. */
export function addTidySheet(wb: Workbook, name: string, table: readonly Estimate[], ctx: Context): void {
  const ws = wb.addWorksheet(name);
  const w = new SheetWriter(ws, ctx.formats);
  const range = w.table(
    TIDY_COLUMNS.map((header) => ({ header, format: TIDY_FORMATS[header], maxWidth: 40 })),
    table.map((e) => toTidyRow(e, ctx).map((value, i) => toTidyCell(value, TIDY_COLUMNS[i]))),
  );
  TIDY_COLUMNS.forEach((column, i) => {
    const meaning = ctx.t(tidyColumns[column]);
    writeNote(
      ws.getCell(range.header, range.column + i),
      i === 0 ? `${meaning}\n\n${ctx.t(tidyNote)}` : meaning,
    );
  });
  w.finish({ freezeBelow: range.header, filter: range });
}
