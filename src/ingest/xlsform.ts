/**
 * A codebook from an XLSForm workbook (ODK, KoboToolbox): the `survey` sheet lists the questions
 * (`type`, `name`, `label` or `label::Nederlands (nl)` / `label::English (en)`), the `choices`
 * sheet the options of each list (`list_name`, `name`, `label`). The JSON codebook stays the
 * canonical form; this reads a form into it.
 *
 * - `begin_group` … `end_group` at the top level → one block each (questions outside any group: block A)
 * - `select_one LIST` → single (likert when the list is a known agreement/frequency scale in order)
 * - `select_multiple LIST` → multi with `column` and separator " " (ODK joins choice names with a space)
 * - `integer`, `decimal`, `range` → numeric (bounds from `. >= n` / `. <= n` constraints or range parameters)
 * - `text` → open; notes, calculations, dates, locations and metadata are not questions
 * - choice codes: numeric `name`s as they are, else 1…k with the `name` as an alias
 */
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { IdPool, toId } from '../init/ids.js';
import { todo } from '../init/messages.js';
import { matchRegion, matchRole, roleSide } from '../init/places.js';
import { findKnownScale, findMissingLabel, knownCode } from '../init/scales.js';
import type { CodebookInput, LocalText } from '../model/codebook.js';
import { fileError, type InputError } from './errors.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { loadWorkbook, readSheetRows } from './read/xlsx.js';
import { cleanCell, labelKey } from './values.js';

type Row = Map<string, string>;
type QuestionInput = CodebookInput['questions'][number];
type ScaleInput = CodebookInput['scales'][number];
interface Choice {
  name: string;
  label: LocalText;
}

/**
 * Parse an XLSForm workbook into a codebook; throws an `InputError` when it has no `survey` sheet,
 * is damaged (truncated, a bad shared-string index) or exceeds a limit (limits.ts).
 */
export async function parseXlsForm(
  bytes: Uint8Array,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<CodebookInput> {
  const workbook = await loadWorkbook(bytes, file, limits);
  const sheet = (name: string) => readSheet(workbook, name, file, limits);
  const survey = sheet('survey');
  if (!survey) throw formError(file, 'the workbook has no "survey" sheet, so it is not an XLSForm');
  const settings = sheet('settings')?.[0];
  const fallback = languageOf(settings?.get('default_language') ?? '') ?? 'nl';
  const lists = new Map<string, Choice[]>();
  for (const row of sheet('choices') ?? []) {
    const list = row.get('list_name') ?? row.get('list name') ?? '';
    const name = row.get('name') ?? '';
    if (list === '' || name === '') continue;
    const choices = lists.get(list);
    const choice = { name, label: labelOf(row, fallback, name) };
    if (choices) choices.push(choice);
    else lists.set(list, [choice]);
  }

  const ids = new IdPool();
  const blockIds = new IdPool();
  const scaleIds = new IdPool();
  const blocks: CodebookInput['blocks'] = [];
  const scales = new Map<string, { scale: ScaleInput; likert: boolean }>();
  const questions: QuestionInput[] = [];
  const path: string[] = [];
  let block: string | undefined;
  const currentBlock = () => {
    if (block === undefined) {
      block = blockIds.take('A');
      blocks.push({ id: block, title: { nl: 'Vragen', en: 'Questions' } });
    }
    return block;
  };
  for (const row of survey) {
    // `begin group` is an older spelling of `begin_group`; list names keep their case.
    const typeText = cleanCell(row.get('type') ?? '').replace(/^(begin|end)[ _](group|repeat)\b/i, '$1_$2');
    const [kind = '', list = ''] = typeText.split(' ');
    const type = kind.toLowerCase();
    const name = row.get('name') ?? '';
    if (type === 'begin_group' || type === 'begin_repeat') {
      if (path.length === 0) {
        block = blockIds.take(name || 'blok');
        blocks.push({ id: block, title: labelOf(row, fallback, name || block) });
      }
      path.push(name);
      continue;
    }
    if (type === 'end_group' || type === 'end_repeat') {
      path.pop();
      if (path.length === 0) block = undefined;
      continue;
    }
    if (name === '') continue;
    const base = {
      id: ids.take(name),
      block: '',
      text: labelOf(row, fallback, name),
      column: name,
      headers: headersOf(path, name, labelOf(row, fallback, name)),
    };
    let question: QuestionInput | undefined;
    if (type === 'select_one' || type === 'select_multiple') {
      if (!lists.has(list))
        throw formError(
          file,
          `question "${name}" uses the choice list "${list}", which the "choices" sheet lacks`,
        );
      const entry = scaleOf(list, lists.get(list)!, scales, scaleIds);
      question =
        type === 'select_multiple'
          ? { ...base, type: 'multi', scale: entry.scale.id, separator: ' ' }
          : { ...base, type: entry.likert ? 'likert' : 'single', scale: entry.scale.id };
    } else if (type === 'integer' || type === 'decimal' || type === 'range')
      question = { ...base, type: 'numeric', ...boundsOf(row) };
    else if (type === 'text') question = { ...base, type: 'open' };
    if (question) questions.push({ ...question, block: currentBlock() });
  }
  if (questions.length === 0) throw formError(file, 'the "survey" sheet has no questions');

  const allScales = [...scales.values()].map((s) => s.scale);
  const { region, role, todos } = placeQuestions(questions, allScales);
  const title = settings?.get('form_title') || basename(file, extname(file));
  return {
    survey: {
      id: toId(settings?.get('form_id') || basename(file, extname(file))),
      title: { nl: title, en: title },
    },
    ...(todos.length > 0 ? { todo: todos } : {}),
    region,
    ...(role ? { role } : {}),
    blocks,
    scales: allScales,
    questions,
  };
}

/** Rows of a sheet as maps from lower-cased heading to cell text; undefined when the sheet is absent. */
function readSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  file: string,
  limits: Limits,
): Row[] | undefined {
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name);
  if (!sheet) return undefined;
  const rows: Row[] = [];
  let headings: string[] = [];
  // Only the cells the sheet holds, as for an export (read/xlsx.ts).
  for (const { cells: raw, row: n } of readSheetRows(sheet, file, limits)) {
    const cells = raw.map(cleanCell);
    if (n === 1 || headings.length === 0) headings = cells.map((c) => c.toLowerCase());
    else
      rows.push(
        new Map(headings.map((h, i) => [h, cells[i] ?? ''] as [string, string]).filter(([h]) => h !== '')),
      );
  }
  return rows;
}

