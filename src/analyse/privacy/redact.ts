/**
 * Redaction of personal data in open answers (reliability.md §3): e-mail addresses, IBANs, BSNs,
 * phone numbers and postcodes (with their house number) are replaced by typed placeholders, and
 * only the number of replacements is kept, never the values.
 */
import { isValidBsn, isValidIban } from './checksums.js';
import { BSN, BSN_AFTER_CONTEXT, EMAIL, IBAN, PHONE, PHONE_GROUP_SEPARATOR, POSTCODE } from './patterns.js';

export { isValidBsn, isValidIban } from './checksums.js';

export type PiiKind = 'email' | 'phone' | 'postcode' | 'iban' | 'bsn';

/** Redacted text and how many items of each kind were replaced. */
export interface Redaction {
  text: string;
  counts: Record<PiiKind, number>;
}

/** The placeholder that replaces each kind of personal data (Dutch, as the answers are). */
export const PII_PLACEHOLDER: Readonly<Record<PiiKind, string>> = {
  email: '[e-mail]',
  phone: '[telefoon]',
  postcode: '[postcode]',
  iban: '[IBAN]',
  bsn: '[BSN]',
};

/** One pass: a pattern, and per match the replacement text or `undefined` to keep the match. */
interface Rule {
  kind: PiiKind;
  pattern: RegExp;
  replace: (match: string, groups: (string | undefined)[]) => string | undefined;
}

const always = (kind: PiiKind) => () => PII_PLACEHOLDER[kind];

/**
 * The passes in order: e-mail first (an address may hold digits), then IBAN before BSN (its
 * account number has 10 digits) before phone (so that a BSN is never called a phone number), and
 * postcodes last.
 */
const RULES: readonly Rule[] = [
  { kind: 'email', pattern: EMAIL, replace: always('email') },
  { kind: 'iban', pattern: IBAN, replace: (m) => (isValidIban(m) ? PII_PLACEHOLDER.iban : undefined) },
  { kind: 'bsn', pattern: BSN, replace: (m) => (isValidBsn(m) ? PII_PLACEHOLDER.bsn : undefined) },
  {
    kind: 'bsn',
    pattern: BSN_AFTER_CONTEXT,
    replace: (_m, [context, digits]) =>
      digits !== undefined && isValidBsn(digits) ? `${context ?? ''}${PII_PLACEHOLDER.bsn}` : undefined,
  },
  {
    kind: 'phone',
    pattern: PHONE,
    replace: (m, groups) => (isPhone(m, groups) ? PII_PLACEHOLDER.phone : undefined),
  },
  { kind: 'postcode', pattern: POSTCODE, replace: always('postcode') },
];

/**
 * Replaces e-mail addresses, Dutch IBANs (mod-97), BSNs (11-proef; 8 digits only right after
 * "bsn"/"sofi"/"burgerservicenummer"), Dutch phone numbers and postcodes (with the house number
 * beside them) by `[e-mail]`, `[IBAN]`, `[BSN]`, `[telefoon]` and `[postcode]`. Runs in time
 * linear in the length of `text`. Names and street names are not found: a quote still needs a
 * human read before it is published.
 */
export function redact(text: string): Redaction {
  const counts: Record<PiiKind, number> = { email: 0, phone: 0, postcode: 0, iban: 0, bsn: 0 };
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      // rest is (captures…, offset, whole string); the captures end where the numeric offset starts.
      const groups = rest.slice(
        0,
        rest.findIndex((a) => typeof a === 'number'),
      ) as (string | undefined)[];
      const replacement = rule.replace(match, groups);
      if (replacement === undefined) return match;
      counts[rule.kind] += 1;
      return replacement;
    });
  }
  return { text: out, counts };
}

/**
 * Whether a PHONE match is written as a phone number: not a date, and grouped as people write
 * numbers (every group of 2+ digits; a national number starts with 06, a 3- or 4-digit area code,
 * or is written unbroken), so `0.5 1.5 2.5 3.5 4.5` or `09.00 - 12.30 13.00` stay.
 */
function isPhone(match: string, [date, international, bracketed]: (string | undefined)[]): boolean {
  if (date !== undefined) return false;
  if (international !== undefined) {
    const groups = match
      .replace(/^(?:\+|00)31/, '')
      .replace('(0)', '')
      .split(PHONE_GROUP_SEPARATOR)
      .filter((g) => g !== '');
    return groups.slice(1).every((g) => g.length >= 2);
  }
  if (bracketed !== undefined) {
    const afterBracket = match.slice(match.indexOf(')') + 1).trim();
    return afterBracket.split(PHONE_GROUP_SEPARATOR).every((g) => g.length >= 2);
  }
  const [first = '', ...rest] = match.split(PHONE_GROUP_SEPARATOR);
  const firstOk = first === '06' || first.length === 3 || first.length === 4 || first.length >= 10;
  return firstOk && rest.every((g) => g.length >= 2);
}
