/**
 * Every text `regioscan init` writes: the todos it leaves in the codebook (a precise question for
 * the user; `run` refuses the codebook until each is removed) and the notes the CLI prints (one
 * line per decision the user may want to check, with the default init applied and how to change
 * it). Tests assert against these functions.
 */

import { redact } from '../analyse/privacy/redact.js';
import { MAX_DISTINCT } from './profile.js';

const list = (values: readonly string[], max = 6): string => {
  if (values.length === 0) return 'none';
  // Values come from the data: personal data in them is redacted, as in option labels.
  const shown = values.slice(0, max).map((v) => `"${redact(v).text}"`);
  return values.length > max ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
};

const removeTodo = 'then remove this todo';

const OPEN_REASON = {
  many: `its answers take more than ${MAX_DISTINCT.toLocaleString('en')} different values`,
  personal: 'its answers look like personal data (e-mail addresses, phone numbers, IBANs, BSNs or postcodes)',
  unique: 'every respondent gave a different answer',
} as const;

/**
 * Todos: what the user must decide before `run` accepts the codebook. `regioscan init` leaves one
 * only where no run is possible; every other doubt gets a default and a note. An XLSForm codebook
 * (src/ingest/xlsform.ts) has no notes to print, so its doubts can only be todos.
 */
export const todo = {
  noRegion: () =>
    'no column names the region: add (or pick) the single-choice question that holds the region or municipality ' +
    'and set "region.question" to its id, ' +
    removeTodo,
};