/** `nl`/`en` of a language column suffix: `Nederlands (nl)`, `English (en)`, `nl`, `Dutch`. */
function languageOf(suffix: string): 'nl' | 'en' | undefined {
  const s = suffix.trim().toLowerCase();
  const code = /\((\w+)\)\s*$/.exec(s)?.[1] ?? s;
  if (code === 'nl' || /nederlands|dutch/.test(s)) return 'nl';
  if (code === 'en' || /english|engels/.test(s)) return 'en';
  return undefined;
}

/** The row's label in Dutch and English, each falling back on the other and then on `name`. */
function labelOf(row: Row, fallback: 'nl' | 'en', name: string): LocalText {
  const found: Partial<LocalText> = {};
  for (const [heading, value] of row) {
    if (value === '' || !/^label(\s*::|$)/.test(heading)) continue;
    const lang = heading === 'label' ? fallback : languageOf(heading.replace(/^label\s*::\s*/, ''));
    if (lang && found[lang] === undefined) found[lang] = value;
  }
  const nl = found.nl ?? found.en ?? name;
  return { nl, en: found.en ?? nl };
}

/** Headings an export may use for the question: group paths (Kobo `g/q`, ODK Central `g-q`) and labels. */
function headersOf(path: readonly string[], name: string, label: LocalText): string[] {
  const groups = path.filter((p) => p !== '');
  const all = groups.length > 0 ? [[...groups, name].join('/'), [...groups, name].join('-')] : [];
  return [...new Set([...all, label.nl, label.en])].filter((h) => labelKey(h) !== labelKey(name));
}

