/**
 * SurveyMonkey CSV/XLSX (export-formats.md §4): 2 header rows. Row 1 holds the metadata names and
 * each question's text in the first column of its block only; row 2 holds `Response` (single
 * choice), `Open-Ended Response` (text), or an option / matrix-row / sub-field label.
 *
 * Header = the question text where row 2 is `Response`/`Open-Ended Response` (or empty), else
 * `Question text [row-2 label]`. The row-2 label alone is no alias: the same labels recur under
 * every question. NUL bytes, `<br>` and non-breaking spaces in headings are cleaned.
 */
import type { RawTable } from '../read/table.js';
import { cleanHeading, hasHeadings, headingKey, headingOf, metaIndices, toNormalized } from './headings.js';
import type { ExportFormat, Layout, NormalizedTable } from './types.js';

/** Current spelling → 2017 spelling (`TheGoodHoustonians/backend@2566bb0:Sheet_1.csv`). */
const SPELLINGS: readonly [string, string][] = [
  ['Respondent ID', 'RespondentID'],
  ['Collector ID', 'CollectorID'],
  ['Start Date', 'StartDate'],
  ['End Date', 'EndDate'],
  ['IP Address', 'IP Address'],
  ['Email Address', 'Email Address'],
  ['First Name', 'First Name'],
  ['Last Name', 'LastName'],
  ['Custom Data 1', 'Custom Data'],
];
const META = new Set(SPELLINGS.flat().map((h) => h.toLowerCase()));
const OTHER_SPELLING = new Map(
  SPELLINGS.flatMap(([a, b]) =>
    a === b
      ? []
      : [
          [a.toLowerCase(), b],
          [b.toLowerCase(), a],
        ],
  ),
);
/** Row-2 cells that mean "the question's only answer column". */
const WHOLE = new Set(['response', 'open-ended response']);

export const surveymonkey: ExportFormat = {
  tool: 'surveymonkey',
  detect(rows) {
    const [first] = rows;
    return rows.length >= 2 &&
      hasHeadings(first, [
        ['Respondent ID', 'RespondentID'],
        ['Collector ID', 'CollectorID'],
      ])
      ? { tool: 'surveymonkey', layout: '2 header rows', headerRows: 2 }
      : null;
  },
  normalize(table: RawTable, layout: Layout): NormalizedTable {
    const [top = [], sub = []] = table.records.slice(0, 2).map((r) => r.cells);
    const width = Math.max(top.length, sub.length);
    const headers: string[] = [];
    const aliases: string[][] = [];
    let question = '';
    for (let i = 0; i < width; i++) {
      const text = cleanHeading(top[i] ?? '');
      const label = cleanHeading(sub[i] ?? '');
      if (text !== '') question = text;
      if (META.has(text.toLowerCase())) {
        headers.push(text);
        aliases.push([OTHER_SPELLING.get(text.toLowerCase()) ?? '']);
      } else {
        headers.push(
          label === '' || WHOLE.has(label.toLowerCase())
            ? question
            : question
              ? `${question} [${label}]`
              : label,
        );
        aliases.push([]);
      }
    }
    return toNormalized(table, layout, headers, aliases, {
      metaColumns: metaIndices(headers, (h) => META.has(headingKey(h)) || /^custom data \d+$/i.test(h)),
      respondentId: headingOf(headers, ['Respondent ID', 'RespondentID']),
      timestamp: headingOf(headers, ['End Date', 'EndDate']),
      dateOrder: 'mdy',
    });
  },
};
