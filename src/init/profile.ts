/**
 * What one export column holds, summarised for inference: its distinct values (first spelling,
 * count, in order of first appearance), whether they are all numbers, and their range.
 */
import { cleanCell, decimalComma, labelKey, stripQuotePrefix } from '../ingest/values.js';

export interface Distinct {
  /** The value as first spelled in the export (cleaned of surrounding white space). */
  value: string;
  count: number;
}

export interface ColumnProfile {
  /** Column index in the normalised table. */
  index: number;
  /** Heading: the column code where the tool has one. */
  header: string;
  /** The question text when the tool gives one apart from the code, else the heading. */
  text: string;
  /** Non-empty cells. */
  answered: number;
  /** Distinct non-empty values, matched case-insensitively, in order of first appearance. */
  distinct: Distinct[];
  /** The heading marks the column as text typed beside the options (`_TEXT`, `[other]`, "please specify"). */
  textEntry: boolean;
}

/** Profile column `index` over `rows`; values in `blanks` (label keys) count as empty. */
export function toProfile(
  index: number,
  header: string,
  aliases: readonly string[],
  rows: readonly (readonly string[])[],
  blanks: ReadonlySet<string> = new Set(),
): ColumnProfile {
  const byKey = new Map<string, Distinct>();
  let answered = 0;
  for (const cells of rows) {
    const value = cleanCell(stripQuotePrefix(cleanCell(cells[index] ?? '')));
    const key = labelKey(value);
    if (key === '' || blanks.has(key)) continue;
    answered++;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { value, count: 1 });
  }
  const text = aliases.find((a) => cleanCell(a) !== '') ?? header;
  const textEntry = [header, ...aliases].some((a) => TEXT_ENTRY.test(a.trim()));
  return {
    index,
    header,
    text: cleanCell(text) || header,
    answered,
    distinct: [...byKey.values()],
    textEntry,
  };
}

/** Merge profiles (a group of sub-question columns) into one summary of all their cells. */
export function mergeProfiles(profiles: readonly ColumnProfile[]): ColumnProfile {
  const byKey = new Map<string, Distinct>();
  for (const p of profiles)
    for (const d of p.distinct) {
      const seen = byKey.get(labelKey(d.value));
      if (seen) seen.count += d.count;
      else byKey.set(labelKey(d.value), { ...d });
    }
  const first = profiles[0]!;
  return {
    ...first,
    answered: profiles.reduce((n, p) => n + p.answered, 0),
    distinct: [...byKey.values()],
  };
}

/** The numbers of the profile's values, or null when any value is not a number. */
export function numbersOf(profile: ColumnProfile): number[] | null {
  const out: number[] = [];
  for (const d of profile.distinct) {
    const n = decimalComma(d.value);
    if (n === undefined || Number.isNaN(n)) return null;
    out.push(n);
  }
  return out;
}

/** Text typed beside the options: Qualtrics `Q2_TEXT`, LimeSurvey `Q1[other]`/`[comment]`, SurveyMonkey "Other (please specify)". */
const TEXT_ENTRY = /_TEXT$|\[(other|\w*comment)\]$|\(please specify\)/i;
const DATE =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?( ?(gmt|utc)?[+-]?\d{0,2}(:?\d{2})?)?z?)?$/i;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** True when every value is a date or a time of day (a timestamp column, not a question). */
export function isDateColumn(profile: ColumnProfile): boolean {
  return (
    profile.distinct.length > 0 && profile.distinct.every((d) => DATE.test(d.value) || TIME.test(d.value))
  );
}

/** True when every value is an e-mail address (personal data, not a question). */
export function isEmailColumn(profile: ColumnProfile): boolean {
  return profile.distinct.length > 0 && profile.distinct.every((d) => EMAIL.test(d.value));
}
