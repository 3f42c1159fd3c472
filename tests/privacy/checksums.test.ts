import { describe, expect, it } from 'vitest';
import { ibanLength, mod97 } from '../../src/analyse/privacy/checksums.js';
import { isValidBsn, isValidIban } from '../../src/analyse/privacy/index.js';

// 11-proef by hand: 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9, valid when it is a
// multiple of 11 and not 0.
describe('isValidBsn', () => {
  it("isValidBsn('111222333') is true: 9+8+7+12+10+8+9+6−3 = 66 = 6·11", () => {
    expect(isValidBsn('111222333')).toBe(true);
  });

  it("isValidBsn('111222334') is false: 9+8+7+12+10+8+9+6−4 = 65 = 5·11 + 10", () => {
    expect(isValidBsn('111222334')).toBe(false);
  });

  it("isValidBsn('123456782') is true: 9+16+21+24+25+24+21+16−2 = 154 = 14·11", () => {
    expect(isValidBsn('123456782')).toBe(true);
  });

  it("isValidBsn('123456789') is false: 156−9 = 147 = 13·11 + 4", () => {
    expect(isValidBsn('123456789')).toBe(false);
  });

  it("isValidBsn('12345672') reads 012345672: 0+8+14+18+20+20+18+14−2 = 110 = 10·11, true", () => {
    expect(isValidBsn('12345672')).toBe(true);
  });

  it("isValidBsn('000000000') is false: the sum 0 is a multiple of 11 but not allowed", () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it("isValidBsn('100000009') is false: 9·1 − 1·9 = 0", () => {
    expect(isValidBsn('100000009')).toBe(false);
  });

  it("isValidBsn('1234.56.782') ignores the dots of the official notation", () => {
    expect(isValidBsn('1234.56.782')).toBe(true);
  });

  it("isValidBsn('111-222-333') and isValidBsn('111 222 333') ignore hyphens and spaces", () => {
    expect(isValidBsn('111-222-333')).toBe(true);
    expect(isValidBsn('111 222 333')).toBe(true);
    expect(isValidBsn('111-222-334')).toBe(false);
  });

  it('isValidBsn is false for 7 or 10 digits and for letters', () => {
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });
});

// NL91ABNA0417164300 is the Dutch example of the SWIFT IBAN registry (also on Wikipedia "IBAN").
// Mod-97 by hand, ISO 7064 piecewise: move NL91 to the end and read A=10, B=11, N=23, L=21:
//   ABNA0417164300NL91 → 10 11 23 10 0417164300 23 21 91 = 101123100417164300232191
//   101123100 mod 97 = 18;  18 4171643 mod 97 = 71;  71 0023219 mod 97 = 0;  00 1 mod 97 = 1 → valid.
// Last digit 0 → 1 (NL91ABNA0417164301): … 71 0123219 mod 97 = 90;  90 1 mod 97 = 28 ≠ 1 → invalid.
// (python3: int('101123100417164301232191') % 97 → 28)
describe('isValidIban', () => {
  it("isValidIban('NL91ABNA0417164300') is true (remainder 1)", () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
  });

  it("isValidIban('NL91ABNA0417164301') is false (remainder 28)", () => {
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
  });

  it("isValidIban('nl91 abna 0417 1643 00') ignores case and the spaces of the printed form", () => {
    expect(isValidIban('nl91 abna 0417 1643 00')).toBe(true);
  });

  it('isValidIban is false for a Dutch IBAN of the wrong shape', () => {
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('NL91AB1A0417164300')).toBe(false);
    expect(isValidIban('0417164300')).toBe(false);
  });
});

// The examples of the SWIFT IBAN registry; python3 checks the remainders, e.g. Belgium:
// BE68539007547034 → 539007547034 BE68 → 539007547034 11 14 68 → int('5390075470341114' + '68') % 97 = 1.
describe('isValidIban: other countries', () => {
  const valid = [
    'BE68539007547034',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'GB29NWBK60161331926819',
    'ES9121000418450200051332',
    'AT611904300234573201',
    'NO9386011117947',
  ];
  for (const iban of valid) {
    it(`isValidIban('${iban}') is true (remainder 1, length ${iban.length} as registered)`, () => {
      expect(mod97(iban.slice(4) + iban.slice(0, 4))).toBe(1);
      expect(isValidIban(iban)).toBe(true);
    });
  }

  it('isValidIban ignores the spaces and hyphens of the printed forms', () => {
    expect(isValidIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidIban('NL91-ABNA-0417-1643-00')).toBe(true);
  });

  it('isValidIban is false for a wrong check digit, the wrong length, or a country without IBAN', () => {
    expect(isValidIban('BE68539007547035')).toBe(false);
    // 17 characters: one digit more than a Belgian IBAN has.
    expect(isValidIban('BE685390075470340')).toBe(false);
    expect(isValidIban('US12345678901234567')).toBe(false);
  });

  it('ibanLength gives the registered length per country, any case', () => {
    expect([ibanLength('NL'), ibanLength('be'), ibanLength('DE'), ibanLength('XX')]).toEqual([
      18,
      16,
      22,
      undefined,
    ]);
  });
});
