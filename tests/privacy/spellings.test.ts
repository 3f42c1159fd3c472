/**
 * The spellings of personal data that redaction must catch (issue 10, point 5), the look-alikes it
 * must leave alone, the counts per kind, and properties: a generated valid BSN, IBAN, phone number,
 * e-mail address or postcode in random text is always removed whole, and redaction is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mod97 } from '../../src/analyse/privacy/checksums.js';
import {
  describeRedactions,
  noRedactions,
  PII_PLACEHOLDER,
  type PiiKind,
  redact,
} from '../../src/analyse/privacy/redact.js';
import { redactionsInQuotes } from '../../src/analyse/quotes.js';
import type { RegionResult } from '../../src/analyse/types.js';
import { ScaleBook } from '../../src/init/scalebook.js';

const only = (kind: PiiKind, n = 1): Record<PiiKind, number> => ({ ...noRedactions(), [kind]: n });

// Valid numbers used below, with their checks:
// BSN 111222333: 9+8+7+12+10+8+9+6−3 = 66 = 6·11; 123456782: 154 = 14·11 (tests/privacy/checksums.test.ts).
// IBANs: the examples of the SWIFT IBAN registry (NL91ABNA0417164300, BE68539007547034,
// DE89370400440532013000, FR1420041010050500013M02606, GB29NWBK60161331926819,
// ES9121000418450200051332), each remainder 1 modulo 97 (checked in checksums.test.ts).
const SPELLINGS: [kind: PiiKind, text: string][] = [
  // BSN, 11-proef kept
  ['bsn', '111222333'],
  ['bsn', '111 222 333'],
  ['bsn', '111-222-333'],
  ['bsn', '111.222.333'],
  ['bsn', '111–222–333'],
  ['bsn', '123 456 782'],
  ['bsn', '1234.56.782'],
  ['bsn', '1234 56 782'],
  ['bsn', '１１１２２２３３３'],
  // postcode with house number
  ['postcode', '2311 ab 12a'],
  ['postcode', '2311 ab 12'],
  ['postcode', '2311-AB-12'],
  ['postcode', '2311-ab-12'],
  ['postcode', '2311AB 12'],
  ['postcode', '2311ab 12'],
  ['postcode', '2311 AB 12'],
  ['postcode', '2311 Ab 12-2'],
  ['postcode', '2311–AB–12'],
  ['postcode', '2311 AB, nr 12'],
  ['postcode', '２３１１ ＡＢ １２'],
  // IBAN, any registry country, spaces or dashes
  ['iban', 'NL91ABNA0417164300'],
  ['iban', 'NL91 ABNA 0417 1643 00'],
  ['iban', 'NL91-ABNA-0417-1643-00'],
  ['iban', 'nl91 abna 0417 1643 00'],
  ['iban', 'NL91 ABNA 0417164300'],
  ['iban', 'BE68 5390 0754 7034'],
  ['iban', 'BE68-5390-0754-7034'],
  ['iban', 'BE68539007547034'],
  ['iban', 'DE89 3704 0044 0532 0130 00'],
  ['iban', 'DE89370400440532013000'],
  ['iban', 'FR14 2004 1010 0505 0001 3M02 606'],
  ['iban', 'GB29 NWBK 6016 1331 9268 19'],
  ['iban', 'ES91 2100 0418 4502 0005 1332'],
  ['iban', 'ＮＬ９１ＡＢＮＡ０４１７１６４３００'],
  // phone
  ['phone', '06–12345678'],
  ['phone', '06—12345678'],
  ['phone', '06‑12345678'],
  ['phone', '06 − 1234 5678'],
  ['phone', '06 – 12 34 56 78'],
  ['phone', '０６１２３４５６７８'],
  ['phone', '０６－１２３４５６７８'],
  ['phone', '31612345678'],
  ['phone', '31 6 12345678'],
  ['phone', '+31 (0)6 12345678'],
  ['phone', '+31(0)6-1234 5678'],
  ['phone', '+31 (0)20 123 4567'],
  ['phone', '0031 6 12345678'],
  ['phone', '0031 (0)6 1234 5678'],
  ['phone', '+32 470 12 34 56'],
  ['phone', '+49 151 12345678'],
  ['phone', '0032 470 12 34 56'],
  ['phone', '06/12345678'],
  ['phone', '(06)-12345678'],
  ['phone', '071–512 34 56'],
  ['phone', '06\u00a012345678'],
  ['phone', '06\u200b1234\u200b5678'],
  // e-mail
  ['email', 'jan＠voorbeeld.nl'],
  ['email', 'jan﹫voorbeeld.nl'],
  ['email', 'ｊａｎ＠ｖｏｏｒｂｅｅｌｄ．ｎｌ'],
  ['email', 'jan @ voorbeeld.nl'],
  ['email', 'jan [at] voorbeeld [dot] nl'],
  ['email', 'jan[at]voorbeeld[dot]nl'],
  ['email', 'jan (at) voorbeeld (dot) nl'],
  ['email', 'jan(at)voorbeeld.nl'],
  ['email', 'jan {at} voorbeeld {dot} com'],
  ['email', 'jan at voorbeeld dot nl'],
  ['email', 'Jan AT Voorbeeld DOT NL'],
  ['email', 'j.de.vries at gemeente-leiden dot nl'],
  ['email', 'jan apenstaartje voorbeeld punt nl'],
  ['email', 'jan@voorbeeld punt nl'],
  ['email', 'jan\u200b@voorbeeld.nl'],
];

describe('redact: every spelling is replaced whole by its placeholder', () => {
  for (const [kind, spelling] of SPELLINGS) {
    it(`redact('mijn gegevens: ${spelling}, dank') is 'mijn gegevens: ${PII_PLACEHOLDER[kind]}, dank'`, () => {
      expect(redact(`mijn gegevens: ${spelling}, dank`)).toEqual({
        text: `mijn gegevens: ${PII_PLACEHOLDER[kind]}, dank`,
        counts: only(kind),
      });
    });
  }

  it('redact keeps the context of a postcode written the usual ways, and cuts an IBAN at its length', () => {
    const cases: [string, string][] = [
      ['Breestraat 12, 2311 ck Leiden', 'Breestraat [postcode] Leiden'],
      ['postcode 2311 ab', 'postcode [postcode]'],
      ['2311 ab Leiden', '[postcode] Leiden'],
      ['BE68 5390 0754 7034 en meer', '[IBAN] en meer'],
      ['NL91ABNA0417164300 NL91ABNA0417164300', '[IBAN] [IBAN]'],
      ['jan at voorbeeld dot nl punt uit', '[e-mail] punt uit'],
      ['jan@voorbeeld.nl punt uit', '[e-mail] punt uit'],
      ['bsn 12345672 3 kinderen', 'bsn [BSN] 3 kinderen'],
      ['bsn: 11 12 22 333', 'bsn: [BSN]'],
    ];
    for (const [input, output] of cases) expect(redact(input).text).toBe(output);
  });

  it("redact keeps the original's other characters (full-width, dashes) outside what it replaces", () => {
    expect(redact('Ｈａｌｌｏ， bel ０６１２３４５６７８！').text).toBe('Ｈａｌｌｏ， bel [telefoon]！');
    expect(redact('café – bel 06–12345678 — ﬁjn').text).toBe('café – bel [telefoon] — ﬁjn');
    // An invisible character goes with its neighbour: inside or at the edge of a number, with it.
    expect(redact('a\u200b 06 12345678\u200b x').text).toBe('a\u200b [telefoon] x');
  });
});

const LOOK_ALIKES: string[] = [
  // amounts and percentages
  'het kostte 1.250 euro per jaar',
  'de eigen bijdrage is € 1.250,50',
  'een budget van € 123.456.782',
  'een budget van 123.456.782 euro',
  'ruim € 2.500.000 voor de wijk',
  'een stijging van +12.500.000 euro',
  'stijging van 12,5% en 50% van de mensen',
  'een toename van +5%',
  // dates and times
  'op 12-03-2024 was de bijeenkomst',
  'op 12/03/2024 en 12.03.2024',
  'sinds 2024-03-12',
  'op 06-12-2024 om 15.00 uur',
  'op 01/03/2024 15 mensen aanwezig',
  'van 09:00 tot 17:30 en 09.00-12.30',
  // years and counts
  'in 2019 en 2020',
  'in 2019 en 12 anderen',
  'tussen 1990 en 2000 woonden er 3 van de 10',
  'in de periode 2019-2023',
  'ik ben 31 jaar en heb 6 kinderen',
  'op 31 december 2024',
  'ik woon hier al 31 jaar 6 maanden',
  // near BSNs: failing the 11-proef, or part of a list of numbers
  'kenmerk 111222334 en factuur 123456789',
  'score 123 456 789',
  'scores 123 456 782 900',
  'de aantallen 100 200 300',
  // near postcodes
  '1234 SA en 1234 sd 12',
  'zo’n 1500mg per dag, 1500 mg, 2000 km gereden',
  'in 2019 ik ben 12',
  // near e-mail addresses
  'volg @gemeente op Twitter',
  'prijs: 2 @ € 5',
  'ik was at home',
  'hij at 2 boterhammen',
  'jan at home dot xyz',
  'jan@ziekenhuis',
  // near IBANs
  'NL91ABNA0417164301',
  'BE68 5390 0754 7035',
  'ISO 9001 2015 gecertificeerd',
  'AB12 3456 7890 1234',
  // near phone numbers
  'bel bij nood 112',
  'scores 0.5 1.5 2.5 3.5 4.5',
  'versie 1.2.3.4',
  '+31 punten',
  '06-123456789',
];

describe('redact: look-alikes stay unchanged', () => {
  for (const text of LOOK_ALIKES) {
    it(`redact('${text}') keeps the text`, () => {
      expect(redact(text)).toEqual({ text, counts: noRedactions() });
    });
  }
});

describe('redact: counts per kind', () => {
  it('counts every kind in one answer, and describes the counts without the values', () => {
    const text =
      'Mail jan＠voorbeeld.nl, piet [at] voorbeeld [dot] nl of kees at voorbeeld dot nl; bel 06–12345678. ' +
      'Ik woon op 2311 ab 12a, bsn 111-222-333, rekening BE68 5390 0754 7034 en NL91-ABNA-0417-1643-00.';
    const r = redact(text);
    expect(r.counts).toEqual({ email: 3, phone: 1, postcode: 1, iban: 2, bsn: 1 });
    expect(r.text).toBe(
      'Mail [e-mail], [e-mail] of [e-mail]; bel [telefoon]. ' +
        'Ik woon op [postcode], bsn [BSN], rekening [IBAN] en [IBAN].',
    );
    expect(describeRedactions(r.counts)).toBe(
      '3 e-mail addresses, 1 phone number, 1 postcode, 2 IBANs, 1 BSN',
    );
    expect(describeRedactions(noRedactions())).toBe('');
  });

  it('redactionsInQuotes counts a quote shown in two reports once', () => {
    const quote = (item: string, text: string, counts: Record<PiiKind, number>) => ({
      item,
      text,
      redactions: Object.values(counts).reduce((a, b) => a + b, 0),
      redactedByKind: counts,
    });
    const a = quote('q1', 'bel [telefoon] of mail [e-mail]', { ...only('phone'), email: 1 });
    const b = quote('q1', 'mail [e-mail] en [e-mail]', only('email', 2));
    const results = [{ quotes: [a, b] }, { quotes: [a] }] as unknown as RegionResult[];
    expect(redactionsInQuotes(results)).toEqual({ ...noRedactions(), email: 3, phone: 1 });
  });

  it('an option label that init finds in the data passes the same redaction', () => {
    const book = new ScaleBook();
    const id = book.values('contact', [
      { value: 'jan@voorbeeld.nl', count: 4 },
      { value: 'bel 06-12345678', count: 3 },
      { value: 'geen contact', count: 5 },
    ]);
    expect(book.options(id).map((o) => o.label)).toEqual([
      { nl: '[e-mail]', en: '[e-mail]' },
      { nl: 'bel [telefoon]', en: 'bel [telefoon]' },
      { nl: 'geen contact', en: 'geen contact' },
    ]);
  });
});

// ─── properties ───────────────────────────────────────────────────────────────────────────────

const digit = fc.integer({ min: 0, max: 9 });
const digitsOf = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
/** The separators people put inside numbers (after normalising: space, `-`, `.`), and the dashes. */
const separator = fc.constantFrom(' ', '-', '.', '–', '—', '‑', '\u00a0');
const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A valid BSN: 8 digits and the check digit that makes the 11-proef sum a non-zero multiple of 11. */
const bsn = digitsOf(8)
  .map((d8) => {
    const sum = [...d8].reduce((s, d, i) => s + (9 - i) * Number(d), 0);
    return { d8, check: sum % 11, sum };
  })
  .filter(({ check, sum }) => check < 10 && sum - check !== 0)
  .map(({ d8, check }) => `${d8}${check}`);
