import type { z } from 'zod';
import { About } from '../model/about.js';
import { InputError, IssueList } from './errors.js';
import { atPlace, type Path, readJson } from './json-places.js';

export const aboutMessage = {
  type: (expected: string) => `expected ${TYPES[expected] ?? expected}`,
  date: () => 'expected a date as YYYY-MM-DD, e.g. 2026-09-21',
  text: () => 'expected a text, or { "nl": "…", "en": "…" }',
  unknownField: (allowed: readonly string[]) => `unknown field; expected one of ${allowed.join(', ')}`,
  order: () => 'expected "from" on or before "to"',
};

const TYPES: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list in [ ]',
  object: 'an object in { }',
  record: 'an object in { }',
};

const TEXT_FIELDS = new Set(['commissionedBy', 'conductedBy', 'recruitment', 'limitations']);

/** Parse a project file; throws an `InputError` listing every problem with its line. */
export function parseAbout(text: string, file: string): About {
  const issues = new IssueList(file);
  const read = readJson(text.replace(/^\uFEFF/, ''), issues, 'about_syntax');
  if (!read) throw new InputError(issues.items);
  const problem = (path: Path, message: string) => {
    const place = read.locate(path);
    issues.error('about_field', atPlace(place, message), { line: place.line });
  };
  const result = About.safeParse(read.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problem([...issue.path, key], aboutMessage.unknownField(fieldsAt(issue.path)));
        continue;
      }
      problem(issue.path, expectation(issue));
    }
  } else {
    const periods = [
      { path: ['fieldwork'], fieldwork: result.data.fieldwork },
      ...Object.entries(result.data.regions).map(([name, r]) => ({
        path: ['regions', name, 'fieldwork'],
        fieldwork: r.fieldwork,
      })),
    ];
    for (const { path, fieldwork } of periods)
      if (fieldwork && fieldwork.from > fieldwork.to) problem([...path, 'to'], aboutMessage.order());
  }
  if (!result.success || issues.errorCount > 0)
    throw new InputError([...issues.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return result.data;
}

function expectation(issue: z.core.$ZodIssue): string {
  const field = issue.path.findLast((p) => typeof p === 'string');
  if (field === 'from' || field === 'to') return aboutMessage.date();
  if (typeof field === 'string' && TEXT_FIELDS.has(field) && issue.code !== 'invalid_type')
    return aboutMessage.text();
  if (issue.code === 'invalid_union') return aboutMessage.text();
  if (issue.code === 'invalid_type') return aboutMessage.type(issue.expected);
  return issue.message;
}

/** The fields an object at `path` may have. */
function fieldsAt(path: Path): string[] {
  const fields = Object.keys(About.shape);
  if (path.length === 0) return fields;
  if (path[0] === 'regions') return fields.filter((f) => f !== 'regions' && f !== '$schema');
  if (path.at(-1) === 'fieldwork') return ['from', 'to'];
  return ['nl', 'en'];
}
