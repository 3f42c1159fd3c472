/**
 * The workbook reads in the run's language: headers and words on every sheet, TRUE/FALSE and
 * p-values in the format of that language, answer codes shown by their codebook labels, while the
 * tidy sheet keeps the column names and codes of indicators.csv for R, pandas and Power Query.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toWorkbook } from '../../src/report/workbook/index.js';
import { TIDY_COLUMNS } from '../../src/report/workbook/tidy.js';
import { columnOf, readWorkbook, sheetOf, toFixtureInput } from './workbook-fixture.js';

let nl: ExcelJS.Workbook;
let en: ExcelJS.Workbook;
beforeAll(async () => {
  nl = await readWorkbook(await toWorkbook(toFixtureInput('nl')));
  en = await readWorkbook(await toWorkbook(toFixtureInput('en')));
});

const tidyColumn = (name: (typeof TIDY_COLUMNS)[number]) => TIDY_COLUMNS.indexOf(name) + 1;
/** The Excel number formats the workbook promises, written out: "< 0,001" below 0.001, else 3 decimals. */
const P_NL = '[<0.001]"< 0,001";0.000';
const P_EN = '[<0.001]"< 0.001";0.000';

describe('the accounting sheet in the run’s language', () => {
  it('heads the row listing Bestand, Rij, Respondent-id, Status, Reden (nl)', () => {
    const ws = sheetOf(nl, 'Verantwoording');
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(1, c).value)).toEqual([
      'Bestand',
      'Rij',
      'Respondent-id',
      'Status',
      'Reden',
    ]);
  });

  it('says "meegenomen" for an included row and "uitgesloten", "dubbel ingevuld" for the duplicate R002 (nl)', () => {
    const ws = sheetOf(nl, 'Verantwoording');
    expect([ws.getCell('C2').value, ws.getCell('D2').value, ws.getCell('E2').value]).toEqual([
      'R001',
      'meegenomen',
      null,
    ]);
    expect([ws.getCell('C5').value, ws.getCell('D5').value, ws.getCell('E5').value]).toEqual([
      'R002',
      'uitgesloten',
      'dubbel ingevuld',
    ]);
  });

  it('says included, excluded, duplicate in English (en)', () => {
    const ws = sheetOf(en, 'Accounting');
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(1, c).value)).toEqual([
      'File',
      'Row',
      'Respondent id',
      'Status',
      'Reason',
    ]);
    expect(['D2', 'D5', 'E5'].map((a) => ws.getCell(a).value)).toEqual(['included', 'excluded', 'duplicate']);
  });

  it('heads the counts per file with the reasons in Dutch (nl)', () => {
    const ws = sheetOf(nl, 'Verantwoording');
    expect([7, 8, 9, 10, 11, 12, 13, 14].map((c) => ws.getCell(1, c).value)).toEqual([
      'Bestand',
      'Rijen gelezen',
      'Meegenomen',
      'Niet afgerond',
      'Dubbel ingevuld',
      'Buiten de regio’s',
      'Geen inhoudelijk antwoord',
      'Onleesbare rij',
    ]);
    expect(ws.getCell('G4').value).toBe('Totaal');
  });
});

describe('the tidy sheet: the CSV’s names, the run’s language in its notes and formats', () => {
  it('keeps the indicators.csv column names in row 1 in both languages', () => {
    expect(sheetOf(nl, 'Indicatoren').getRow(1).values).toEqual([undefined, ...TIDY_COLUMNS]);
    expect(sheetOf(en, 'Indicators').getRow(1).values).toEqual([undefined, ...TIDY_COLUMNS]);
  });

  it('says what ci_low means in a note on its header, in Dutch and in English', () => {
    const header = (wb: ExcelJS.Workbook, name: string) =>
      sheetOf(wb, name).getCell(1, tidyColumn('ci_low')).note;
    expect(header(nl, 'Indicatoren')).toBe('Ondergrens van het 95%-betrouwbaarheidsinterval.');
    expect(header(en, 'Indicators')).toBe('Lower bound of the 95% interval.');
  });

  it('explains in the note on A1 why the headers are the CSV’s names (nl)', () => {
    const note = String(sheetOf(nl, 'Indicatoren').getCell('A1').note);
    expect(note).toContain('De kolomnamen zijn die van indicators.csv, in elke taal dezelfde');
    expect(note).toContain('R (readxl)');
  });

  it('keeps suppressed a boolean, shown ja/nee in Dutch and TRUE/FALSE in English', () => {
    const nlCell = sheetOf(nl, 'Indicatoren').getCell(2, tidyColumn('suppressed'));
    expect(nlCell.value).toBe(false);
    expect(nlCell.numFmt).toBe('"ja";"ja";"nee"');
    const enCell = sheetOf(en, 'Indicators').getCell(2, tidyColumn('suppressed'));
    expect(enCell.value).toBe(false);
    expect(enCell.numFmt).toBe('"TRUE";"TRUE";"FALSE"');
  });

  it('keeps p 0.0021 and q 0.0063 numbers, formatted "< 0,001" below 0.001 and 3 decimals otherwise', () => {
    const ws = sheetOf(nl, 'Indicatoren');
    const p = ws.getCell(ws.rowCount, tidyColumn('p_value'));
    const q = ws.getCell(ws.rowCount, tidyColumn('q_value'));
    expect([p.value, q.value]).toEqual([0.0021, 0.0063]);
    expect([p.numFmt, q.numFmt]).toEqual([P_NL, P_NL]);
    expect(sheetOf(en, 'Indicators').getCell(ws.rowCount, tidyColumn('p_value')).numFmt).toBe(P_EN);
    const significant = ws.getCell(ws.rowCount, tidyColumn('significant'));
    expect([significant.value, significant.numFmt]).toEqual([true, '"ja";"ja";"nee"']);
  });

  it('labels d_vroeg and its answer 1 with the codebook’s labels in the run’s language', () => {
    // Rows 2–4: the mean of d_vroeg, its share agreeing, then its share answering 1.
    const row = (wb: ExcelJS.Workbook, name: string) => {
      const r = sheetOf(wb, name).getRow(4);
      return ['indicator', 'item', 'category', 'item_label', 'category_label'].map(
        (c) => r.getCell(tidyColumn(c as (typeof TIDY_COLUMNS)[number])).value,
      );
    };
    expect(row(nl, 'Indicatoren')).toEqual([
      'share',
      'd_vroeg',
      '1',
      'Inwoners worden vroeg betrokken bij nieuw beleid.',
      'Helemaal oneens',
    ]);
    expect(row(en, 'Indicators')).toEqual([
      'share',
      'd_vroeg',
      '1',
      'Residents are involved early in new policy.',
      'Strongly disagree',
    ]);
  });
});

