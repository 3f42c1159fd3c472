/**
 * Parse and check a codebook: the zod schema first, then the references between its parts
 * (scales, blocks, phases, themes, region and role questions, index items).
 */
import { z } from 'zod';
import { Codebook } from '../model/codebook.js';
import type { Issue } from '../model/survey.js';
import { InputError } from './errors.js';
import { message } from './messages.js';

/** Parse a codebook from JSON text; throws an `InputError` listing every problem. */
export function parseCodebook(json: string, file: string): Codebook {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InputError([
      issue(file, 'codebook_json', `the codebook is not valid JSON: ${(error as Error).message}`),
    ]);
  }
  return parseCodebookData(data, file);
}

/** Check parsed codebook data (JSON, or an XLSForm read into the same shape). */
export function parseCodebookData(data: unknown, file: string): Codebook {
  const result = Codebook.safeParse(data);
  if (!result.success) {
    throw new InputError(
      result.error.issues.map((i) =>
        issue(file, 'codebook_schema', `${i.message}`, i.path.length > 0 ? i.path.join('.') : null),
      ),
    );
  }
  const problems = checkReferences(result.data).map((m) =>
    issue(file, 'codebook_reference', m.message, m.path),
  );
  problems.push(...openTodos(result.data).map((m) => issue(file, 'codebook_todo', m.message, m.path)));
  if (problems.length > 0) throw new InputError(problems);
  return result.data;
}

function issue(file: string, code: string, text: string, column: string | null = null): Issue {
  return { severity: 'error', code, file, row: null, line: null, column, value: null, message: text };
}

/** Decisions `regioscan init` left to the user; a codebook with any of them cannot be run yet. */
export function openTodos(codebook: Codebook): { path: string; message: string }[] {
  return [
    ...codebook.todo.map((t, i) => ({ path: `todo.${i}`, message: message.codebookTodo(t) })),
    ...codebook.questions.flatMap((q, i) =>
      q.todo
        ? [{ path: `questions.${i}`, message: message.codebookTodo(`question ${q.id}: ${q.todo}`) }]
        : [],
    ),
  ];
}

/** Every reference inside a codebook that points at nothing. */
export function checkReferences(codebook: Codebook): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const scales = new Set(codebook.scales.map((s) => s.id));
  const blocks = new Set(codebook.blocks.map((b) => b.id));
  const phases = new Set(codebook.phases.map((p) => p.id));
  const themes = new Set(codebook.themes.map((t) => t.id));
  const questions = new Map(codebook.questions.map((q) => [q.id, q]));
  const ids = new Set<string>();
  codebook.questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (ids.has(q.id)) out.push({ path: at, message: `question id "${q.id}" is used twice` });
    ids.add(q.id);
    if (!blocks.has(q.block))
      out.push({ path: at, message: message.codebookReference('block', q.block, `question ${q.id}`) });
    if ('scale' in q && !scales.has(q.scale))
      out.push({ path: at, message: message.codebookReference('scale', q.scale, `question ${q.id}`) });
    if (q.type === 'ladder' && !phases.has(q.phase))
      out.push({ path: at, message: message.codebookReference('phase', q.phase, `question ${q.id}`) });
    if (q.type === 'ipa' && !themes.has(q.theme))
      out.push({ path: at, message: message.codebookReference('theme', q.theme, `question ${q.id}`) });
  });
  for (const [what, id] of [
    ['region', codebook.region.question],
    ['role', codebook.role?.question],
  ] as const) {
    if (id === undefined) continue;
    const q = questions.get(id);
    if (!q)
      out.push({ path: what, message: message.codebookReference('question', id, `the ${what} setting`) });
    else if (q.type !== 'single')
      out.push({ path: what, message: `the ${what} question ${id} must be a single-choice question` });
  }
  codebook.indices.forEach((index, i) => {
    for (const item of index.items) {
      const q = questions.get(item);
      if (q?.type !== 'likert')
        out.push({
          path: `indices.${i}`,
          message: `index ${index.id}: item "${item}" is not a Likert question`,
        });
    }
  });
  return out;
}

/** Prettify a zod error path for messages. */
export function formatZodIssues(error: z.ZodError): string {
  return z.prettifyError(error);
}
