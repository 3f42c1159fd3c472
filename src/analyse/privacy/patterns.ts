/**
 * The regular expressions that find personal data in Dutch open answers. They run on the text as
 * `redact` normalises it (NFKC, so full-width digits and `＠` are plain; every dash is `-`; every
 * space is ` `; invisible characters are gone). Every pattern is linear: each match must start
 * where a run of letters/digits starts (a lookbehind refuses every other position in O(1)), and
 * every quantifier after that is bounded or runs over a single character class that ends at a
 * fixed delimiter, so a hostile 100 kB answer costs O(length).
 *
 * Numbers are matched whole: a match may neither start nor end inside a longer run of letters or
 * digits, nor next to `-5`, `.5` or `,5`, so redaction never leaves part of a number behind.
 */

/** Not inside a word or number, and not right after "5-", "5." or "5,". */
const START = String.raw`(?<![\p{L}\p{M}\p{N}])(?<!\p{N}[.,\-])`;
/** Not followed by a letter or digit, nor by "-5", ".5" or ",5". */
const END = String.raw`(?![\p{L}\p{M}\p{N}])(?![.,\-]\p{N})`;
const SP = String.raw`[ \u00a0]`;
/** Between the digits of a phone number: nothing, one space, or a dash, dot or slash with optional spaces. */
const SEP = String.raw`(?:${SP}?[.\-/]${SP}?|${SP})?`;
/** `n` digits, each after an optional separator. */
const digits = (n: number): string => String.raw`\d(?:${SEP}\d){${n - 1}}`;

// ─── e-mail ───────────────────────────────────────────────────────────────────────────────────

/** Characters of the local part of an address (letters with their accents, digits, `._%+-`). */
const LOCAL = String.raw`[\p{L}\p{M}\p{N}._%+\-]`;
/** A label of the domain. */
const LABEL = String.raw`[\p{L}\p{M}\p{N}\-]+`;
/** "at" written out: `[at]`, `(at)`, `{at}`, `<at>`, and the Dutch "apenstaartje". */
const AT_WORD = '(?:at|apenstaartje)';
/** "dot" written out, and the Dutch "punt". */
const DOT_WORD = '(?:dot|punt)';
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;

const AT_SIGN = `${SP}?@${SP}?`;
const AT_BRACKETED = `${SP}?${OPEN}${SP}?${AT_WORD}${SP}?${CLOSE}${SP}?`;
const AT_BARE = `${SP}{1,2}${AT_WORD}${SP}{1,2}`;
const DOT_BRACKETED = `${SP}?${OPEN}${SP}?${DOT_WORD}${SP}?${CLOSE}${SP}?`;
const DOT_BARE = `${SP}{1,2}${DOT_WORD}${SP}{1,2}`;
/** The end of an address: no letter, digit or hyphen follows its top-level domain. */
const ADDRESS_END = String.raw`(?![\p{L}\p{M}\p{N}\-])`;

/**
 * An address: a local part, `@` (a space allowed either side), `[at]`, `(at)`, `{at}` or `<at>`,
 * and a domain whose labels are joined by `.` or `[dot]`/`(dot)`/`[punt]`, ending in a top-level
 * domain of letters.
 */
export const EMAIL = new RegExp(
  `(?<!${LOCAL})${LOCAL}+(?:${AT_SIGN}|${AT_BRACKETED})` +
    String.raw`${LABEL}(?:(?:\.|${DOT_BRACKETED})${LABEL})*(?:\.|${DOT_BRACKETED})\p{L}{2,}${ADDRESS_END}`,
  'giu',
);

/**
 * An address written with bare words, "jan at voorbeeld dot nl", "jan apenstaartje voorbeeld punt
 * nl" (or mixed with `@`, `[at]`, `.`): run after `EMAIL`, and the caller cuts it at the last
 * top-level domain of `KNOWN_TLDS`, so that only word-at-word-dot-domain reads as an address.
 * Group 1: the "at" as written.
 */
export const EMAIL_IN_WORDS = new RegExp(
  `(?<!${LOCAL})${LOCAL}+(${AT_SIGN}|${AT_BRACKETED}|${AT_BARE})` +
    String.raw`${LABEL}(?:(?:\.|${DOT_BRACKETED}|${DOT_BARE})${LABEL})*(?:\.|${DOT_BRACKETED}|${DOT_BARE})\p{L}{2,}${ADDRESS_END}`,
  'giu',
);

