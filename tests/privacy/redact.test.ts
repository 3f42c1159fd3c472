import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PiiKind, redact } from '../../src/analyse/privacy/index.js';

const none: Record<PiiKind, number> = { email: 0, phone: 0, postcode: 0, iban: 0, bsn: 0 };
const only = (kind: PiiKind, n = 1): Record<PiiKind, number> => ({ ...none, [kind]: n });

describe('redact: e-mail', () => {
  it("redact('mail jan.de-vries+enquete@voorbeeld.nl.') is 'mail [e-mail].'", () => {
    expect(redact('mail jan.de-vries+enquete@voorbeeld.nl.')).toEqual({
      text: 'mail [e-mail].',
      counts: only('email'),
    });
  });

  it('redact finds addresses with subdomains and "(at)"', () => {
    expect(redact('J.Jansen@mail.sub.example.co.uk, info (at) gemeente-leiden.nl').text).toBe(
      '[e-mail], [e-mail]',
    );
  });

  it('redact keeps @-mentions and addresses without a top-level domain', () => {
    for (const text of ['volg @gemeente op Twitter', 'jan@ziekenhuis', 'prijs: 2 @ € 5']) {
      expect(redact(text)).toEqual({ text, counts: none });
    }
  });
});

describe('redact: phone', () => {
  const numbers = [
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '06 12 34 56 78',
    '06 - 12 34 56 78',
    '+31 6 12345678',
    '+31612345678',
    '0031 6 1234 5678',
    '+31 (0)6-12345678',
    '071-5123456',
    '071 512 3456',
    '(071) 512 34 56',
    '0172-123456',
    '0800-1234',
    '0900 123 4567',
    '+31 71 512 3456',
  ];
  for (const number of numbers) {
    it(`redact('bel ${number} gerust') is 'bel [telefoon] gerust'`, () => {
      expect(redact(`bel ${number} gerust`)).toEqual({
        text: 'bel [telefoon] gerust',
        counts: only('phone'),
      });
    });
  }

  const nearMisses = [
    'op 12-03-2024 was de bijeenkomst',
    'op 06-12-2024 15 mensen aanwezig',
    'het kostte € 1.250 per jaar',
    'in de periode 2019-2023',
    'open 09.00-12.30 en 13.00-17.00 uur',
    'scores 0.5 1.5 2.5 3.5 4.5',
    'bel bij nood 112',
    // too long for any Dutch number: left whole rather than partly redacted
    '06-123456789',
    '0612345678901',
  ];
  for (const text of nearMisses) {
    it(`redact('${text}') keeps the text`, () => {
      expect(redact(text)).toEqual({ text, counts: none });
    });
  }
});

// 11-proef sums by hand in tests/privacy/checksums.test.ts: 111222333 → 66 (valid), 111222334 → 65,
// 123456782 → 154 (valid), 012345672 → 110 (valid).
describe('redact: BSN', () => {
  it("redact('bsn 111222333') is 'bsn [BSN]'", () => {
    expect(redact('bsn 111222333')).toEqual({ text: 'bsn [BSN]', counts: only('bsn') });
  });

  it("redact('nummer 1234.56.782') is 'nummer [BSN]' (official dotted notation)", () => {
    expect(redact('nummer 1234.56.782').text).toBe('nummer [BSN]');
  });

  it("redact('BSN: 12345672') is 'BSN: [BSN]' (8 digits, leading 0 implied by the context word)", () => {
    expect(redact('BSN: 12345672')).toEqual({ text: 'BSN: [BSN]', counts: only('bsn') });
    expect(redact('mijn burgerservicenummer is 12345672').text).toBe('mijn burgerservicenummer is [BSN]');
  });

  it('redact keeps 9 digits failing the 11-proef, and 8 digits without a context word', () => {
    for (const text of ['kenmerk 111222334', 'factuur 123456789', 'klantnummer 12345672']) {
      expect(redact(text)).toEqual({ text, counts: none });
    }
  });

  it('redact keeps a valid 9-digit run inside a longer number or an amount', () => {
    // 123456782 passes, but here it is part of 1234567820 and of 123456782,50
    for (const text of ['ref 1234567820', 'begroting € 123456782,50']) {
      expect(redact(text)).toEqual({ text, counts: none });
    }
  });

  it("redact('+31 612345671') is a phone number, not a BSN, though 612345671 passes (165 = 15·11)", () => {
    // 9·6+8·1+7·2+6·3+5·4+4·5+3·6+2·7−1·1 = 54+8+14+18+20+20+18+14−1 = 165
    expect(redact('+31 612345671')).toEqual({ text: '[telefoon]', counts: only('phone') });
  });
});

describe('redact: IBAN', () => {
  it("redact('rekening NL91ABNA0417164300') is 'rekening [IBAN]'", () => {
    expect(redact('rekening NL91ABNA0417164300')).toEqual({ text: 'rekening [IBAN]', counts: only('iban') });
  });

  it("redact('NL91 ABNA 0417 1643 00') is '[IBAN]' (printed in groups)", () => {
    expect(redact('NL91 ABNA 0417 1643 00').text).toBe('[IBAN]');
  });

  it("redact('NL91ABNA0417164301') keeps the failing IBAN whole (no [telefoon] inside)", () => {
    expect(redact('NL91ABNA0417164301')).toEqual({ text: 'NL91ABNA0417164301', counts: none });
  });
});

