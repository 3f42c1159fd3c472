/**
 * The tidy sheet: the region's estimates with exactly the columns of indicators.csv, one row per
 * estimate, starting in A1 so that R (readxl), pandas or Power Query read it as one table.
 * Numbers are numbers; like the CSV (README), a suppressed row leaves n, estimate, interval and
 * n_other empty (a "–" would turn the whole column into text) and says `suppressed` = TRUE.
 */
import type { Workbook } from 'exceljs';
import type { Estimate } from '../../analyse/types.js';
import type { Labeller } from '../labels/labeller.js';
import { INDICATOR_COLUMNS, toTidyRow } from '../tidy.js';
import type { Format } from './cell.js';
import { SheetWriter } from './sheet.js';

/** The columns of indicators.csv, in order (one list for the CSV and this sheet). */
export const TIDY_COLUMNS = INDICATOR_COLUMNS;

/** Display formats only: the stored numbers keep their full precision. */
const TIDY_FORMATS: Partial<Record<(typeof TIDY_COLUMNS)[number], Format>> = {
  n: 'int',
  n_other: 'int',
  estimate: 'decimal3',
  ci_low: 'decimal3',
  ci_high: 'decimal3',
  p_value: 'p',
  q_value: 'p',
};

/** Add the tidy sheet under `name`: header in row 1, frozen, with an autofilter. */
export function addTidySheet(wb: Workbook, name: string, table: readonly Estimate[], labels: Labeller): void {
  const w = new SheetWriter(wb.addWorksheet(name));
  const range = w.table(
    TIDY_COLUMNS.map((header) => ({ header, format: TIDY_FORMATS[header] })),
    table.map((e) => toTidyRow(e, labels)),
  );
  w.finish({ freezeBelow: range.header, filter: range });
}