const bsnSpelling = fc
  .tuple(
    bsn,
    fc.constantFrom(' ', '-', '.', '–'),
    fc.constantFrom('compact', 'threes', 'official', 'full-width'),
  )
  .map(([n, sep, form]) => {
    if (form === 'threes') return `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
    if (form === 'official') return `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
    return form === 'full-width' ? fullWidth(n) : n;
  });

/** A valid IBAN of a few countries, with its BBAN shape, check digits computed by mod-97. */
const ibanCountries: Record<string, (d: string, l: string) => string> = {
  NL: (d, l) => `${l.slice(0, 4)}${d.slice(0, 10)}`,
  BE: (d) => d.slice(0, 12),
  DE: (d) => d.slice(0, 18),
  FR: (d) => d.slice(0, 23),
  GB: (d, l) => `${l.slice(0, 4)}${d.slice(0, 14)}`,
  ES: (d) => d.slice(0, 20),
  AT: (d) => d.slice(0, 16),
};
const iban = fc
  .tuple(
    fc.constantFrom(...Object.keys(ibanCountries)),
    digitsOf(24),
    fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 }),
  )
  .map(([country, d, letters]) => {
    const bban = ibanCountries[country]!(d, letters.join(''));
    const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
    return `${country}${check}${bban}`;
  });
