/**
 * ingest: export files + codebook + regions → `Survey`.
 *
 *   bytes ─ read (decode, delimiter, CSV/XLSX) ─ formats (detect tool, normalise headers)
 *         ─ plan (codebook question → columns) ─ rows (parse, account, build columns) → Survey
 *
 * Every problem is collected with its place; if any is an error, one `InputError` carries them all.
 * Every input row ends up in the ledger, included or excluded with its reason.
 */
import type { Issue, Survey } from '../model/survey.js';
import { InputError, IssueList } from './errors.js';
import type { IngestInput, IngestOptions } from './input.js';
import { readInput } from './input.js';
import { message } from './messages.js';
import { SurveyState } from './state.js';

export { parseCodebook, parseCodebookData } from './codebook.js';
export { formatIssue, InputError, summariseIssues } from './errors.js';
export type { IngestInput, IngestOptions } from './input.js';
export { parsePopulation, parseRegions, regionTableFromCodebook } from './regions.js';
export { OPEN_TEXTS_PER_REGION } from './state.js';

/** Read and check every input; the survey, or an `InputError` listing every problem. */
export async function ingest(inputs: readonly IngestInput[], options: IngestOptions): Promise<Survey> {
  const { survey, issues } = await readSurvey(inputs, options);
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return survey;
}

/** Like `ingest`, but returns the problems instead of throwing (for `regioscan validate`). */
export async function readSurvey(
  inputs: readonly IngestInput[],
  options: IngestOptions,
): Promise<{ survey: Survey; issues: Issue[] }> {
  const state = new SurveyState(options.codebook, options.regions);
  const issues: Issue[] = [];
  // A file that stopped part-way (a limit, a damaged file) leaves rows that no file accounts for.
  let stopped = false;
  for (const input of inputs) {
    const list = new IssueList(input.file);
    try {
      const info = await readInput(input, state, list, options.onProgress, options.limits, options);
      if (info) state.inputs.push(info);
    } catch (error) {
      stopped = true;
      if (error instanceof InputError) for (const issue of error.issues) list.items.push(issue);
      else list.error('unreadable', message.fileUnreadable(describeReadError(error)));
    }
    // One by one: a spread of 100,000 issues would overflow the call stack.
    for (const issue of list.items) issues.push(issue);
  }
  const survey = state.finish(issues);
  if (!stopped) assertAccounted(survey);
  if (survey.size === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({
      severity: 'error',
      code: 'no_respondents',
      file: inputs.map((i) => i.file).join(', '),
      row: null,
      line: null,
      column: null,
      value: null,
      message: message.noRespondents(),
    });
  }
  return { survey, issues };
}

/** A read failure in words: a file-system fault by its code, with the path; else the error's message. */
function describeReadError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EISDIR') return `${e.path ?? 'it'} is a folder, expected a file`;
  if (e?.code === 'ENOENT') return `${e.path ?? 'it'} does not exist`;
  if (e?.code === 'EACCES' || e?.code === 'EPERM')
    return `permission denied (${e.code}) for ${e.path ?? 'it'}`;
  return e instanceof Error ? e.message : String(error);
}

/**
 * The ledger gate (reliability.md §4): every row read is in the ledger, and the ledger's included
 * rows are exactly the survey's respondents. A mismatch is a bug, never a data problem.
 */
function assertAccounted(survey: Survey): void {
  const read = survey.inputs.reduce((n, i) => n + i.rows, 0);
  const included = survey.inputs.reduce((n, i) => n + i.included, 0);
  const ledgerIncluded = survey.ledger.counts().get('included') ?? 0;
  if (read !== survey.ledger.length || included !== survey.size || ledgerIncluded !== survey.size) {
    throw new Error(
      `row accounting does not add up: ${read} rows read, ${survey.ledger.length} in the ledger, ` +
        `${included} included per file, ${ledgerIncluded} in the ledger, ${survey.size} in the survey`,
    );
  }
}
