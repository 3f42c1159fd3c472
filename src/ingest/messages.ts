/**
 * Every ingest message, as functions: the text users read when their input has a problem.
 * Errors are terse; warnings say what was seen, why it matters and how to fix or silence it.
 * Tests assert against these functions, not against copied strings.
 */
export const message = {
  fileUnreadable: (reason: string) => `cannot read the file: ${reason}`,
  emptyFile: () => 'the file is empty: expected a header row and at least one response',
  noDataRows: () => 'the file has a header but no responses',
  unknownSheet: () => 'the workbook has no worksheet with data',
  decodedAsWindows1252: () =>
    'the file is not valid UTF-8, so it was read as Windows-1252 (Excel "CSV" on Windows). ' +
    'Check that letters such as ë and é look right; save the export as "CSV UTF-8" to silence this.',
  invalidUtf8: (offset: number) =>
    `the file is UTF-8 but has bytes that are not, somewhere after byte ${offset}; they were replaced by "\uFFFD". ` +
    'Check the rows around it, or save the export again as "CSV UTF-8".',
  nonBreakingSpaces: (count: number) =>
    `replaced ${count} non-breaking space(s) by ordinary spaces (Excel and SurveyMonkey write them), ` +
    'so answers match their options; nothing else changed.',
  nulBytes: (count: number) =>
    `removed ${count} NUL byte(s), which some survey tools leave in exports; the values around them were kept.`,
  unclosedQuote: (column: string, lines: number) =>
    `the value in column ${column} opens with a quote " that is never closed, so the rest of the file ` +
    `(${lines} more line(s)) was read as that one value: expected a closing quote "; ` +
    'write a quote that is part of the text as "" inside a quoted value',
  invalidQuote: (column: string | null) =>
    `a quote " inside the quoted value${column === null ? '' : ` of column ${column}`} is not doubled: ` +
    'expected "" for a quote in the text, or a delimiter or line end right after the closing quote',
  mergedRows: (column: string, lines: number, looksLikeRows: number) =>
    `the value in column ${column} runs over ${lines} lines, and ${looksLikeRows} of them split into exactly ` +
    'the fields of a whole row: a stray quote seems to have merged rows into this value, which was not read. ' +
    'Close the quote where the value ends, or write a quote that is part of the text as ""',
  mixedDelimiters: (count: number, other: string, chosen: string, firstLine: number) =>
    `${count} row(s) are written with ${delimiterName(other)} where the header uses ${delimiterName(chosen)} ` +
    `(the first at line ${firstLine}); they were not read. Save the export again with one delimiter`,
  shortRow: (found: number, expected: number) =>
    `the row has ${found} cell(s) where the header has ${expected}; it was not read: check for a line break outside quotes, or a missing delimiter`,
  recordCountMismatch: (parsed: number, counted: number) =>
    `the parser produced ${parsed} record(s) but the file holds ${counted}: rows were lost or merged while reading. ` +
    'This is a bug in regioscan; please report it with the file (rerun with --debug)',
  duplicateHeader: (name: string) => `the heading "${name}" occurs more than once; the first column is used`,
  forbiddenHeader: (name: string) => `the heading "${name}" is not allowed as a column name`,
  raggedRow: (found: number, expected: number) =>
    `the row has ${found} cells where the header has ${expected}; check for an unquoted delimiter or line break`,
  missingColumn: (question: string, column: string, closest: readonly string[]) =>
    `column "${column}" of question ${question} is not in the export` +
    (closest.length > 0 ? `; closest headings: ${closest.map((c) => `"${c}"`).join(', ')}` : ''),
  missingMetaColumn: (what: string, column: string, closest: readonly string[]) =>
    `the ${what} column "${column}" is not in the export` +
    (closest.length > 0 ? `; closest headings: ${closest.map((c) => `"${c}"`).join(', ')}` : ''),
  notAnOption: (expected: readonly string[]) =>
    `not one of the answer options; expected one of ${summariseList(expected)}`,
  notANumber: () => 'not a number; expected digits, with a decimal point or comma',
  weightIsQuestion: (column: string, question: string) =>
    `column ${column} holds the weights and is also the column of question ${question}, so the weights ` +
    'are reported as its answers too; remove that question from the codebook if they are not answers.',
  invalidWeight: () =>
    'not a weight; expected a number of 0 or more (decimal point or comma), on every complete response',
  outOfRange: (min: number | undefined, max: number | undefined) =>
    `outside the valid range ${min ?? '−∞'} to ${max ?? '∞'}`,
  notATick: () =>
    'not a tick; expected an empty cell (not chosen) or 1, Y, Ja, Yes or the option label (chosen)',
  unknownRegion: (value: string) =>
    `the place "${value}" is not in the regions file; the response is counted as outside the regions`,
  noRespondents: () => 'no response could be included: every row was excluded (see respondents.csv)',
  codebookInvalid: (detail: string) => `the codebook is not valid:\n${detail}`,
  sessionUnknownRegion: (known: readonly string[]) =>
    `no such region in the run; expected one of ${known.join(', ')}`,
  sessionTwice: (region: string, first: string) =>
    `a second session file for region "${region}"; the first is ${first}. Give one file per region`,
  previousMissing: (code: string) =>
    `the earlier run's indicators.csv cannot be read (${code}); give --previous the output folder of an earlier regioscan run`,
  rakeEmptyCell: (margin: string, cell: string) =>
    `margin ${margin}: category "${cell}" has a population but no respondent, so raking cannot reach it; merge it with a neighbouring category or leave the margin out`,
  rakeNoPopulation: (margin: string, cell: string, respondents: number) =>
    `margin ${margin}: ${respondents} respondent(s) in category "${cell}", which the margins give no population; add its population`,
  rakeNoConvergence: (margin: string, iterations: number, error: number) =>
    `raking did not converge in ${iterations} passes: margin ${margin} is still ${(error * 100).toPrecision(2)}% off; the margins may contradict each other (check their totals and crosses), or use --weight-cap`,
  codebookTodo: (todo: string) =>
    `still to decide (left by regioscan init): ${todo}; edit the codebook and remove the todo`,
  unknownCodebookField: (field: string, closest: string | null, known: readonly string[]) =>
    `unknown field "${field}"${closest ? `; did you mean "${closest}"?` : '.'} ` +
    `The codebook has no such field here, so it would be ignored; expected one of ${known.join(', ')}`,
  codebookReference: (what: string, id: string, where: string) =>
    `${where} refers to ${what} "${id}", which does not exist`,
} as const;

function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tabs' : `"${delimiter}"`;
}

function summariseList(values: readonly string[]): string {
  const shown = values.slice(0, 8).map((v) => `"${v}"`);
  return values.length > 8 ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
}
