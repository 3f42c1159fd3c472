/** Recognise the survey tool of a file: the first format whose `detect` matches wins. */
import type { RawRecord, RawTable } from '../read/table.js';
import { generic } from './generic.js';
import { googleforms } from './googleforms.js';
import { limesurvey } from './limesurvey.js';
import { msforms } from './msforms.js';
import { qualtrics } from './qualtrics.js';
import { surveymonkey } from './surveymonkey.js';
import type { ExportFormat, NormalizedTable } from './types.js';

/**
 * Tool-specific formats first, the generic one-header-row layout last. Qualtrics and SurveyMonkey
 * come first because their extra header rows are unmistakable; LimeSurvey's fallback looks at data
 * values, so it runs after every format that is recognised by headings alone would have fired.
 */
export const formats: readonly ExportFormat[] = [
  qualtrics,
  surveymonkey,
  msforms,
  googleforms,
  limesurvey,
  generic,
];

/** Detect the tool and layout of a raw table and normalise it. */
/**
 * The table that the first records of a streamed CSV make (tool, layout, headers, and those of
 * the records that are data); the rest of the file's records follow it as they are read.
 */
export function normalizeHead(file: string, records: RawRecord[]): NormalizedTable {
  return normalizeTable({ file, records, encoding: '', delimiter: null, blankRecords: 0, notes: [] });
}

export function normalizeTable(table: RawTable): NormalizedTable {
  const head = table.records.slice(0, 5).map((r) => r.cells);
  for (const format of formats) {
    const layout = format.detect(head);
    if (layout) return format.normalize(table, layout);
  }
  return generic.normalize(table, { tool: 'generic', layout: 'one header row', headerRows: 1 });
}
