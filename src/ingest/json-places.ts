/**
 * A small JSON file read for people who edit it by hand (a session file, a project file): every
 * syntax error becomes an issue naming its line and what was expected there, and every part of
 * the value can be found again by its path, so a schema problem names its line too.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { IssueList } from './errors.js';

/** A path into the data: field names and list indices. */
export type Path = readonly PropertyKey[];

/** Where a part of the file is: its line, and how a message names it. */
export interface Place {
  line: number;
  what: string;
}

/** A file read: its data, and the place of any part of it. */
export interface Read {
  data: unknown;
  locate: (path: Path) => Place;
}

/** A problem at a place: `what — problem` (the line is the issue's own, printed beside it). */
export const atPlace = (place: Place, problem: string): string => `${place.what} — ${problem}`;

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a value, "," or a closing bracket',
  InvalidNumberFormat: 'a number',
  PropertyNameExpected: 'a field name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: '":" after the field name',
  CommaExpected: '"," between two items',
  CloseBraceExpected: '"}"',
  CloseBracketExpected: '"]"',
  EndOfFileExpected: 'the end of the file after the last "}"',
  InvalidCommentToken: 'no comments (JSON has none; use "$comment")',
  UnexpectedEndOfComment: 'the comment to be closed',
  UnexpectedEndOfString: 'a closing double quote on the same line',
  UnexpectedEndOfNumber: 'a number',
  InvalidUnicode: 'a \\u escape of 4 hex digits',
  InvalidEscapeCharacter: 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after "\\"',
  InvalidCharacter: 'no line break or tab inside a string (write \\n or \\t)',
};

/** The expectation of a JSON syntax error, e.g. `expected "," between two items`. */
export const jsonExpected = (error: string): string => `expected ${error}`;

/**
 * Read `text` as strict JSON. Syntax errors are added to `issues` under `code`, one per line,
 * and the answer is null; else the data and a way to find the line of any of its parts.
 */
export function readJson(text: string, issues: IssueList, code: string): Read | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOf(starts, offset);
  const lines = new Set<number>();
  for (const e of errors) {
    const line = lineAt(e.offset);
    if (lines.has(line)) continue;
    lines.add(line);
    const trailing = /^[\]}]/.test(text.slice(e.offset)) && /,\s*$/.test(text.slice(0, e.offset));
    const expected = trailing
      ? 'no "," before the closing bracket'
      : JSON_ERRORS[printParseErrorCode(e.error)];
    issues.error(code, atPlace({ line, what: 'not valid JSON' }, jsonExpected(expected ?? 'valid JSON')), {
      line,
    });
  }
  if (errors.length > 0 || !root) return null;
  const locate = (path: Path): Place => {
    const at = path.map((p) => (typeof p === 'number' ? p : String(p)));
    for (let n = at.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, at.slice(0, n));
      if (!node) continue;
      const where = node.parent?.type === 'property' ? node.parent : node;
      const what =
        n === at.length ? `${pathName(at)} is ${snippet(text, node)}` : `${pathName(at)} is missing`;
      return { line: lineAt(where.offset), what };
    }
    return { line: 1, what: `${pathName(at)} is missing` };
  };
  return { data: JSON.parse(text) as unknown, locate };
}

/** The offset where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of `offset` (binary search over the line starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A path as a reader writes it: `themes[0].recognised`. */
export function pathName(path: Path): string {
  if (path.length === 0) return 'the file';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function snippet(text: string, node: Node): string {
  const s = text.slice(node.offset, node.offset + node.length).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
