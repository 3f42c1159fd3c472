/**
 * Check digits of Dutch personal numbers, so that redaction only removes numbers that can be real:
 * the BSN 11-proef and the IBAN mod-97 check (ISO 13616 / ISO 7064).
 */

const BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Whether `digits` is a burgerservicenummer: 9 digits (8 digits are read with a leading 0, as
 * older numbers were written) whose 11-proef sum 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11
 * and not 0. Spaces and dots between digits (`1234.56.782`) are ignored; anything else is `false`.
 */
export function isValidBsn(digits: string): boolean {
  const compact = digits.replace(/[ .\u00a0]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return false;
  const padded = compact.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += BSN_WEIGHTS[i]! * Number(padded[i]);
  // The smallest possible sum is −9, so `sum % 11 === 0` with `sum !== 0` means a positive multiple.
  return sum !== 0 && sum % 11 === 0;
}

/**
 * Whether `iban` passes the IBAN check: letters and digits only (spaces ignored, any case), two
 * check digits 02–98, and the number formed by moving the first four characters to the end and
 * reading A=10 … Z=35 leaves remainder 1 modulo 97. A Dutch IBAN must also have the form
 * `NL99AAAA9999999999` (18 characters).
 */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[ \u00a0]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  const check = Number(compact.slice(2, 4));
  if (check < 2 || check > 98) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** Remainder modulo 97 of the digit string that `chars` spells (A=10 … Z=35), one character at a time. */
function mod97(chars: string): number {
  let rest = 0;
  for (const ch of chars) {
    const value = Number.parseInt(ch, 36);
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest;
}