/** Notes: one line per decision, printed by the CLI. */
export const note = {
  roles: (found: ReadonlyMap<string, readonly string[]>, none: readonly string[]) =>
    (found.size === 0
      ? 'no regioscan roles recognised in the question texts'
      : `regioscan roles proposed from the question texts: ${[...found]
          .map(([role, ids]) => `${role} (${ids.length === 1 ? ids[0] : `${ids.length} questions`})`)
          .join(', ')}`) +
    (none.length > 0 ? `; without a role (the generic chart of their type): ${list(none)}` : '') +
    '. Check "role" on blocks and questions (the README lists the roles)',
  likert: (ids: readonly string[], scale: string) =>
    `${ids.length === 1 ? ids[0] : list(ids)}: Likert item${ids.length === 1 ? '' : 's'} on scale ${scale}`,
  bareNumbers: (scale: string, points: number) =>
    `scale ${scale} has the bare labels "1"…"${points}": give its options their words ` +
    `(e.g. 1 helemaal oneens … ${points} helemaal eens) for readable reports`,
  single: (id: string, options: number) => `${id}: single choice with ${options} options`,
  multiColumns: (id: string, options: number) =>
    `${id}: multiple choice, one column per option (${options} options)`,
  multiJoined: (id: string, options: number, separator: string) =>
    `${id}: multiple choice, options joined by "${separator}" (${options} options seen)`,
  numeric: (id: string, min: number, max: number) => `${id}: a number, seen from ${min} to ${max}`,
  open: (id: string) =>
    `${id}: open answer (quoted in reports after redaction; set "publish": false to keep it out)`,
  openBecause: (id: string, reason: 'many' | 'personal' | 'unique') =>
    `${id}: open answer, not a choice: ${OPEN_REASON[reason]}, so they are not listed as options in the codebook ` +
    '(quoted in reports after redaction; set "publish": false to keep them out)',
  empty: (id: string) => `${id}: no answers in the export, read as an open answer`,
  skippedDates: (column: string) => `column ${column} holds dates or times: left out of the codebook`,
  skippedCodes: (column: string, answers: number) =>
    `column ${column} holds a code per respondent (${answers.toLocaleString('en')} answers, each a different number ` +
    'of 8 digits or more: a school, a client or a case number), not a quantity to average: left out of the codebook; ' +
    `if it identifies the respondent, set "respondentId": "${column}"`,
  skippedPersonal: (column: string) =>
    `column ${column} holds personal data (names, e-mail addresses): left out`,
  skippedBlankHeading: (position: number) => `column ${position} has no heading: left out`,
  skippedMeta: (columns: readonly string[]) => `tool metadata columns left out: ${list(columns, 8)}`,
  respondentId: (column: string) => `respondent id: column ${column}`,
  complete: (column: string, values?: readonly string[]) =>
    `complete responses: ${values ? `${column} is one of ${list(values)}` : `${column} is not empty`}`,
  region: (id: string, level: string, count: number) =>
    `region question: ${id} (level ${level}); without --regions each of its ${count} values is a region`,
  role: (id: string, residents: readonly string[], professionals: readonly string[]) =>
    `role question: ${id}; residents: ${list(residents)}; professionals: ${list(professionals)}`,
  roleByAnswers: (column: string) =>
    `no column is named as the role, so ${column} was taken for it: its answers are roles (residents and ` +
    "professionals). Check that it asks for the respondent's own role (not, say, whom they work with); " +
    'if not, remove "role" from the codebook',
  surveyTitle: (title: string) =>
    `survey title: "${title}", the file's name; every report shows it on its cover, so set "survey.title" ` +
    '("nl" and "en") to the name of the questionnaire',
  noRole: () =>
    'no role column found: no perspective gap (residents versus professionals); add "role" to the codebook to get one',
  missingValues: (values: readonly string[]) => `read as no answer in every column: ${list(values)}`,
  missingOptions: (scale: string, labels: readonly string[]) =>
    `scale ${scale}: ${list(labels)} count as missing (never a low score)`,
  blocks: (ids: readonly string[]) => `blocks from the column codes: ${list(ids, 12)}`,
  todos: (count: number, where: readonly string[]) =>
    `${count} todo(s) left (${list(where, 8)}): decide each and remove it; run refuses the codebook until then`,
  regionCodes: (column: string, count: number, scale: string, example: string) =>
    `the region column ${column} holds ${count} codes without names: each code is a region named after it ` +
    `(${example}); give the options of scale ${scale} the names of their places in "label" ` +
    "(the code still matches: it is the option's code or alias)",
  rolesUnplaced: (column: string, values: readonly string[]) =>
    `role answers of ${column} placed on neither side of the perspective gap: ${list(values)}; they count in the ` +
    'response overview only. Add their codes to "role.residents" or "role.professionals" to compare them',
  rolesNone: (id: string, values: readonly string[]) =>
    `no answer of the role question ${id} says resident or professional (${list(values)}): left without "role", ` +
    `so no perspective gap; add "role": { "question": "${id}", "residents": [codes], "professionals": [codes] } to get one`,
  missingCodes: (scale: string, codes: readonly number[], points: number) =>
    `scale ${scale}: code ${codes.join(' and ')} beside 1–${points} is read as "weet niet / n.v.t." ` +
    '(missing, never a low score), as is the convention; if it is an answer, move it from "missing" to "options"',
  sixPoints: (scale: string) =>
    `scale ${scale} has codes 1–6: kept as a 6-point scale; if 6 means "weet niet", move option 6 ` +
    'from "options" to "missing" and label it "weet niet"',
  codesOrNumber: (column: string, distinct: number, lo: number, hi: number) =>
    `column ${column} has ${distinct} different whole numbers from ${lo} to ${hi}: kept as a single choice ` +
    '(answer codes; give each option its label); if it is a number, set "type": "numeric" and remove "scale"',
  singleOrOpen: (column: string, distinct: number, answers: number) =>
    `column ${column} has ${distinct} distinct short values in ${answers} answers: kept as a single choice; ` +
    'if it is free text, set "type": "open" and remove "scale"',
  missingBesideNumbers: (column: string, values: readonly string[]) =>
    `column ${column} holds ${list(values)} beside numbers, and a scale reads the same label as an option, so it ` +
    'is not made a missing value everywhere: validate and run report these cells. Add the spelling to ' +
    '"missingValues" (it then counts as blank in every column, that scale too) or clean the export',
  oneBlock: () => 'all questions in one block A; split them into blocks by editing "blocks" and each "block"',
};

/** Errors: the export cannot give a codebook at all. */
export const problem = {
  noQuestions: () =>
    'the export has no columns with answers: every column is tool metadata, a date, personal data or has no heading',
};
