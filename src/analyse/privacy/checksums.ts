/**
 * Check digits of personal numbers, so that redaction only removes numbers that can be real:
 * the BSN 11-proef and the IBAN mod-97 check (ISO 13616 / ISO 7064) with each country's length.
 */

const BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Whether `digits` is a burgerservicenummer: 9 digits (8 digits are read with a leading 0, as
 * older numbers were written) whose 11-proef sum 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11
 * and not 0. Spaces, dots and hyphens between digits (`1234.56.782`, `111-222-333`) are ignored;
 * anything else is `false`.
 */
export function isValidBsn(digits: string): boolean {
  const compact = digits.replace(/[ .\-\u00a0]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return false;
  const padded = compact.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += BSN_WEIGHTS[i]! * Number(padded[i]);
  // The smallest possible sum is −9, so `sum % 11 === 0` with `sum !== 0` means a positive multiple.
  return sum !== 0 && sum % 11 === 0;
}

/**
 * The length of an IBAN per country, from the SWIFT IBAN registry (ISO 13616), including the
 * country code and the two check digits (`NL18`: a Dutch IBAN has 18 characters).
 */
export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  [
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18',
    'DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23',
    'IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27',
    'MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19',
    'SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30',
  ]
    .join(' ')
    .split(' ')
    .map((entry): [string, number] => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** The IBAN length of country `code` (two letters, any case), or undefined when it has no IBAN. */
export function ibanLength(code: string): number | undefined {
  return IBAN_LENGTHS.get(code.toUpperCase());
}

/**
 * Whether `iban` passes the IBAN check: letters and digits only (spaces and hyphens ignored, any
 * case), a country of the IBAN registry with its own length, two check digits 02–98, and the
 * number formed by moving the first four characters to the end and reading A=10 … Z=35 leaves
 * remainder 1 modulo 97. A Dutch IBAN must also have the form `NL99AAAA9999999999`.
 */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[ \-\u00a0]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.length !== ibanLength(compact.slice(0, 2))) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  const check = Number(compact.slice(2, 4));
  if (check < 2 || check > 98) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** Remainder modulo 97 of the digit string that `chars` spells (A=10 … Z=35), one character at a time. */
export function mod97(chars: string): number {
  let rest = 0;
  for (const ch of chars) {
    const value = Number.parseInt(ch, 36);
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest;
}