describe('redact: postcode', () => {
  const cases: [string, string][] = [
    ['wij wonen op 2311 AB 12', 'wij wonen op [postcode]'],
    ['2311AB, nr 12', '[postcode]'],
    ['Breestraat 12, 2311 CK Leiden', 'Breestraat [postcode] Leiden'],
    ['2311 CK Leiden', '[postcode] Leiden'],
    ['adres: 2311ab 12a.', 'adres: [postcode].'],
  ];
  for (const [input, output] of cases) {
    it(`redact('${input}') is '${output}'`, () => {
      expect(redact(input)).toEqual({ text: output, counts: only('postcode') });
    });
  }

  it("redact('2311 AB, 2312 CD') finds two postcodes, not one with house number 2312", () => {
    expect(redact('2311 AB, 2312 CD')).toEqual({
      text: '[postcode], [postcode]',
      counts: only('postcode', 2),
    });
  });

  it('redact keeps SA/SD/SS, years before words, and units', () => {
    for (const text of ['1234 SA', 'in 2019 en 2020', 'zo’n 1500mg per dag', '2000km gereden']) {
      expect(redact(text)).toEqual({ text, counts: none });
    }
  });
});

describe('redact: whole answers', () => {
  it('redact keeps a normal Dutch sentence with numbers', () => {
    const text =
      'Ik vind dat de gemeente in 2023 te weinig heeft gedaan: 3 van de 10 mantelzorgers in onze wijk ' +
      'kregen pas na 12-03-2024 hulp, en de eigen bijdrage steeg van € 1.250 naar € 1.400.';
    expect(redact(text)).toEqual({ text, counts: none });
  });

  it('redact counts every kind in one answer', () => {
    const text =
      'Bel 06-12345678 of mail a.b@c.nl; ik woon op 2311 AB 12, bsn 111222333, rekening NL91ABNA0417164300.';
    expect(redact(text)).toEqual({
      text: 'Bel [telefoon] of mail [e-mail]; ik woon op [postcode], bsn [BSN], rekening [IBAN].',
      counts: { email: 1, phone: 1, postcode: 1, iban: 1, bsn: 1 },
    });
  });

  it('redact returns 100 kB hostile strings unchanged (patterns are linear)', () => {
    const hostile = [
      'a'.repeat(100_000),
      '0'.repeat(100_000),
      '0 '.repeat(50_000),
      'a@'.repeat(50_000),
      `a@${'a.'.repeat(50_000)}1`,
      '06-'.repeat(33_000),
      'bsn '.repeat(25_000),
      '(071) '.repeat(16_000),
      '1234 '.repeat(20_000),
      'x1.'.repeat(33_000),
    ];
    for (const text of hostile) expect(redact(text).text).toBe(text);
  });
});

describe('redact: properties', () => {
  it('redact leaves text without digits or @ unchanged', () => {
    const chars = [...'abcdefXYZ éëü,.;:!?-\'"\n'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => redact(t).text === t));
  });

  it('redact reads text whose letters are their own normal form (é, ë, ’) as it reads text that is not (an invisible character after it)', () => {
    // Text of ASCII, é, ë, ’ and emoji needs no normalised copy; a zero-width space at the end
    // sends the same text through the copy, character by character. Both must redact alike, and
    // text with full-width digits, a non-breaking space or an en dash is always copied.
    const token = fc.constantFrom(
      'Zoë',
      'café',
      'n’t',
      '😀',
      'bel',
      '06-12345678',
      '+31 6 1234 5678',
      'zoë@voorbeeld.nl',
      'jan (at) gemeente-leiden.nl',
      '2311 AB',
      'Breestraat 12, 2311 CK Leiden',
      'NL91ABNA0417164300',
      'bsn 111222333',
      '1234.56.782',
      'één',
      // Not their own normal form: full-width digits, a non-breaking space, an en dash.
      '０６-１２３４５６７８',
      '06\u00a012345678',
      '06–12345678',
      ',',
      '.',
    );
    const text = fc.array(token, { maxLength: 12 }).map((ts) => ts.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const plain = redact(t);
        const copied = redact(`${t} \u200b`);
        expect(copied.text).toBe(`${plain.text} \u200b`);
        expect(copied.counts).toEqual(plain.counts);
      }),
      { numRuns: 300 },
    );
    expect(redact('Bel Zoë op 06-12345678 of mail zoë@voorbeeld.nl.')).toEqual({
      text: 'Bel Zoë op [telefoon] of mail [e-mail].',
      counts: { ...none, phone: 1, email: 1 },
    });
  });

  it('redact removes every digit of a Dutch mobile number, however it is grouped', () => {
    const eight = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
      .map((d) => d.join(''));
    const format = fc.constantFrom(
      (s: string) => `06${s}`,
      (s: string) => `06-${s}`,
      (s: string) => `06 ${s.slice(0, 4)} ${s.slice(4)}`,
      (s: string) => `06 ${s.match(/../g)!.join(' ')}`,
      (s: string) => `+31 6 ${s}`,
      (s: string) => `+316${s}`,
      // 6 + 8 digits is a 9-digit run that passes the 11-proef 1 time in 11: still a phone number
      (s: string) => `+31 6${s}`,
      (s: string) => `0031 6${s}`,
      (s: string) => `0031 6-${s}`,
    );
    fc.assert(
      fc.property(eight, format, (s, f) => {
        const out = redact(`mijn nummer: ${f(s)}.`);
        return out.text === 'mijn nummer: [telefoon].' && out.counts.phone === 1;
      }),
    );
  });
});
