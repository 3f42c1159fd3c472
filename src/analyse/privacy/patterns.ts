/**
 * The regular expressions that find personal data in Dutch open answers. Every pattern is linear:
 * each match must start where a run of letters/digits starts (a lookbehind refuses every other
 * position in O(1)), and every quantifier after that is bounded or runs over a single character
 * class that ends at a fixed delimiter, so a hostile 100 kB answer costs O(length).
 *
 * Numbers are matched whole: a match may neither start nor end inside a longer run of letters or
 * digits, nor next to `-5`, `.5` or `,5`, so redaction never leaves part of a number behind.
 */

/** Not inside a word or number, and not right after "5-", "5." or "5,". */
const START = String.raw`(?<![\p{L}\p{N}])(?<!\p{N}[.,\-])`;
/** Not followed by a letter or digit, nor by "-5", ".5" or ",5". */
const END = String.raw`(?![\p{L}\p{N}])(?![.,\-]\p{N})`;
const SP = String.raw`[ \u00a0]`;
/** Between the digits of a phone number: nothing, one space, or a dash or dot with optional spaces. */
const SEP = String.raw`(?:${SP}?[.\-]${SP}?|${SP})?`;
/** `n` digits, each after an optional separator. */
const digits = (n: number): string => String.raw`\d(?:${SEP}\d){${n - 1}}`;

/** A local part, `@` (or "(at)" / "[at]"), and a domain with a top-level domain of letters. */
export const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+(?:@|${SP}?[\[(]at[\])]${SP}?)` +
    String.raw`[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}\-])`,
  'giu',
);

/** A Dutch IBAN, printed compact or in groups of four; the caller checks mod-97. */
export const IBAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])NL${SP}?\d{2}${SP}?[A-Z]{4}${SP}?\d{4}${SP}?\d{4}${SP}?\d{2}(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Nine digits, or the official `1234.56.782` notation, not being the tail of a +31/0031 phone
 * number; the caller checks the 11-proef.
 */
export const BSN = new RegExp(
  String.raw`${START}(?<!(?:\+|00)31${SP}?(?:\(0\)${SP}?)?)(?:\d{9}|\d{4}\.\d{2}\.\d{3})${END}`,
  'gu',
);

/**
 * Eight digits shortly after "bsn", "sofi(nummer)" or "burgerservicenummer" (group 1: the context
 * to keep; group 2: the digits); the caller checks the 11-proef with a leading 0.
 */
export const BSN_AFTER_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:bsn|sofi(?:nummer|nr)?|burgerservicenummer)(?!\p{L})[^\p{N}\n]{0,20}?)` +
    String.raw`(\d{8})${END}`,
  'giu',
);

/**
 * Phone numbers, with dates first so that `06-12-2024 15` is read as a date, not a number.
 * Groups: 1 date (kept), 2 international (+31 / 0031), 3 area code in brackets, 4 national
 * (0800/090x service numbers of 4 or 7 digits, else 10 digits). The caller checks the grouping.
 */
export const PHONE = new RegExp(
  START +
    '(?:' +
    String.raw`(\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)\d{2})` +
    String.raw`|((?:\+|00)31${SEP}(?:\(0\)${SEP}|0${SEP})?[1-9](?:${SEP}\d){8})` +
    String.raw`|(\(0(?:6\)${SP}?${digits(8)}|\d{2}\)${SP}?${digits(7)}|\d{3}\)${SP}?${digits(6)}))` +
    String.raw`|(0(?:800|90\d)${SEP}${digits(4)}(?:(?:${SEP}\d){3})?|0[1-9](?:${SEP}\d){8})` +
    ')' +
    END,
  'gu',
);

/** Units written right after a number, so that `1500mg` or `2000km` is not read as a postcode. */
const UNITS = 'km|kg|mg|ml|cm|mm|dl|cl|gr|ha|kb|mb|gb|pk|kw';

/**
 * A postcode (`2311 AB`, `2311AB`, `2311ab`; not SA, SD, SS; lower case only when unbroken), with
 * the house number written just before it (`Breestraat 12, 2311 CK`) or after it (`2311 AB 12a`,
 * `2311AB, nr 12`).
 */
export const POSTCODE = new RegExp(
  START +
    String.raw`(?:\d{1,5}[a-zA-Z]?[, \u00a0]{1,3})?` +
    String.raw`[1-9]\d{3}(?:${SP}?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss|${UNITS})[a-z]{2})` +
    String.raw`(?:[, \u00a0]{0,3}(?:(?:[Hh]uisnummer|[Nn]ummer|[Nn][Rr]|[Nn]o)\.?${SP}{0,2})?` +
    String.raw`\d{1,5}(?!\p{N})(?!${SP}?[A-Z]{2}(?!\p{L}))(?:[\-/]\d{1,4}|${SP}?-?${SP}?[a-zA-Z](?!\p{L}))?)?` +
    String.raw`(?![\p{L}\p{N}])`,
  'gu',
);

/** Separators inside a phone number, to split it into the groups people write. */
export const PHONE_GROUP_SEPARATOR = /[ \u00a0.-]+/;