const ibanSpelling = fc.tuple(iban, fc.constantFrom('', ' ', '-'), fc.boolean()).map(([n, sep, lower]) => {
  const spelled = sep === '' ? n : n.match(/.{1,4}/g)!.join(sep);
  return lower ? spelled.toLowerCase() : spelled;
});

/** A Dutch phone number as people write it, with any dash or space between the groups. */
const phoneSpelling = fc
  .tuple(
    digitsOf(8),
    digitsOf(7),
    fc.integer({ min: 10, max: 99 }),
    separator,
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([m, l, area, sep, form]) => {
    const forms = [
      `06${sep}${m}`,
      `06${m}`,
      `06 ${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4, 6)} ${m.slice(6)}`,
      `+31 6 ${m}`,
      `+31 (0)6${sep}${m}`,
      `0031 6${sep}${m}`,
      `316${m}`,
      `0${area}${sep}${l}`,
      `0${area} ${l.slice(0, 3)} ${l.slice(3)}`,
      fullWidth(`06${m}`),
    ];
    return forms[form]!;
  })
  // A 06 number's 8 digits after "06-" never form a date; 0AA-BBBBBBB with area 06 is a mobile.
  .filter((s) => !/^06[-.](\d{2})[-.]/.test(s));

const word = (chars: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((c) => c.join(''));
/** An e-mail address, written with `@`, `＠`, `[at]`, `(at)` or the bare words. */
const emailSpelling = fc
  .tuple(
    word('abcdefghijklmnopqrstuvwxyz', 1, 1),
    word('abcdefghijklmnopqrstuvwxyz0123456789._-', 0, 8),
    word('abcdefghijklmnopqrstuvwxyz', 1, 1),
    word('abcdefghijklmnopqrstuvwxyz0123456789-', 1, 10),
    fc.constantFrom('nl', 'com', 'be', 'org', 'eu'),
    fc.integer({ min: 0, max: 5 }),
  )
  .filter(([, , first, rest]) => !/^(at|dot|punt|apenstaartje)$/.test(first + rest))
  .map(([a, local, d, domain, tld, form]) => {
    const name = a + local.replace(/[._-]+$/, '');
    const host = d + domain.replace(/-+$/, '');
    const forms = [
      `${name}@${host}.${tld}`,
      `${name}＠${host}.${tld}`,
      `${name} [at] ${host} [dot] ${tld}`,
      `${name}(at)${host}(dot)${tld}`,
      `${name} at ${host} dot ${tld}`,
      `${name} apenstaartje ${host} punt ${tld}`,
    ];
    return forms[form]!;
  });

/** A postcode with its house number: upper or lower case, with a space, a dash or nothing. */
const postcodeSpelling = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    // Letters that never spell a short word ("en", "de", "mg"), so the lower-case forms are postcodes too.
    word('BFHJLQRWXZ', 1, 1),
    word('BCDFGHJKLMNPQRTVWXZ', 1, 1),
    fc.integer({ min: 1, max: 999 }),
    fc.constantFrom('', 'a', 'B', '-2'),
    fc.constantFrom(' ', '-', '', '–'),
    fc.boolean(),
  )
  .map(([digits, l1, l2, house, suffix, sep, lower]) => {
    const letters = lower ? (l1 + l2).toLowerCase() : l1 + l2;
    const after = sep === '' ? ' ' : sep;
    return `${digits}${sep}${letters}${after}${house}${suffix}`;
  });

