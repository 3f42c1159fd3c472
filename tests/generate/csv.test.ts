import { describe, expect, it } from 'vitest';
import { toCsv, toCsvField } from '../../src/generate/csv.js';

// Expected strings follow RFC 4180 §2.5–2.7: fields with commas, quotes or line breaks are
// enclosed in double quotes, and a quote inside is written twice.
describe('toCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['- lijstje', '- lijstje'],
  ])('toCsvField(%j) is %j', (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it("toCsv([['id','tekst'],['1','a, b']]) ends every record with LF", () => {
    expect(
      toCsv([
        ['id', 'tekst'],
        ['1', 'a, b'],
      ]),
    ).toBe('id,tekst\n1,"a, b"\n');
  });
});
