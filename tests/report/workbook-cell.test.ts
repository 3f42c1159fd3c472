import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toBlockHeading } from '../../src/report/workbook/block.js';
import { toCellText, writeCell } from '../../src/report/workbook/cell.js';
import { countLines } from '../../src/report/workbook/layout.js';
import { SheetNames, toSheetName } from '../../src/report/workbook/names.js';

// Triggers from OWASP ASVS 1.2.10 (=, +, -, @, TAB, NUL) plus CR; see reliability.md §2.
describe('toCellText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('toCellText(%j) is %j', (input, expected) => {
    expect(toCellText(input)).toBe(expected);
  });

  it('toCellText("\\u0000=1") strips the NUL and still prefixes', () => {
    expect(toCellText('\u0000=1')).toBe("'=1");
  });

  it('toCellText("\\u0000abc") prefixes because the original started with NUL', () => {
    expect(toCellText('\u0000abc')).toBe("'abc");
  });

  it('toCellText strips C0 controls other than TAB/LF/CR, DEL and U+FFFE/U+FFFF', () => {
    expect(toCellText('a\u0001b\u000Bc\u001Fd\u007Fe\uFFFEf')).toBe('abcdef');
  });

  it('toCellText keeps TAB, LF and CR inside the text', () => {
    expect(toCellText('regel 1\nregel 2\tx\r')).toBe('regel 1\nregel 2\tx\r');
  });

  it('toCellText strips a lone surrogate but keeps a pair', () => {
    expect(toCellText('x\uD800y')).toBe('xy');
    expect(toCellText('😀')).toBe('😀');
  });

  it('toCellText leaves ordinary text and the en dash "–" alone', () => {
    expect(toCellText('Alphen aan den Rijn')).toBe('Alphen aan den Rijn');
    expect(toCellText('–')).toBe('–');
  });
});

describe('writeCell', () => {
  const ws = new ExcelJS.Workbook().addWorksheet('t');

  it('writeCell(cell, -0.64) stores a number, not text', () => {
    const cell = ws.getCell('A1');
    writeCell(cell, -0.64);
    expect(cell.value).toBe(-0.64);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
  });

  it('writeCell(cell, NaN) and writeCell(cell, "") leave the cell empty', () => {
    const a = ws.getCell('A2');
    writeCell(a, Number.NaN);
    expect(a.value).toBeNull();
    const b = ws.getCell('A3');
    writeCell(b, '');
    expect(b.value).toBeNull();
  });

  it('writeCell(cell, "=1+1") stores text with a quote, never a formula', () => {
    const cell = ws.getCell('A4');
    writeCell(cell, '=1+1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=1+1");
  });
});

describe('toSheetName', () => {
  it('toSheetName("D: Randvoorwaarden [concept]?") drops the forbidden characters', () => {
    expect(toSheetName('D: Randvoorwaarden [concept]?')).toBe('D Randvoorwaarden concept');
  });

  it('toSheetName cuts at 31 characters', () => {
    expect(toSheetName('I Functies van de participatiehub')).toBe('I Functies van de participatieh');
  });

  it('toSheetName removes apostrophes at the ends and slashes inside', () => {
    expect(toSheetName("'Werk/inkomen'")).toBe('Werk inkomen');
  });

  it('toSheetName("H Kansen en uitdagingen datum[\'x\']") drops the apostrophe the cut leaves at the end', () => {
    // "[" and "]" become spaces; the 31st character is then the apostrophe before x.
    expect(toSheetName("H Kansen en uitdagingen datum['x']")).toBe('H Kansen en uitdagingen datum');
  });

  it('toSheetName of nothing usable is "Sheet"', () => {
    expect(toSheetName('[]*?')).toBe('Sheet');
  });

  it('toSheetName does not split a surrogate pair at the cut', () => {
    const name = toSheetName(`${'a'.repeat(30)}😀`);
    expect(name).toBe('a'.repeat(30));
  });
});

describe('toBlockHeading', () => {
  it('puts a letter id before the title: ("D", "Randvoorwaarden") → "D Randvoorwaarden"', () => {
    expect(toBlockHeading('D', 'Randvoorwaarden')).toBe('D Randvoorwaarden');
  });

  it('keeps a one-letter id that the title only begins with: ("A", "Achtergrond") → "A Achtergrond"', () => {
    expect(toBlockHeading('A', 'Achtergrond')).toBe('A Achtergrond');
  });

  it('gives the title alone when it starts with a short id: ("C1", "C1: Ladder nu") → "C1: Ladder nu"', () => {
    expect(toBlockHeading('C1', 'C1: Ladder nu')).toBe('C1: Ladder nu');
    expect(toBlockHeading('d', 'D Randvoorwaarden')).toBe('D Randvoorwaarden');
  });

  it("gives the title alone when it says a word id: the bench codebook's blocks", () => {
    expect(toBlockHeading('stellingen1', 'Stellingen 1')).toBe('Stellingen 1');
    expect(toBlockHeading('achtergrond', 'Achtergrond')).toBe('Achtergrond');
    expect(toBlockHeading('ervaring', 'Ervaringsdeskundigheid')).toBe('Ervaringsdeskundigheid');
    expect(toBlockHeading('voorwaarden', 'Randvoorwaarden')).toBe('Randvoorwaarden');
    expect(toBlockHeading('zorg', 'Zórg en welzijn')).toBe('Zórg en welzijn');
  });

  it('keeps a word id the title does not say: ("wonen", "Huisvesting") → "wonen Huisvesting"', () => {
    expect(toBlockHeading('wonen', 'Huisvesting')).toBe('wonen Huisvesting');
  });
});

describe('SheetNames', () => {
  it('claim gives " (2)" to a case-insensitive clash', () => {
    const names = new SheetNames();
    expect(names.claim('Overzicht')).toBe('Overzicht');
    expect(names.claim('overzicht')).toBe('overzicht (2)');
    expect(names.claim('OVERZICHT')).toBe('OVERZICHT (3)');
  });

  it('claim keeps a suffixed long name within 31 characters', () => {
    const names = new SheetNames();
    const long = 'I Functies van de participatiehub';
    expect(names.claim(long)).toBe('I Functies van de participatieh');
    const second = names.claim(long);
    // 31 − " (2)".length = 27 characters of the name, then the suffix
    expect(second).toBe('I Functies van de participa (2)');
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it('claim("History") avoids the name Excel reserves', () => {
    expect(new SheetNames().claim('History')).toBe('History (2)');
  });
});

describe('countLines', () => {
  it('countLines("Verschil (belang − nu)", 14) is 2: "Verschil" / "(belang − nu)"', () => {
    expect(countLines('Verschil (belang − nu)', 14)).toBe(2);
  });

  it('countLines("a\\nb", 10) is 2 and a 25-letter word in width 10 takes 3', () => {
    expect(countLines('a\nb', 10)).toBe(2);
    expect(countLines('x'.repeat(25), 10)).toBe(3);
  });
});
