/**
 * Google Forms CSV (export-formats.md §5): one header row, first column `Timestamp`, then optional
 * `Email Address` and (quizzes) `Score`, then the question titles as headings.
 *
 * Two routes, told apart by how the first response's timestamp is written:
 * - the linked Sheet → "Download CSV" (verified): `8/20/2014 15:33:45` in the Sheet's locale,
 *   checkbox answers joined by `, `; the all-empty second row is skipped as a blank record;
 * - Forms → "Download responses (.csv)": `2017/05/02 12:11:03 PM GMT+2`, checkbox answers joined
 *   by `;` (partly verified: GeckoRobotics/gecko-sustainability data and GravityKit/GravityView
 *   PR 1359, no export file seen).
 */
import type { RawTable } from '../read/table.js';
import { cleanHeading, findHeading, headingKey, metaIndices, toNormalized } from './headings.js';
import type { ExportFormat, Layout, NormalizedTable } from './types.js';

/**
 * `Timestamp` (verified) and its Dutch, German and Spanish names (*unverified*: the names the
 * Sheets UI shows in those languages, taken from the brief, not from an export file).
 */
const TIMESTAMP = ['Timestamp', 'Tijdstempel', 'Zeitstempel', 'Marca temporal'];
const EMAIL = ['Email Address', 'Email address', 'E-mailadres'];
const SCORE = ['Score'];

const SHEETS = 'Sheets download';
const DIRECT = 'Forms download (.csv)';
const DIRECT_TIMESTAMP = /^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}:\d{2} [AP]M GMT[+-]\d{1,2}(?::?\d{2})?$/;

export const googleforms: ExportFormat = {
  tool: 'googleforms',
  detect(rows) {
    const [first, data] = rows;
    if (!first || findHeading([first[0] ?? ''], TIMESTAMP) !== 0) return null;
    const direct = DIRECT_TIMESTAMP.test((data?.[0] ?? '').trim());
    return { tool: 'googleforms', layout: direct ? DIRECT : SHEETS, headerRows: 1 };
  },
  normalize(table: RawTable, layout: Layout): NormalizedTable {
    const headers = (table.records[0]?.cells ?? []).map(cleanHeading);
    const email = new Set(EMAIL.map(headingKey));
    const score = new Set(SCORE.map(headingKey));
    // Forms puts the collected e-mail address second and a quiz score after it; a question with the
    // same title further on stays a question.
    const isMeta = (h: string, i: number) =>
      i === 0 || (i === 1 && email.has(headingKey(h))) || (i <= 2 && score.has(headingKey(h)));
    return toNormalized(
      table,
      layout,
      headers,
      headers.map(() => []),
      {
        metaColumns: metaIndices(headers, isMeta),
        timestamp: headers[0],
        multiSeparator: layout.layout === DIRECT ? ';' : ', ',
        // The Sheet writes its locale's order; en-US sheets (the default) write month first.
        dateOrder: 'mdy',
      },
    );
  },
};
