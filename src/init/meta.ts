/**
 * The columns of an export that are not questions: the tool's metadata, the respondent id, the
 * completion column, timestamps and personal data; and the negative "seen but unanswered" codes
 * (Qualtrics' -99) that mean no answer in every column.
 */
import type { NormalizedTable } from '../ingest/formats/types.js';
import { decimalComma, labelKey } from '../ingest/values.js';
import { isPersonal } from './classify.js';
import { note } from './messages.js';
import { type ColumnProfile, isCodeColumn, isDateColumn, isEmailColumn, SENTINEL } from './profile.js';

export interface QuestionColumns {
  /** Profiles of the columns that hold answers, in column order. */
  profiles: ColumnProfile[];
  respondentId?: string;
  complete?: { column: string; values?: string[] };
  /** Cell values that mean no answer everywhere (e.g. `-99`). */
  missingValues: string[];
  notes: string[];
}

const ID = /^(id|respondent ?id|respondent|response ?id|record ?id|respondentnummer|respnr|resp ?id)$/;
const PERSONAL = new Set(
  [
    'email',
    'e-mail',
    'emailadres',
    'e-mailadres',
    'email address',
    'naam',
    'name',
    'voornaam',
    'achternaam',
    'first name',
    'last name',
    'telefoon',
    'telefoonnummer',
    'phone',
    'ip',
    'ipaddress',
    'ip address',
    'ip-adres',
  ].map(labelKey),
);
/** Headings of a column that says whether the response was completed. */
const COMPLETION = new Set(['finished', 'completed', 'complete', 'voltooid', 'afgerond'].map(labelKey));
/** What such a column holds for a completed response. */
const DONE = ['1', 'true', 'yes', 'ja', 'waar'];

/** Which columns are questions, decided from the headings alone (before any data is read). */
export interface ColumnPlan {
  /** Columns that are not questions: tool metadata, the respondent id, completion, timestamp. */
  skip: ReadonlySet<number>;
  /** Columns to profile, in column order (every other column with a heading). */
  profiled: number[];
  respondentId?: string;
  complete?: { column: string; values?: string[] };
  notes: string[];
}

/** Sort the columns of a normalised table by their headings: which to profile, which are metadata. */
export function planColumns(table: NormalizedTable): ColumnPlan {
  const notes: string[] = [];
  const find = (name: string | undefined) =>
    name === undefined ? -1 : table.headers.findIndex((h) => labelKey(h) === labelKey(name));
  const skip = new Set(table.meta.metaColumns);
  if (skip.size > 0)
    notes.push(note.skippedMeta([...skip].sort((a, b) => a - b).map((i) => table.headers[i] ?? '')));
  const idIndex =
    table.meta.respondentId !== undefined
      ? find(table.meta.respondentId)
      : table.headers.findIndex((h, i) => !skip.has(i) && ID.test(labelKey(h).replace(/[_-]/g, ' ')));
  const respondentId = idIndex >= 0 ? table.headers[idIndex] : undefined;
  if (respondentId !== undefined) notes.push(note.respondentId(respondentId));
  // The tool's own completion column, else one named as survey tools name it (a plain CSV from
  // Qualtrics' "Finished" or LimeSurvey's data sheet): a completion flag, never a question.
  const named = table.headers.find((h, i) => !skip.has(i) && COMPLETION.has(labelKey(h)));
  const complete =
    table.meta.complete ?? (named !== undefined ? { column: named, values: [...DONE] } : undefined);
  if (complete) notes.push(note.complete(complete.column, complete.values));
  for (const i of [idIndex, find(complete?.column), find(table.meta.timestamp)]) if (i >= 0) skip.add(i);
  const profiled: number[] = [];
  table.headers.forEach((header, i) => {
    if (!skip.has(i) && header.trim() !== '') profiled.push(i);
  });
  return {
    skip,
    profiled,
    ...(respondentId !== undefined ? { respondentId } : {}),
    ...(complete ? { complete } : {}),
    notes,
  };
}

/**
 * The question columns among the profiled ones (`profiles`, by column index): personal data and
 * dates left out, and the "seen but unanswered" codes (-99) found and removed from every profile.
 */
export function findQuestionColumns(
  table: NormalizedTable,
  plan: ColumnPlan,
  profiles: ReadonlyMap<number, ColumnProfile>,
): QuestionColumns {
  const notes = [...plan.notes];
  const kept: ColumnProfile[] = [];
  table.headers.forEach((header, i) => {
    if (plan.skip.has(i)) return;
    const profile = profiles.get(i);
    if (profile === undefined) {
      notes.push(note.skippedBlankHeading(i + 1));
      return;
    }
    if (PERSONAL.has(labelKey(header)) || isEmailColumn(profile)) notes.push(note.skippedPersonal(header));
    else if (isDateColumn(profile)) notes.push(note.skippedDates(header));
    else if (isCodeColumn(profile, isPersonal)) notes.push(note.skippedCodes(header, profile.answered));
    else kept.push(profile);
  });
  const missingValues = findSentinels(kept);
  if (missingValues.length > 0) notes.push(note.missingValues(missingValues));
  const blanks = new Set(missingValues.map(labelKey));
  return {
    profiles: blanks.size === 0 ? kept : kept.map((p) => withoutValues(p, blanks)),
    ...(plan.respondentId !== undefined ? { respondentId: plan.respondentId } : {}),
    ...(plan.complete ? { complete: plan.complete } : {}),
    missingValues,
    notes,
  };
}

/** Codes such as -99 seen in columns whose other values are numbers of zero or more, or text. */
function findSentinels(profiles: readonly ColumnProfile[]): string[] {
  const found = new Set<string>();
  for (const p of profiles) {
    const sentinels = p.distinct.filter((d) => SENTINEL.test(d.value));
    if (sentinels.length === 0) continue;
    // Beyond the distinct values kept, the summary says whether any other value is negative.
    const others = p.distinct.filter((d) => !SENTINEL.test(d.value)).map((d) => decimalComma(d.value));
    if (!p.summary.negative && others.every((n) => n === undefined || n >= 0))
      for (const s of sentinels) found.add(s.value);
  }
  return [...found].sort((a, b) => Number(b) - Number(a));
}

function withoutValues(profile: ColumnProfile, blanks: ReadonlySet<string>): ColumnProfile {
  const distinct = profile.distinct.filter((d) => !blanks.has(labelKey(d.value)));
  const dropped = profile.distinct
    .filter((d) => blanks.has(labelKey(d.value)))
    .reduce((n, d) => n + d.count, 0);
  return { ...profile, distinct, answered: profile.answered - dropped };
}