/** Filler words, ordinary numbers among them, which redaction must leave alone. */
const filler = fc
  .array(
    fc.constantFrom(
      'de',
      'het',
      'en',
      'wij',
      'gemeente',
      'mantelzorger',
      'hulp',
      'niet',
      'goed',
      'wachtlijst',
      'buurt',
      'jaar',
      'week',
      'in',
      '2019',
      '2023',
      '1.250',
      '€',
      '12,50',
      '50%',
      '3',
      '12-03-2024',
      '09:30',
      '—',
      '(ja)',
      'ﬁjn',
      'Ｈａｌｌｏ',
    ),
    { maxLength: 8 },
  )
  .map((w) => w.join(' '));
/**
 * A word or a mark right before and after the personal data, so no number of the filler touches
 * it (`111 222 333 1.250` is a list of numbers, left alone on purpose).
 */
const before = fc.constantFrom('mijn', 'bel', 'nummer:', 'is', '(', '"', 'adres', 'mail');
const after = fc.constantFrom('.', ',', ')', '!', ' graag', ' bedankt', ' of', '"');

const KINDS: [PiiKind, fc.Arbitrary<string>][] = [
  ['bsn', bsnSpelling],
  ['iban', ibanSpelling],
  ['phone', phoneSpelling],
  ['email', emailSpelling],
  ['postcode', postcodeSpelling],
];

