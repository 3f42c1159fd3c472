/**
 * Parse and check a codebook: its size within the limits (options per scale), the zod schema,
 * then the references between its parts (scales, blocks, phases, themes, region and role
 * questions, index items). Texts shown to readers lose their control characters, as `init`'s do.
 */
import { z } from 'zod';
import { cleanCodebook } from '../init/clean.js';
import { Codebook } from '../model/codebook.js';
import type { Issue } from '../model/survey.js';
import { InputError } from './errors.js';
import { editDistance, isNear } from './headers.js';
import { DEFAULT_LIMITS, type Limits, limitMessage } from './limits.js';
import { message } from './messages.js';

/** Parse a codebook from JSON text; throws an `InputError` listing every problem. */
export function parseCodebook(json: string, file: string, limits: Limits = DEFAULT_LIMITS): Codebook {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InputError([
      issue(file, 'codebook_json', `the codebook is not valid JSON: ${(error as Error).message}`),
    ]);
  }
  return parseCodebookData(data, file, limits);
}

/** Check parsed codebook data (JSON, or an XLSForm read into the same shape). */
export function parseCodebookData(data: unknown, file: string, limits: Limits = DEFAULT_LIMITS): Codebook {
  // Before the schema: a scale of 200,000 options would pass it and overflow the analysis.
  const oversized = oversizedScales(data, limits);
  if (oversized.length > 0)
    throw new InputError(oversized.map((o) => issue(file, 'limit_options', o.message, o.path)));
  const result = Codebook.safeParse(data);
  if (!result.success) {
    // init's open decisions first: what the schema refuses is often what a todo asks to fill in
    // (no region question, no closed question yet), and the todo says it in words.
    throw new InputError([
      ...rawTodos(data).map((m) => issue(file, 'codebook_todo', m.message, m.path)),
      ...result.error.issues.map((i) =>
        issue(file, 'codebook_schema', `${i.message}`, i.path.length > 0 ? i.path.join('.') : null),
      ),
    ]);
  }
  // A field the schema does not know is a typo more often than not ("wieght" for "weight"), and
  // zod drops it without a word: the run would go on unweighted.
  const unknown = unknownFields(Codebook, data, []).map((u) =>
    issue(file, 'codebook_field', message.unknownCodebookField(u.field, u.closest, u.known), u.path),
  );
  if (unknown.length > 0) throw new InputError(unknown);
  const problems = checkReferences(result.data).map((m) =>
    issue(file, 'codebook_reference', m.message, m.path),
  );
  for (const m of openTodos(result.data)) problems.push(issue(file, 'codebook_todo', m.message, m.path));
  if (problems.length > 0) throw new InputError(problems);
  return cleanCodebook(result.data) as Codebook;
}

/** A zod schema as far as this walk needs it: its definition's kind and parts. */
interface SchemaDef {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
}
type Schema = z.ZodType & { _zod: { def: SchemaDef } };

/**
 * The fields of `value` that `schema` has no place for, with their paths (as zod's issues give
 * them: "questions.3.sclae") and the fields known there. A union is followed into the member that
 * accepts the value (a question's type decides its fields). Run on data the schema accepted.
 */
function unknownFields(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[],
): { path: string; field: string; known: string[]; closest: string | null }[] {
  let def = (schema as Schema)._zod.def;
  while (def.innerType || def.in) def = (def.innerType ?? def.in)!._zod.def;
  if (
    def.type === 'object' &&
    def.shape &&
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value)
  ) {
    const shape = def.shape;
    const known = Object.keys(shape);
    return Object.entries(value).flatMap(([field, v]) => {
      if (!Object.hasOwn(shape, field)) {
        const near = known
          .map((k) => ({ k, d: editDistance(k.toLowerCase(), field.toLowerCase()) }))
          .filter((x) => isNear(x.d, field))
          .sort((a, b) => a.d - b.d)[0];
        return [{ path: [...path, field].join('.'), field, known, closest: near?.k ?? null }];
      }
      return unknownFields(shape[field]!, v, [...path, field]);
    });
  }
  if (def.type === 'array' && def.element && Array.isArray(value))
    return value.flatMap((v, i) => unknownFields(def.element!, v, [...path, i]));
  if (def.type === 'union' && def.options) {
    const member = def.options.find((o) => o.safeParse(value).success);
    return member ? unknownFields(member, value, path) : [];
  }
  return [];
}

/** Scales with more options (substantive and missing) than the `options` limit. */
function oversizedScales(data: unknown, limits: Limits): { path: string; message: string }[] {
  const scales = (data as { scales?: unknown } | null)?.scales;
  if (!Array.isArray(scales)) return [];
  const out: { path: string; message: string }[] = [];
  scales.forEach((scale: unknown, i) => {
    const s = (scale ?? {}) as { id?: unknown; options?: unknown; missing?: unknown };
    const count =
      (Array.isArray(s.options) ? s.options.length : 0) + (Array.isArray(s.missing) ? s.missing.length : 0);
    if (count > limits.options)
      out.push({
        path: `scales.${i}`,
        message: limitMessage.options(typeof s.id === 'string' ? s.id : `#${i + 1}`, count, limits),
      });
  });
  return out;
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

/** `openTodos` of codebook data the schema refused: the todos that are there, read with care. */
function rawTodos(data: unknown): { path: string; message: string }[] {
  const record = (v: unknown) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const todo = record(data).todo;
  const questions = record(data).questions;
  return [
    ...(Array.isArray(todo) ? todo : []).flatMap((t, i) =>
      typeof t === 'string' ? [{ path: `todo.${i}`, message: message.codebookTodo(t) }] : [],
    ),
    ...(Array.isArray(questions) ? questions : []).flatMap((q, i) => {
      const { id, todo: qTodo } = record(q);
      return typeof qTodo === 'string' && qTodo !== ''
        ? [{ path: `questions.${i}`, message: message.codebookTodo(`question ${String(id)}: ${qTodo}`) }]
        : [];
    }),
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
