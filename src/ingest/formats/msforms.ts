/**
 * Microsoft Forms Excel export (export-formats.md §6): one header row
 * `ID, Start time, Completion time, Email, Name, [Total points, Quiz feedback,] Last modified time`
 * (older exports `Id`), then the questions; quizzes add `Points - <Q>` and `Feedback - <Q>` per
 * question. Dates are real Excel date cells (read as ISO text); a CSV re-saved by en-US Excel
 * writes `7/27/26 19:06:23`.
 *
 * *Unverified assumption:* multi-select answers are the option labels joined by `;` with a
 * trailing `;` (`A;B;`); widely reported, but no public export file was found.
 */
import type { RawTable } from '../read/table.js';
import { cleanHeading, hasHeadings, headingKey, headingOf, metaIndices, toNormalized } from './headings.js';
import type { ExportFormat, Layout, NormalizedTable } from './types.js';

const META = new Set(
  [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'Last modified time',
    'Total points',
    'Quiz feedback',
  ].map((h) => h.toLowerCase()),
);

export const msforms: ExportFormat = {
  tool: 'msforms',
  detect(rows) {
    return hasHeadings(rows[0], [['ID', 'Id'], ['Start time'], ['Completion time']])
      ? { tool: 'msforms', layout: 'one header row (ID, Start time, Completion time)', headerRows: 1 }
      : null;
  },
  normalize(table: RawTable, layout: Layout): NormalizedTable {
    const headers = (table.records[0]?.cells ?? []).map(cleanHeading);
    return toNormalized(
      table,
      layout,
      headers,
      headers.map(() => []),
      {
        metaColumns: metaIndices(headers, (h) => META.has(headingKey(h)) || /^(Points|Feedback) - /.test(h)),
        respondentId: headingOf(headers, ['ID', 'Id']),
        timestamp: headingOf(headers, ['Completion time']),
        multiSeparator: ';',
        dateOrder: 'mdy',
      },
    );
  },
};
