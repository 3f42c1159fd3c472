/**
 * `regioscan init EXPORT`: propose a codebook from an export, which the user can edit and run at once.
 *
 *   file ─ read (CSV streamed, XLSX whole) ─ formats (tool, layout, metadata columns: first rows)
 *        ─ profiles (each row counted, then dropped) ─ meta (id, completion, dates, personal data, -99)
 *        ─ groups (sub-question columns) ─ region and role columns ─ infer (type and scale of each
 *        question) ─ blocks ─ regioscan roles from the question texts (report-roles.ts) → codebook
 *
 * Where a run is impossible (no region question) a `todo` is left (`run` refuses the codebook until
 * each is removed). Every other doubt gets a documented default, so the codebook runs unchanged,
 * and a line in `notes` saying what was chosen and how to change it:
 *   - a region column of bare codes: each code is a region named `regio <code>` (`gemeente <code>`);
 *   - role answers no word places: on neither side of the perspective gap (still in the response
 *     overview); none placed at all: no `role`;
 *   - 9/99 beside codes 1–5/1–7: missing ("weet niet / n.v.t."); codes 1–6: a 6-point scale;
 *   - few whole numbers, or few short texts: a single choice (not a number, not open);
 *   - a "no answer" label beside numbers: a missing value everywhere unless a scale reads the same
 *     label as an option; then left for validate to report;
 *   - short values that look like personal data, differ for every respondent, or take more than
 *     `MAX_DISTINCT` (2,000) different values: an open question, never options listing them.
 * Headings and values copied as texts and labels lose their control characters (clean.ts).
 */
import { basename, extname } from 'node:path';
import type { NormalizedTable } from '../ingest/formats/types.js';
import { message } from '../ingest/messages.js';
import { labelKey } from '../ingest/values.js';
import type { CodebookInput } from '../model/codebook.js';
import { assignBlocks } from './blocks.js';
import { cleanCodebook, cleanText } from './clean.js';
import { groupColumns } from './groups.js';
import { IdPool, toId } from './ids.js';
import { type Draft, Inferrer } from './infer.js';
import { note, problem, todo } from './messages.js';
import { type ColumnPlan, findQuestionColumns, planColumns, type QuestionColumns } from './meta.js';
import type { ColumnProfile } from './profile.js';
import { ColumnProfiler } from './profiler.js';
import { type InitInput, initError, readExport } from './read.js';
import { assignRoles } from './report-roles.js';
import { findPlaceColumns, toRegionDraft, toRoleDraft } from './roles.js';
import { ScaleBook } from './scalebook.js';

export type { InitInput } from './read.js';

export interface InitResult {
  codebook: CodebookInput;
  /** One line per decision the user may want to check. */
  notes: string[];
  tool: string;
  layout: string;
}

/**
 * Propose a codebook the user can edit and run at once from an export: streamed from `path` (or
 * `file`), or read from `bytes` when given. Memory stays bounded whatever the export's size: the
 * rows are profiled as they are read (profile.ts says what a profile keeps) and never held.
 */
export async function initCodebook(input: InitInput): Promise<InitResult> {
  let table: NormalizedTable | undefined;
  let plan: ColumnPlan | undefined;
  const profilers: ColumnProfiler[] = [];
  const rows = await readExport(input, (head) => {
    table = head;
    plan = planColumns(head);
    for (const i of plan.profiled)
      profilers.push(new ColumnProfiler(i, head.headers[i]!, head.aliases[i] ?? []));
    return (record) => {
      const cells = record.cells;
      for (const p of profilers) p.add(cells[p.index] ?? '');
    };
  });
  if (rows === 0 || !table || !plan) throw initError(input.file, 'no_rows', message.noDataRows());
  const profiles = new Map(profilers.map((p) => [p.index, p.toProfile()]));
  const result = inferCodebook(input.file, table, findQuestionColumns(table, plan, profiles));
  return {
    ...result,
    codebook: cleanCodebook(result.codebook),
    notes: result.notes.map((n) => cleanText(n)),
  };
}

