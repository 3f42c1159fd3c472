/**
 * Qualtrics CSV/XLSX (export-formats.md §3).
 *
 * - Current: 3 header rows. Row 1 export tags (`StartDate … ResponseId … Q1, Q2_TEXT`), row 2 the
 *   labels in the exporting user's language, row 3 JSON such as `{"ImportId":"QID1"}`.
 *   Header = row 1; aliases = the row-2 text and the ImportId.
 * - Legacy: 2 header rows, row 1 `V1..V10, Q1, …`, row 2 `ResponseID, ResponseSet, …` and the
 *   question texts. Header = the row-2 name for `V` columns, row 1 for the rest; alias = the other row.
 */
import type { RawTable } from '../read/table.js';
import { cleanHeading, findHeading, headingOf, metaIndices, toNormalized } from './headings.js';
import type { ExportFormat, Layout, NormalizedTable, ToolMeta } from './types.js';

const CURRENT = '3 header rows (ImportId)';
const LEGACY = 'legacy 2 header rows (V1…V10)';

/** Row-1 export tags of the metadata columns (legacy files add the `V1..V10` columns). */
const META = new Set(
  [
    'StartDate',
    'EndDate',
    'Status',
    'IPAddress',
    'Progress',
    'Duration (in seconds)',
    'Finished',
    'RecordedDate',
    'ResponseId',
    'RecipientLastName',
    'RecipientFirstName',
    'RecipientEmail',
    'ExternalReference',
    'LocationLatitude',
    'LocationLongitude',
    'LocationAccuracy',
    'DistributionChannel',
    'UserLanguage',
  ].map((h) => h.toLowerCase()),
);

const IMPORT_ID = /^\{\s*"ImportId"\s*:/;

export const qualtrics: ExportFormat = {
  tool: 'qualtrics',
  detect(rows) {
    if (rows.length >= 3 && IMPORT_ID.test((rows[2]?.[0] ?? '').trim()))
      return { tool: 'qualtrics', layout: CURRENT, headerRows: 3 };
    const [first, second] = rows;
    if (
      first &&
      second &&
      cleanHeading(first[0] ?? '') === 'V1' &&
      cleanHeading(first[1] ?? '') === 'V2' &&
      findHeading(second, ['ResponseID']) >= 0
    )
      return { tool: 'qualtrics', layout: LEGACY, headerRows: 2 };
    return null;
  },
  normalize(table: RawTable, layout: Layout): NormalizedTable {
    const [tags = [], labels = [], ids = []] = table.records.slice(0, layout.headerRows).map((r) => r.cells);
    const width = Math.max(tags.length, labels.length);
    const row1 = Array.from({ length: width }, (_, i) => cleanHeading(tags[i] ?? ''));
    const row2 = Array.from({ length: width }, (_, i) => cleanHeading(labels[i] ?? ''));
    let headers: string[];
    let aliases: string[][];
    let meta: (h: string, i: number) => boolean;
    if (layout.layout === LEGACY) {
      const isV = row1.map((h) => /^V\d+$/.test(h));
      headers = row1.map((h, i) => (isV[i] ? row2[i]! : h));
      aliases = row1.map((h, i) => (isV[i] ? [h] : [row2[i]!]));
      meta = (h, i) => isV[i]! || META.has(h.toLowerCase());
    } else {
      headers = row1;
      aliases = row1.map((_, i) => [row2[i]!, importId(ids[i] ?? '')]);
      // Display-order columns (`_DO`), Qualtrics' own `Q_…` fields, Text iQ topic columns.
      meta = (h) => META.has(h.toLowerCase()) || /_DO$/.test(h) || /^Q_[A-Z]/.test(h) || / - Topics$/.test(h);
    }
    return toNormalized(table, layout, headers, aliases, toolMeta(headers, metaIndices(headers, meta)));
  },
};

function toolMeta(headers: readonly string[], metaColumns: number[]): ToolMeta {
  const finished = headingOf(headers, ['Finished']);
  return {
    metaColumns,
    respondentId: headingOf(headers, ['ResponseId', 'ResponseID']),
    // "Numeric values" exports write 1/0, "choice text" exports True/False.
    complete: finished === undefined ? undefined : { column: finished, values: ['1', 'True', 'true'] },
    timestamp: headingOf(headers, ['RecordedDate']) ?? headingOf(headers, ['EndDate']),
    multiSeparator: ',',
    dateOrder: 'dmy',
  };
}

/** The ImportId of a row-3 cell (`{"ImportId":"QID2_TEXT"}` → `QID2_TEXT`), or ''. */
function importId(cell: string): string {
  try {
    const value: unknown = JSON.parse(cell);
    if (value && typeof value === 'object' && 'ImportId' in value && typeof value.ImportId === 'string')
      return value.ImportId;
  } catch {
    // A cell Excel or a user changed: fall back to the pattern.
  }
  return /"ImportId"\s*:\s*"([^"]*)"/.exec(cell)?.[1] ?? '';
}