describe('p-values on the block sheets', () => {
  it('formats p 0.0021 and q 0.0063 of d_vroeg (residents − professionals) as numbers with the p format', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    // The perspective table: its section title in row 19, headers in row 20, d_vroeg in row 21.
    expect(ws.getCell('A19').value).toBe('Perspectief: inwoners − professionals');
    const p = ws.getCell(21, columnOf(ws, 20, 'p'));
    const q = ws.getCell(21, columnOf(ws, 20, 'q (BH)'));
    expect(ws.getCell('A21').value).toBe('d_vroeg');
    expect([p.value, p.numFmt, q.value, q.numFmt]).toEqual([0.0021, P_NL, 0.0063, P_NL]);
    expect(ws.getCell(21, columnOf(ws, 20, 'Significant')).value).toBe('ja');
  });

  it('keeps a p-value of 0.0004 a number (the format shows it as "< 0.001"), never rounded to 0.00', async () => {
    const input = toFixtureInput('en');
    const [gap] = input.region.perspective;
    const tiny = { ...gap!, pValue: 0.0004, qValue: 0.0004 };
    const wb = await readWorkbook(
      await toWorkbook({ ...input, region: { ...input.region, perspective: [tiny] } }),
    );
    const ws = sheetOf(wb, 'D Conditions');
    const p = ws.getCell(21, columnOf(ws, 20, 'p'));
    expect([p.value, p.type, p.numFmt]).toEqual([0.0004, ExcelJS.ValueType.Number, P_EN]);
    expect(ws.getCell(21, columnOf(ws, 20, 'Significant')).value).toBe('yes');
  });
});

describe('answer categories shown by their labels', () => {
  it('heads the distribution of the statements with the option labels of scale eens5', () => {
    const labels = (wb: ExcelJS.Workbook, name: string) =>
      [10, 11, 12, 13, 14].map((c) => sheetOf(wb, name).getCell(5, c).value);
    expect(labels(nl, 'D Randvoorwaarden')).toEqual([
      '% Helemaal oneens',
      '% Oneens',
      '% Neutraal',
      '% Eens',
      '% Helemaal eens',
    ]);
    expect(labels(en, 'D Conditions')).toEqual([
      '% Strongly disagree',
      '% Disagree',
      '% Neutral',
      '% Agree',
      '% Strongly agree',
    ]);
  });

  it('names the options of the role question by label on block A, not by code', () => {
    const ws = sheetOf(nl, 'A Achtergrond');
    expect([6, 7, 8, 9, 10].map((r) => ws.getCell(r, 3).value)).toEqual([
      'Inwoner zonder zorgvraag',
      'Inwoner met zorgvraag',
      'Naaste of mantelzorger',
      'Professional zorgaanbieder',
      'Gemeente',
    ]);
  });

  it('gives the ladder’s median rung and its distribution the rung labels (Raadplegen (2), % Niet betrokken …)', () => {
    const ws = sheetOf(nl, 'C1 Participatieladder nu');
    expect([ws.getCell('C6').value, ws.getCell('E6').value]).toEqual(['nu', 'Raadplegen (2)']);
    expect([ws.getCell('C7').value, ws.getCell('E7').value]).toEqual(['gewenst', 'Coproduceren (4)']);
    expect(ws.getCell('A16').value).toBe('Participatieladder: verdeling over de treden');
    expect([5, 6, 7, 8, 9, 10, 11].map((c) => ws.getCell(17, c).value)).toEqual([
      '% Niet betrokken',
      '% Informeren',
      '% Raadplegen',
      '% Adviseren',
      '% Coproduceren',
      '% Meebeslissen',
      '% Zelfbeheer',
    ]);
    expect(sheetOf(en, 'C1 Participation ladder now').getCell('E6').value).toBe('Consulting (2)');
  });
});

describe('the methods sheet', () => {
  it('names the survey tool: LimeSurvey, and the generic reader "algemeen CSV- of Excelbestand" in Dutch', () => {
    const ws = sheetOf(nl, 'Methode');
    const tool = columnOf(ws, 16, 'Enquêtetool');
    expect([ws.getCell(17, tool).value, ws.getCell(18, tool).value]).toEqual([
      'LimeSurvey',
      'algemeen CSV- of Excelbestand',
    ]);
    expect(sheetOf(en, 'Methods').getCell(18, tool).value).toBe('generic CSV or Excel file');
  });
});