/** The codebook of an export's question columns. */
function inferCodebook(file: string, table: NormalizedTable, columns: QuestionColumns): InitResult {
  const notes = [...columns.notes];
  const items = groupColumns(columns.profiles);
  const singles = items.filter((i): i is ColumnProfile => !('kind' in i));
  const places = findPlaceColumns(singles);
  const scales = new ScaleBook();
  const inferrer = new Inferrer(scales, new IdPool(), table.meta.multiSeparator);

  const drafts: Draft[] = [];
  const placeNotes: string[] = [];
  let region: CodebookInput['region'] | undefined;
  let role: CodebookInput['role'];
  let roleFound = false;
  let roleQuestion: string | undefined;
  for (const item of items) {
    if (item === places.region?.profile) {
      const found = toRegionDraft(inferrer, scales, item, places.region.level);
      region = { question: found.draft.question.id, level: places.region.level };
      drafts.push(found.draft);
      for (const n of found.notes) placeNotes.push(n);
    } else if (item === places.role) {
      const found = toRoleDraft(inferrer, scales, item);
      if (found.role) role = { question: found.draft.question.id, ...found.role };
      roleFound = true;
      roleQuestion = found.draft.question.id;
      drafts.push(found.draft);
      for (const n of found.notes) placeNotes.push(n);
      if (places.roleByAnswers) placeNotes.push(note.roleByAnswers(item.header));
    } else for (const d of inferrer.item(item)) drafts.push(d);
  }
  if (drafts.length === 0) throw initError(file, 'no_questions', problem.noQuestions());

  const blanks = settleBlanks(drafts, scales, columns.missingValues);
  const missingValues = blanks.missingValues;
  if (missingValues.length > columns.missingValues.length)
    notes.push(note.missingValues(missingValues.slice(columns.missingValues.length)));
  const { blocks: bare, of, note: blockNote } = assignBlocks(drafts.map((d) => d.header));
  const placed = drafts.map(
    (d, i) => ({ ...d.question, block: of[i]! }) as CodebookInput['questions'][number],
  );
  const backgroundIds = new Set([region?.question, roleQuestion].filter((id): id is string => !!id));
  const roled = assignRoles(
    bare,
    placed,
    drafts.map((d) => d.header),
    backgroundIds,
  );
  const blocks = roled.blocks;
  notes.push(blockNote, roled.note);
  for (const lines of [questionNotes(drafts), placeNotes, blanks.notes, scaleNotes(scales)])
    for (const line of lines) notes.push(line);
  // The one thing without a default: a run needs a region question.
  const todos = region ? [] : [todo.noRegion()];
  if (!roleFound) notes.push(note.noRole());
  notes.push(note.surveyTitle(basename(file, extname(file)) || 'Enquête'));
  const open = [
    ...todos.map(() => 'codebook'),
    ...drafts.filter((d) => d.question.todo).map((d) => d.question.id),
  ];
  if (open.length > 0) notes.push(note.todos(open.length, [...new Set(open)]));

  const name = basename(file, extname(file));
  const codebook: CodebookInput = {
    survey: { id: toId(name), title: { nl: name || 'Enquête', en: name || 'Survey' } },
    ...(missingValues.length > 0 ? { missingValues } : {}),
    ...(todos.length > 0 ? { todo: todos } : {}),
    ...(columns.respondentId !== undefined ? { respondentId: columns.respondentId } : {}),
    ...(columns.complete ? { complete: columns.complete } : {}),
    region: region ?? { question: '', level: 'region' },
    ...(role ? { role } : {}),
    blocks,
    scales: scales.toScales(),
    questions: roled.questions.map(withShortLabel),
  };
  return { codebook, notes, tool: table.tool, layout: table.layout };
}

/**
 * A sub-question's own words as its short label: LimeSurvey, Qualtrics and SurveyMonkey write a
 * matrix row as "Stem [Row]" (or "Stem - Row"), and charts show the row, not the stem each time.
 */
function withShortLabel(q: CodebookInput['questions'][number]): CodebookInput['questions'][number] {
  if (q.short) return q;
  const row = /^.+?\s*\[([^\]]+)\]\s*$/.exec(q.text.nl) ?? /^.+?\s+-\s+(.+)$/.exec(q.text.nl);
  const label = row?.[1]?.trim();
  return label ? { ...q, short: { nl: label, en: label } } : q;
}

/**
 * "No answer" spellings in numeric and tick columns: a missing value everywhere when no scale reads
 * the same spelling as an option (it would then blank those answers too). Otherwise the safe
 * default: the spelling is left as it is, so validate and run report those cells, and a note says so.
 */
function settleBlanks(
  drafts: readonly Draft[],
  scales: ScaleBook,
  found: readonly string[],
): { missingValues: string[]; notes: string[] } {
  const missingValues = [...found];
  const notes: string[] = [];
  const coded = scales.missingKeys();
  for (const d of drafts) {
    const taken = d.blanks.filter((b) => coded.has(labelKey(b)));
    for (const b of d.blanks)
      if (!coded.has(labelKey(b)) && !missingValues.some((m) => labelKey(m) === labelKey(b)))
        missingValues.push(b);
    if (taken.length > 0) notes.push(note.missingBesideNumbers(d.header, taken));
  }
  return { missingValues, notes };
}

/**
 * Notes on the scales of bare codes (with the defaults taken: 9/99 beside 1–5/1–7 missing, 1–6 a
 * 6-point scale) and on missing options.
 */
function scaleNotes(scales: ScaleBook): string[] {
  const notes: string[] = [];
  for (const { id, points, missingCodes } of scales.pointScales()) {
    notes.push(note.bareNumbers(id, points));
    if (missingCodes.length > 0) notes.push(note.missingCodes(id, missingCodes, points));
    if (points === 6) notes.push(note.sixPoints(id));
  }
  for (const { id, labels } of scales.missingLabels()) notes.push(note.missingOptions(id, labels));
  return notes;
}

/** One line per question, Likert items gathered per scale (where the first of them stands). */
function questionNotes(drafts: readonly Draft[]): string[] {
  const likert = new Map<string, string[]>();
  const lines: (string | { scale: string })[] = [];
  for (const d of drafts) {
    const q = d.question;
    if (q.type !== 'likert') lines.push(d.note);
    else if (likert.has(q.scale)) likert.get(q.scale)!.push(q.id);
    else {
      likert.set(q.scale, [q.id]);
      lines.push({ scale: q.scale });
    }
  }
  return lines.map((l) => (typeof l === 'string' ? l : note.likert(likert.get(l.scale)!, l.scale)));
}