/** Each "dot" of an address with the label after it (group 1), to find where its domain can end. */
export const DOMAIN_DOT = new RegExp(String.raw`(?:\.|${DOT_BRACKETED}|${DOT_BARE})(${LABEL})`, 'giu');

/**
 * Top-level domains an address written with bare words ("jan at voorbeeld dot nl") must end in,
 * so that "ik was at home dot com"-like sentences need a real domain to be read as an address.
 */
export const KNOWN_TLDS: ReadonlySet<string> = new Set(
  [
    'nl be de fr uk eu lu at ch es it pl tr ma sr aw cw',
    'com org net info nu biz email online me io co frl amsterdam edu gov mail',
  ]
    .join(' ')
    .split(' '),
);

// ─── IBAN ─────────────────────────────────────────────────────────────────────────────────────

/**
 * An IBAN of any country: two letters, two check digits, then 10–30 letters or digits, compact or
 * with one space or hyphen between any two (`NL91 ABNA 0417 1643 00`, `NL91-ABNA-…`, `DE89 3704 …`).
 * The match may run on into the next word; the caller cuts it at the country's length and checks
 * mod-97. Groups: 1 country code.
 */
export const IBAN =
  /(?<![\p{L}\p{M}\p{N}])([A-Z]{2})[ -]?\d{2}(?:[ -]?[A-Z0-9]){10,30}(?![\p{L}\p{M}\p{N}])/giu;

// ─── BSN ──────────────────────────────────────────────────────────────────────────────────────

/** An amount in euros (or another currency) is not a BSN: `€ 123.456.782`, `123.456.782 euro`. */
const NOT_AFTER_CURRENCY = `(?<!(?:[€$£]|[Ee][Uu][Rr])${SP}?)`;
const NOT_BEFORE_CURRENCY = `(?!${SP}?(?:[€$£]|[Ee][Uu][Rr]|,-))`;

/**
 * Nine digits: unbroken, in the official `1234.56.782` notation (also with spaces), or in three
 * groups of three with one kind of separator (`111 222 333`, `111-222-333`, `111.222.333`), the
 * groups not part of a longer list of numbers; not the tail of a +31/0031 phone number, and not an
 * amount. The caller checks the 11-proef.
 */
export const BSN = new RegExp(
  START +
    NOT_AFTER_CURRENCY +
    String.raw`(?<!(?:\+|00)31${SP}?(?:\(0\)${SP}?)?)` +
    String.raw`(?:\d{9}|(?<!\p{N}${SP})(?:\d{4}([. ])\d{2}\1\d{3}|\d{3}([ .\-])\d{3}\2\d{3})(?![ .\-]\p{N}))` +
    END +
    NOT_BEFORE_CURRENCY,
  'gu',
);

/**
 * Eight or nine digits (with any single spaces, dots or hyphens between them) shortly after "bsn",
 * "sofi(nummer)" or "burgerservicenummer" (group 1: the context to keep; group 2: the digits); the
 * caller checks the 11-proef (8 digits with a leading 0). The placeholder `[BSN]` is no context.
 */
