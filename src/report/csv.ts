/**
 * Tidy CSV output (indicators.csv, respondents.csv): UTF-8, comma-separated, RFC 4180 quoting,
 * LF line ends. Text that a spreadsheet would run as a formula gets a leading `'` (OWASP ASVS 1.2.10).
 */
import type { Estimate } from '../analyse/types.js';
import type { LedgerRow } from '../model/survey.js';
import type { Labeller } from './labels/labeller.js';
import { INDICATOR_COLUMNS, toTidyRow } from './tidy.js';

type Cell = string | number | boolean | null | undefined;

/** A text cell made safe: formula triggers prefixed with `'`, quoted when needed. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

/** Rows to CSV text with a header line. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header.map(csvText).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

/** indicators.csv, piece by piece (a header, then 10,000 rows a piece): one row per estimate. */
export function* toIndicatorsCsv(rows: readonly Estimate[], labels: Labeller): Generator<string> {
  yield `${INDICATOR_COLUMNS.join(',')}\n`;
  for (let start = 0; start < rows.length; start += 10_000) {
    const lines = rows.slice(start, start + 10_000).map((e) => toTidyRow(e, labels).map(csvCell).join(','));
    yield `${lines.join('\n')}\n`;
  }
}

const RESPONDENT_COLUMNS = ['file', 'row', 'respondent_id', 'status', 'reason'];

/**
 * respondents.csv, piece by piece (a header, then 10,000 rows a piece): a national run's million
 * rows are written without ever being one string.
 */
export function* respondentsCsv(rows: Iterable<LedgerRow>): Generator<string> {
  yield `${RESPONDENT_COLUMNS.join(',')}\n`;
  let lines: string[] = [];
  for (const r of rows) {
    lines.push([r.file, r.row, r.respondentId, r.status, r.reason].map(csvCell).join(','));
    if (lines.length === 10_000) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