function boundsOf(row: Row): { min?: number; max?: number } {
  const constraint = row.get('constraint') ?? '';
  const params = row.get('parameters') ?? '';
  const num = (re: RegExp, text: string) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const min = num(/\.\s*>=\s*(-?\d+(?:\.\d+)?)/, constraint) ?? num(/start\s*=\s*(-?\d+(?:\.\d+)?)/, params);
  const max = num(/\.\s*<=\s*(-?\d+(?:\.\d+)?)/, constraint) ?? num(/end\s*=\s*(-?\d+(?:\.\d+)?)/, params);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * The scale of a choices list, made once per list. A list whose labels are a known ordinal scale
 * (with numeric names rising along it, or no numeric names) is a Likert scale in its natural order.
 */
function scaleOf(
  list: string,
  choices: readonly Choice[],
  scales: Map<string, { scale: ScaleInput; likert: boolean }>,
  ids: IdPool,
): { scale: ScaleInput; likert: boolean } {
  const existing = scales.get(list);
  if (existing) return existing;
  const numeric = choices.length > 0 && choices.every((c) => /^-?\d+$/.test(c.name));
  const missing = choices.filter((c) => findMissingLabel(c.label.nl) || findMissingLabel(c.label.en));
  const missingSet = new Set(missing);
  const substantive = choices.filter((c) => !missingSet.has(c));
  const known =
    findKnownScale(substantive.map((c) => c.label.nl)) ?? findKnownScale(substantive.map((c) => c.label.en));
  const rank = (c: Choice) =>
    known ? (knownCode(known, c.label.nl) ?? knownCode(known, c.label.en) ?? 0) : 0;
  const ordered = known ? [...substantive].sort((a, b) => rank(a) - rank(b)) : substantive;
  const codes = new Map<Choice, number>();
  if (numeric) for (const c of choices) codes.set(c, Number(c.name));
  else {
    for (const [i, c] of ordered.entries()) codes.set(c, i + 1);
    let next = ordered.length < 9 ? 9 : 99;
    for (const c of missing) codes.set(c, next++);
  }
  const rising = ordered.every((c, i) => i === 0 || codes.get(c)! > codes.get(ordered[i - 1]!)!);
  const option = (c: Choice) => ({
    code: codes.get(c)!,
    label: c.label,
    ...(numeric ? {} : { aliases: [c.name] }),
  });
  const likert = known !== undefined && rising && substantive.length >= 2;
  const entry = {
    scale: {
      id: ids.take(list || 'keuzes'),
      options: (likert ? ordered : substantive).map(option),
      missing: missing.map(option),
    },
    likert,
  };
  scales.set(list, entry);
  return entry;
}

/** The region and role questions among the single choices, as `regioscan init` finds them in an export. */
function placeQuestions(
  questions: QuestionInput[],
  scales: readonly ScaleInput[],
): { region: CodebookInput['region']; role?: CodebookInput['role']; todos: string[] } {
  const singles = questions.filter(
    (q): q is Extract<QuestionInput, { type: 'single' }> => q.type === 'single',
  );
  let region: { q: (typeof singles)[number]; level: 'region' | 'municipality'; strength: number } | undefined;
  for (const q of singles) {
    const m = matchRegion(q.column, q.text.nl) ?? matchRegion(q.column, q.text.en);
    if (m && (!region || m.strength > region.strength)) region = { q, ...m };
  }
  let role: { q: (typeof singles)[number]; strength: number } | undefined;
  for (const q of singles) {
    const strength = Math.max(matchRole(q.column, q.text.nl), matchRole(q.column, q.text.en));
    if (q !== region?.q && strength > 0 && (!role || strength > role.strength)) role = { q, strength };
  }
  const todos = region ? [] : [todo.noRegion()];
  const place = region
    ? { question: region.q.id, level: region.level }
    : { question: '', level: 'region' as const };
  if (!role) return { region: place, todos };
  const roleQuestion = role.q;
  const options = scales.find((s) => s.id === roleQuestion.scale)?.options ?? [];
  const residents: number[] = [];
  const professionals: number[] = [];
  // As `regioscan init` does: an answer no role word places is on neither side of the perspective
  // gap (it still counts in the response overview); without any placed answer there is no role.
  for (const o of options) {
    const side = roleSide(o.label.nl) ?? roleSide(o.label.en);
    if (side === 'residents') residents.push(o.code);
    else if (side === 'professionals') professionals.push(o.code);
  }
  if (residents.length === 0 && professionals.length === 0) return { region: place, todos };
  return { region: place, role: { question: roleQuestion.id, residents, professionals }, todos };
}

function formError(file: string, text: string): InputError {
  return fileError(file, 'xlsform', text);
}