describe('redact: properties', () => {
  for (const [kind, spelling] of KINDS) {
    it(`a generated ${kind} in random text is always removed whole, the text around it kept`, () => {
      fc.assert(
        fc.property(filler, before, spelling, after, filler, (pre, b, pii, a, post) => {
          const head = pre === '' ? `${b} ` : `${pre} ${b} `;
          const tail = post === '' ? a : `${a} ${post}`;
          const out = redact(`${head}${pii}${tail}`);
          expect(out.text).toBe(`${head}${PII_PLACEHOLDER[kind]}${tail}`);
          expect(out.counts).toEqual(only(kind));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('redact is idempotent: a second pass finds nothing and changes nothing', () => {
    const unit = fc.constantFrom(
      ...'0123456789012345678906 -.–/()+@＠０６abnlAB'.split(''),
      ' at ',
      ' dot ',
      '[at]',
      '31',
      'NL91',
      'bsn ',
      '\u200b',
      'ﬁ',
    );
    const text = fc.string({ unit, maxLength: 60 });
    const withPii = fc
      .tuple(text, fc.oneof(...KINDS.map(([, s]) => s)), text)
      .map(([x, pii, y]) => `${x}${pii}${y}`);
    fc.assert(
      fc.property(fc.oneof(text, withPii), (t) => {
        const once = redact(t);
        const twice = redact(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.counts).toEqual(noRedactions());
      }),
      { numRuns: 400 },
    );
  });

  it('redact stays linear on 100 kB hostile strings of the new spellings', () => {
    const hostile = [
      'a at '.repeat(20_000),
      'a [at] b '.repeat(11_000),
      'a@b dot '.repeat(12_000),
      'NL91 '.repeat(20_000),
      'NL91-ABNA-'.repeat(10_000),
      '111 '.repeat(25_000),
      '111-'.repeat(25_000),
      '2311 ab '.repeat(12_500),
      '2311-AB-'.repeat(12_500),
      '+3'.repeat(50_000),
      '31'.repeat(50_000),
      '０'.repeat(100_000),
      '０６－'.repeat(33_000),
      '\u200b1'.repeat(50_000),
    ];
    const started = performance.now();
    for (const t of hostile) redact(t);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
