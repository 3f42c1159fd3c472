/**
 * Problems found in the input are collected, never thrown one at a time: validation gathers all of
 * them and the stage throws one `InputError` carrying the list (STYLE.md point 7).
 */
import type { Issue } from '../model/survey.js';

export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`${errors.length} problem(s) in the input`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** Where in a file a problem is. */
export type Place = Partial<Pick<Issue, 'row' | 'line' | 'column' | 'value'>>;

/** An `InputError` of one problem with `file` (at a place in it, when `at` says where). */
export function fileError(file: string, code: string, message: string, at: Place = {}): InputError {
  return new InputError([
    { severity: 'error', code, file, row: null, line: null, column: null, value: null, ...at, message },
  ]);
}

/** Collects issues for one file; `row`/`line`/`column` locate the problem. */
export class IssueList {
  readonly items: Issue[] = [];
  constructor(readonly file: string) {}

  error(code: string, message: string, at: Place = {}): void {
    this.add('error', code, message, at);
  }

  warn(code: string, message: string, at: Place = {}): void {
    this.add('warning', code, message, at);
  }

  private add(severity: Issue['severity'], code: string, message: string, at: Place): void {
    this.items.push({
      severity,
      code,
      file: this.file,
      row: null,
      line: null,
      column: null,
      value: null,
      ...at,
      message,
    });
  }

  get errorCount(): number {
    return this.items.reduce((n, i) => n + (i.severity === 'error' ? 1 : 0), 0);
  }
}

/** `✖ message` then `→ file row 42 (line 44), column D3: "value"`, as zod's prettifyError prints. */
export function formatIssue(issue: Issue): string {
  const mark = issue.severity === 'error' ? '✖' : '⚠';
  const place = [issue.file];
  if (issue.row !== null)
    place.push(
      `row ${issue.row}${issue.line !== null && issue.line !== issue.row ? ` (line ${issue.line})` : ''}`,
    );
  else if (issue.line !== null) place.push(`line ${issue.line}`);
  // A codebook's problems are located by their path in it (region.level), not by a column.
  const at = issue.code.startsWith('codebook_') || issue.code === 'limit_options' ? 'field' : 'column';
  const where = place.join(' ') + (issue.column !== null ? `, ${at} ${issue.column}` : '');
  const value = issue.value !== null ? `: ${JSON.stringify(issue.value)}` : '';
  return `${mark} ${issue.message}\n  → ${where}${value}`;
}

/** Count issues per code, errors first: the summary line under a list of problems. */
export function summariseIssues(
  issues: readonly Issue[],
): { code: string; severity: Issue['severity']; count: number }[] {
  const counts = new Map<string, { code: string; severity: Issue['severity']; count: number }>();
  for (const issue of issues) {
    const key = `${issue.severity}:${issue.code}`;
    const entry = counts.get(key) ?? { code: issue.code, severity: issue.severity, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) =>
    a.severity === b.severity ? a.code.localeCompare(b.code) : a.severity === 'error' ? -1 : 1,
  );
}
