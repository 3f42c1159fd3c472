/**
 * What one export column holds, summarised for inference: its distinct values (first spelling,
 * count, in order of first appearance) up to `MAX_DISTINCT`, and a summary of every value (all
 * dates? all e-mail addresses? the range of the numbers). A column with more distinct values than
 * that keeps only the summary beyond the first `MAX_DISTINCT`; `profiler.ts` builds profiles.
 */
import { decimalComma, labelKey } from '../ingest/values.js';

/**
 * Most distinct values a profile keeps. Options need far fewer (scales ≤ ~12, joined multi-selects
 * ≤ 25 pieces), but a municipality column may hold a few hundred names; a column with more values
 * than this is open text, a number or an identifier, and nothing is inferred from its values one by one.
 */
export const MAX_DISTINCT = 2000;

export interface Distinct {
  /** The value as first spelled in the export (cleaned of surrounding white space). */
  value: string;
  count: number;
}

/** Facts about every non-empty value of a column, kept however many distinct values it has. */
export interface ValueSummary {
  /** Every value is a date or a time of day. */
  dates: boolean;
  /** Every value is an e-mail address. */
  emails: boolean;
  /** The lowest and highest value other than "no answer" labels and codes, when each is a number; else null. */
  numbers: { min: number; max: number } | null;
  /** Some value other than a "no answer" code (-99) is a negative number. */
  negative: boolean;
  /** Length of the longest value, in characters. */
  longest: number;
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
  /**
   * Distinct non-empty values, matched case-insensitively, in order of first appearance. When
   * `many`, only the first `MAX_DISTINCT` and every "no answer" label or code (`weet niet`, -99).
   */
  distinct: Distinct[];
  /** More than `MAX_DISTINCT` distinct values: `distinct` is not all of them. */
  many: boolean;
  summary: ValueSummary;
  /** The heading marks the column as text typed beside the options (`_TEXT`, `[other]`, "please specify"). */
  textEntry: boolean;
}

/** Negative codes survey tools write for "seen but not answered" (Qualtrics' -99). */
export const SENTINEL = /^-(9|99|999|9999|9[0-8])$/;

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
    many: profiles.some((p) => p.many) || byKey.size > MAX_DISTINCT,
    summary: profiles.map((p) => p.summary).reduce(mergeSummaries),
  };
}

function mergeSummaries(a: ValueSummary, b: ValueSummary): ValueSummary {
  return {
    dates: a.dates && b.dates,
    emails: a.emails && b.emails,
    numbers:
      a.numbers && b.numbers
        ? { min: Math.min(a.numbers.min, b.numbers.min), max: Math.max(a.numbers.max, b.numbers.max) }
        : null,
    negative: a.negative || b.negative,
    longest: Math.max(a.longest, b.longest),
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

/** True when every value is a date or a time of day (a timestamp column, not a question). */
export function isDateColumn(profile: ColumnProfile): boolean {
  return profile.distinct.length > 0 && profile.summary.dates;
}

/** Fewest digits of a number that is a code (a school, a client, a case), not a quantity. */
const CODE_DIGITS = 8;

/**
 * True when the column holds a code per respondent, not an answer: at least 10 answers, every one
 * different (or more than a profile keeps), each a whole number of at least `CODE_DIGITS` digits
 * (`19647336097927`). Its mean would mean nothing. Values that are personal data (a BSN, a phone
 * number: `isPersonal`) are left to be called that.
 */
export function isCodeColumn(profile: ColumnProfile, isPersonal: (value: string) => boolean): boolean {
  const { distinct } = profile;
  if (profile.answered < 10 || (!profile.many && distinct.length !== profile.answered)) return false;
  const pattern = new RegExp(`^\\d{${CODE_DIGITS},}$`);
  if (!distinct.every((d) => pattern.test(d.value.trim()))) return false;
  return !distinct.slice(0, 50).some((d) => isPersonal(d.value));
}

/** True when every value is an e-mail address (personal data, not a question). */
export function isEmailColumn(profile: ColumnProfile): boolean {
  return profile.distinct.length > 0 && profile.summary.emails;
}
