/**
 * What kind of question one column is, from its values alone: a known ordinal scale, numeric
 * 1–5/1–7 codes, joined multi-select options, a few distinct values (single choice), a number,
 * or free text. Ambiguous columns come back with the likelier reading and a `note` saying how to
 * change it. Values are never made options when they would publish what they say: a column whose
 * values look like personal data, are long, or differ for every respondent is open (its answers
 * are quoted only after redaction), as is one with more distinct values than a profile keeps.
 */
import { redact } from '../analyse/privacy/redact.js';
import { decimalComma, labelKey } from '../ingest/values.js';
import { findJoined } from './joined.js';
import { note } from './messages.js';
import { type ColumnProfile, type Distinct, numbersOf } from './profile.js';
import { findKnownScale, findMissingLabel, type KnownLabel, type KnownScale } from './scales.js';

export type Kind =
  | { kind: 'empty' }
  | { kind: 'known'; scale: KnownScale }
  | { kind: 'points'; points: number; missingCodes: number[] }
  | { kind: 'joined'; separator: string; options: Distinct[] }
  /** `note`: the column could also be read otherwise (a number, free text); how to change it. */
  | { kind: 'values'; values: Distinct[]; note?: string }
  | { kind: 'numeric'; min: number; max: number }
  /** `reason`: why values that could be options are not (for the note). */
  | { kind: 'open'; reason?: OpenReason };

/** Why a column of short values is open: too many distinct values, personal data, or one value per respondent. */
export type OpenReason = 'many' | 'personal' | 'unique';

export interface Classified {
  kind: Kind;
  /** "No answer" labels seen in the column ("weet niet", "n.v.t."), with their spellings. */
  missing: { label: KnownLabel; spelling: string }[];
}

/** Most distinct values a single-choice question is inferred with, without asking. */
const MAX_OPTIONS = 12;
/** Words of a question that asks for free text, deciding a column whose values alone cannot. */
const OPEN_WORDS =
  /\b(opmerking(en)?|toelichting|namelijk|waarom|voorbeeld|suggestie|suggesties|comments?|remarks?|explain|why|specify)\b/i;
/** Codes that often mean "weet niet" beside a short scale. */
const MISSING_CODES = new Set([9, 99, 999]);

/** Classify a column; `separator` is the tool's multi-select separator, tried first. */
export function classify(profile: ColumnProfile, separator?: string): Classified {
  const missing: Classified['missing'] = [];
  const substantive: Distinct[] = [];
  for (const d of profile.distinct) {
    const label = findMissingLabel(d.value);
    if (label) missing.push({ label, spelling: d.value });
    else substantive.push(d);
  }
  const kind = profile.many
    ? classifyMany(profile, substantive)
    : classifyValues(profile, substantive, separator);
  return { kind, missing };
}

function classifyValues(profile: ColumnProfile, values: Distinct[], separator?: string): Kind {
  if (values.length === 0) return { kind: 'empty' };
  if (profile.textEntry) return { kind: 'open' };
  const known = findKnownScale(values.map((d) => d.value));
  if (known) return { kind: 'known', scale: known };
  // Before numbers: a phone number or a BSN is all digits.
  if (values.some((d) => isPersonal(d.value))) return { kind: 'open', reason: 'personal' };
  const numbers = numbersOf({ ...profile, distinct: values });
  if (numbers) return classifyNumbers(profile, values, numbers);
  const joined = findJoined(values, separator);
  if (joined) return { kind: 'joined', ...joined };
  return classifyText(profile, values);
}

function classifyNumbers(profile: ColumnProfile, values: Distinct[], numbers: number[]): Kind {
  const sorted = [...numbers].sort((a, b) => a - b);
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  if (!numbers.every(Number.isInteger)) return { kind: 'numeric', min: lo, max: hi };
  // A 9 (or 99) well above the rest is probably "weet niet".
  const below = sorted.length > 1 ? sorted[sorted.length - 2]! : hi;
  const code = MISSING_CODES.has(hi) && below <= hi - 2 && below <= 10 ? hi : undefined;
  const rest = code === undefined ? sorted : sorted.slice(0, -1);
  const top = rest[rest.length - 1]!;
  if (rest[0]! >= 1 && top <= 7 && top >= 4) {
    const points = Math.max(top, 5);
    return { kind: 'points', points, missingCodes: code === undefined ? [] : [code] };
  }
  if (code !== undefined)
    return {
      kind: 'values',
      values: distinctSorted(values),
      note: note.codesOrNumber(profile.header, values.length, lo, hi),
    };
  if (lo >= 0 && hi <= 2) return { kind: 'values', values: distinctSorted(values) };
  if (lo >= 0 && hi <= 10 && (lo === 0 || hi >= 8)) return { kind: 'numeric', min: lo, max: hi };
  if (lo >= 0 && hi <= 20 && values.length <= MAX_OPTIONS)
    return {
      kind: 'values',
      values: distinctSorted(values),
      note: note.codesOrNumber(profile.header, values.length, lo, hi),
    };
  return { kind: 'numeric', min: lo, max: hi };
}

/**
 * A column with more than `MAX_DISTINCT` distinct values: a number when every value is one (the
 * summary holds their range; "no answer" codes still in the profile count too), else open text.
 */
function classifyMany(profile: ColumnProfile, values: readonly Distinct[]): Kind {
  const range = profile.summary.numbers;
  if (profile.textEntry || range === null) return { kind: 'open', reason: 'many' };
  let { min, max } = range;
  for (const d of values) {
    const n = decimalComma(d.value);
    if (n === undefined || Number.isNaN(n)) return { kind: 'open', reason: 'many' };
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { kind: 'numeric', min, max };
}

function classifyText(profile: ColumnProfile, values: Distinct[]): Kind {
  const k = values.length;
  let n = 0;
  let longest = 0;
  let characters = 0;
  for (const d of values) {
    n += d.count;
    characters += d.value.length * d.count;
    if (d.value.length > longest) longest = d.value.length;
  }
  const average = characters / n;
  // Options recur across respondents; free text rarely does.
  const repeats = (k <= 2 && n >= 2 * k) || (k <= MAX_OPTIONS && n >= 1.5 * k) || (k <= 30 && n >= 5 * k);
  if (longest <= 100 && repeats) return { kind: 'values', values: distinctSorted(values) };
  if (longest > 100 || average >= 25 || (k >= 0.8 * n && average >= 15) || OPEN_WORDS.test(profile.text))
    return { kind: 'open' };
  // A different answer from every respondent identifies rather than groups them.
  if (k === n && k > MAX_OPTIONS) return { kind: 'open', reason: 'unique' };
  return { kind: 'values', values: distinctSorted(values), note: note.singleOrOpen(profile.header, k, n) };
}

/** True when `value` holds personal data redaction would hide (e-mail, phone, IBAN, BSN, postcode). */
export function isPersonal(value: string): boolean {
  const { counts } = redact(value);
  return counts.email + counts.phone + counts.iban + counts.bsn + counts.postcode > 0;
}

/** Values in a stable order: numbers by value, text alphabetically (Dutch collation, digits as numbers). */
export function distinctSorted(values: readonly Distinct[]): Distinct[] {
  const num = (d: Distinct) => decimalComma(d.value);
  return [...values].sort((a, b) => {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return (
      a.value.localeCompare(b.value, 'nl', { numeric: true, sensitivity: 'base' }) ||
      labelKey(a.value).localeCompare(labelKey(b.value))
    );
  });
}