export const BSN_AFTER_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:bsn|sofi(?:nummer|nr)?|burgerservicenummer)(?![\p{L}\]])[^\p{N}\n]{0,20}?)` +
    String.raw`(\d(?:[ .\-]?\d){7,8})${END}`,
  'giu',
);

// ─── phone ────────────────────────────────────────────────────────────────────────────────────

/** Country codes written with `00` that are read as a phone number (besides 31): neighbours and origins. */
const ZERO_ZERO = '(?:32|33|34|39|41|43|44|45|46|47|48|49|90|212|351|352|353|597)';

/**
 * International phone numbers, run before BSNs so that the 9 digits after +31 are never called a
 * BSN. Groups: 1 Dutch (+31, 0031 or a bare 31 before 9 digits; `(0)` allowed), 2 any other
 * country (`+32 470 12 34 56`; 9–15 digits, no dots, so that `+12.500.000` stays). The caller
 * checks the grouping.
 */
export const PHONE_INTERNATIONAL = new RegExp(
  START +
    '(?:' +
    String.raw`((?:\+|00)31${SEP}(?:\(0\)${SEP}|0${SEP})?[1-9](?:${SEP}\d){8}|(?<!\+)31(?:[1-9]\d{8}|${SP}?6(?:${SEP}\d){8}))` +
    String.raw`|((?:\+(?!31)[1-9]|00${ZERO_ZERO})(?:(?:${SP}?[\-/]${SP}?|${SP})?\d){8,14})` +
    ')' +
    END,
  'gu',
);

/**
 * Dutch national phone numbers, with dates first so that `06-12-2024 15` is read as a date, not a
 * number. Groups: 1 date (kept), 2 area code in brackets, 3 national (0800/090x service numbers of
 * 4 or 7 digits, else 10 digits). The caller checks the grouping.
 */
export const PHONE = new RegExp(
  START +
    '(?:' +
    String.raw`(\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)\d{2})` +
    String.raw`|(\(0(?:6\)${SEP}${digits(8)}|\d{2}\)${SEP}${digits(7)}|\d{3}\)${SEP}${digits(6)}))` +
    String.raw`|(0(?:800|90\d)${SEP}${digits(4)}(?:(?:${SEP}\d){3})?|0[1-9](?:${SEP}\d){8})` +
    ')' +
    END,
  'gu',
);

/** Separators inside a phone number, to split it into the groups people write. */
export const PHONE_GROUP_SEPARATOR = /[ \u00a0./-]+/;

// ─── postcode ─────────────────────────────────────────────────────────────────────────────────

/** Units written right after a number, so that `1500mg` or `2000km` is not read as a postcode. */
const UNITS = 'km|kg|mg|ml|cm|mm|dl|cl|gr|ha|kb|mb|gb|pk|kw';

/** A pattern matching `word` in any case (the patterns have no `i` flag). */
const anyCase = (word: string): string =>
  [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');

/**
 * Two-letter words that follow a number in ordinary text ("in 2019 en 2020", "1500 mg per dag",
 * "2000 km"), in any case, so that `2019 en 12` is not read as a lower-case postcode with a house
 * number.
 */
const WORDS = [
  // Dutch
  'af al da de di do en er ex ga ha he ik in is ja je la ma me na ne nu of oh ok om on op pa te tv',
  'uw vd vs vr wo za ze zo st ca pp nr no eu uu mn',
  // English
  'am an as at be by go hi if it my or so to up us we pm',
  // the letter pairs a postcode never has
  'sa sd ss',
]
  .join(' ')
  .split(' ')
  .concat(UNITS.split('|'))
  .map(anyCase)
  .join('|');
/** Two letters that are not one of `WORDS`. */
const LETTER_PAIR = String.raw`(?!(?:${WORDS})(?!\p{L}))[a-zA-Z]{2}`;
/** A house number: 1–5 digits, but not 4 digits followed by two letters (that is the next postcode). */
const HOUSE_NUMBER = String.raw`(?:[1-9]\d{3}(?!(?:${SP}|-)?${LETTER_PAIR}(?!\p{L}))|\d{1,3}|\d{5})(?!\p{N})`;

/**
 * A postcode with its house number. Forms: `2311 AB`, `2311AB`, `2311-AB` (not SA, SD, SS);
 * `2311ab` unbroken in lower case; and `2311 ab` / `2311-ab` in lower case only with a house
 * number beside it and letters that are not a common word. The house number may be written just
 * before it (`Breestraat 12, 2311 CK`) or after it (`2311 AB 12a`, `2311-AB-12`, `2311AB, nr 12`).
 * Groups: 1 house number before, 2 the lower-case spaced form (the caller wants a house number
 * with it), 3 house number after.
 */
export const POSTCODE = new RegExp(
  START +
    String.raw`(\d{1,5}[a-zA-Z]?[, \u00a0]{1,3})?` +
    String.raw`[1-9]\d{3}(?:(?:${SP}|-)?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss|${UNITS})[a-z]{2}|((?:${SP}|-)${LETTER_PAIR}))` +
    String.raw`((?:[, \u00a0\-]{0,3}(?:(?:[Hh]uisnummer|[Nn]ummer|[Nn][Rr]|[Nn]o)\.?${SP}{0,2})?` +
    String.raw`${HOUSE_NUMBER}(?:[\-/]\d{1,4}|${SP}?-?${SP}?[a-zA-Z](?!\p{L}))?))?` +
    String.raw`(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
