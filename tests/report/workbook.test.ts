import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toWorkbook } from '../../src/report/workbook/index.js';
import { TIDY_COLUMNS } from '../../src/report/workbook/tidy.js';
import { est, HOSTILE, readWorkbook, sheetOf, toFixtureInput, toFixturePng } from './workbook-fixture.js';

let nl: ExcelJS.Workbook;
let en: ExcelJS.Workbook;
beforeAll(async () => {
  nl = await readWorkbook(await toWorkbook(toFixtureInput('nl')));
  en = await readWorkbook(await toWorkbook(toFixtureInput('en')));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('toWorkbook(fixture)', () => {
  it('names the sheets in Dutch for nl', () => {
    expect(nl.worksheets.map((ws) => ws.name)).toEqual([
      'Overzicht',
      'Respons',
      'A Achtergrond',
      'C1 Participatieladder nu',
      'D Randvoorwaarden',
      'H Kansen en uitdagingen',
      'I Functies van de participatieh', // "I Functies van de participatiehub" cut at 31
      'Indicatoren',
      'Verantwoording',
      'Methode',
      'Grafieken',
    ]);
  });

  it('names the sheets in English for en', () => {
    expect(en.worksheets.map((ws) => ws.name)).toEqual([
      'Overview',
      'Response',
      'A Background',
      'C1 Participation ladder now',
      'D Conditions',
      'H Opportunities and challenges',
      'I Functions of the participatio',
      'Indicators',
      'Accounting',
      'Methods',
      'Charts',
    ]);
  });

  it('keeps every sheet name within 31 characters and free of : \\ / ? * [ ]', () => {
    for (const ws of [...nl.worksheets, ...en.worksheets]) {
      expect(ws.name.length).toBeLessThanOrEqual(31);
      expect(ws.name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it('freezes the header row of the first table of a block sheet (row 5 of D)', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.getCell('A5').value).toBe('Id');
    expect(ws.getCell('A5').font?.bold).toBe(true);
  });

  it('writes the mean of d_vroeg (2.8857, n 140) as numbers in D6 and C6, formatted 0.00', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    expect(ws.getCell('A6').value).toBe('d_vroeg');
    expect(ws.getCell('D5').value).toBe('Gemiddelde');
    expect(ws.getCell('D6').value).toBe(2.8857);
    expect(ws.getCell('D6').numFmt).toBe('0.00');
    expect(ws.getCell('C6').value).toBe(140);
    // share agree 0.3143 in G6, as a share
    expect(ws.getCell('G6').value).toBe(0.3143);
    expect(ws.getCell('G6').numFmt).toBe('0%');
  });

  it('shows the suppressed d_vergoeding (n 8) and its n as "–" with the note "n<10", never 0', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    expect(ws.getCell('A8').value).toBe('d_vergoeding');
    for (const address of ['C8', 'D8', 'E8', 'F8', 'G8', 'J8', 'N8'])
      expect(ws.getCell(address).value).toBe('–');
    expect(ws.getCell('P5').value).toBe('Opmerking');
    expect(ws.getCell('P8').value).toBe('n<10');
  });

  it('never writes a number that leaked into a suppressed estimate (mean 3.1 with suppressed true)', async () => {
    const input = toFixtureInput('nl');
    const [vroeg, terug, vergoeding] = input.region.likert;
    const leaked = { ...vergoeding!, mean: { ...vergoeding!.mean, estimate: 3.1, ciLow: 2.2, ciHigh: 4.0 } };
    const region = { ...input.region, likert: [vroeg!, terug!, leaked] };
    const table = input.table.map((e) => (e === vergoeding!.mean ? leaked.mean : e));
    const wb = await readWorkbook(await toWorkbook({ ...input, region, table }));
    expect(['D8', 'E8', 'F8'].map((a) => sheetOf(wb, 'D Randvoorwaarden').getCell(a).value)).toEqual([
      '–',
      '–',
      '–',
    ]);
    const tidy = sheetOf(wb, 'Indicatoren').getRow(16);
    expect([8, 9, 10].map((c) => tidy.getCell(c).value)).toEqual([null, null, null]);
  });

  it('writes the hostile codebook label as text starting with a quote, not as a formula', () => {
    const cell = sheetOf(nl, 'D Randvoorwaarden').getCell('B7');
    expect(cell.value).toBe(`'${HOSTILE}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it('writes a hostile respondent id of the ledger with a quote in front', () => {
    const ws = sheetOf(nl, 'Verantwoording');
    // The region's rows only: R001, R002, @SUM(1+1) and the duplicate R002; not the incomplete R003.
    expect([2, 3, 4, 5].map((r) => ws.getCell(r, 3).value)).toEqual(['R001', 'R002', "'@SUM(1+1)", 'R002']);
    expect(ws.getCell(6, 3).value).toBeNull();
  });

  it('counts the ledger per file: export.csv 5 rows = 3 included + 1 incomplete + 1 duplicate', () => {
    const ws = sheetOf(en, 'Accounting');
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['File', 'Rows read', 'Included', 'Incomplete', 'Duplicate']),
    );
    expect([2, 3, 4, 5, 6, 7].map((c) => ws.getCell(2, 6 + c).value)).toEqual([5, 3, 1, 1, 0, 0]);
    expect(ws.getCell('G4').value).toBe('Total');
    expect(ws.getCell('H4').value).toBe(6);
  });

  it('writes the tidy sheet with the indicators.csv columns, numbers as numbers, suppressed empty', () => {
    const ws = sheetOf(nl, 'Indicatoren');
    expect(ws.getRow(1).values).toEqual([undefined, ...TIDY_COLUMNS]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    const col = (name: (typeof TIDY_COLUMNS)[number]) => TIDY_COLUMNS.indexOf(name) + 1;
    const cells = (r: number) =>
      Object.fromEntries(TIDY_COLUMNS.map((c) => [c, ws.getRow(r).getCell(col(c)).value]));
    // row 2 is the first estimate of the fixture table: mean of d_vroeg, labelled in Dutch
    expect(cells(2)).toEqual({
      region: 'Holland Rijnland',
      subregion: 'all',
      group: 'all',
      level: 'region',
      indicator: 'mean',
      item: 'd_vroeg',
      item_label: 'Inwoners worden vroeg betrokken bij nieuw beleid.',
      category: null,
      category_label: null,
      n: 140,
      estimate: 2.8857,
      ci_low: 2.6903,
      ci_high: 3.0812,
      suppressed: false,
      n_other: null,
      p_value: null,
      q_value: null,
      significant: null,
      suppression: null,
      n_eff: null,
    });
    // header + 7 rows each (mean, share_agree, 5 shares) for d_vroeg and d_terugkoppeling:
    // row 16 is the mean of d_vergoeding, suppressed: no estimate, suppressed TRUE
    expect(cells(16)).toMatchObject({
      indicator: 'mean',
      item: 'd_vergoeding',
      n: null, // hidden as in indicators.csv
      estimate: null,
      suppressed: true,
      suppression: 'small',
    });
  });

  it('writes p, q and significant on comparison rows of the tidy sheet', () => {
    const ws = sheetOf(nl, 'Indicatoren');
    const last = ws.getRow(ws.rowCount);
    const col = (name: (typeof TIDY_COLUMNS)[number]) => last.getCell(TIDY_COLUMNS.indexOf(name) + 1).value;
    expect(col('indicator')).toBe('mean_difference');
    expect([col('n_other'), col('p_value'), col('q_value'), col('significant')]).toEqual([
      43,
      0.0021,
      0.0063,
      true,
    ]);
  });

  it('embeds the chart PNG as an image below its title on the charts sheet', () => {
    const ws = sheetOf(nl, 'Grafieken');
    expect(ws.getCell('A3').value).toBe('Respondenten per rol');
    const images = ws.getImages();
    expect(images).toHaveLength(5);
    const image = nl.getImage(Number(images[0]!.imageId));
    expect(image.extension).toBe('png');
    const stored = Buffer.from(image.buffer as unknown as Uint8Array);
    expect(stored.equals(Buffer.from(toFixturePng()))).toBe(true);
    expect(images[0]!.range.tl.nativeRow).toBe(3);
  });

  it('marks suppressed response counts with "–" and the count note', () => {
    const ws = sheetOf(nl, 'Respons');
    const rows = ws.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
    const carer = rows.find((r) => r[1] === 'Naaste of mantelzorger');
    expect(carer?.[2]).toBe('–');
    expect(carer?.[5]).toBe('n<5 of aanvullend onderdrukt');
  });

  it('states minCell 10, BH q 0.05 and the sha256 of each input on the methods sheet', () => {
    const ws = sheetOf(en, 'Methods');
    const text = ws
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r : []))
      .filter((v): v is string => typeof v === 'string')
      .join('\n');
    expect(text).toContain('fewer than 10 respondents');
    expect(text).toContain('Benjamini–Hochberg (q = 0.05)');
    expect(text).toContain('a3f1c2'.padEnd(64, '0'));
  });

  it('puts the top opportunity on the overview', () => {
    const ws = sheetOf(en, 'Overview');
    const values = ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(values).toContain('1. Youth mental health');
  });

  it('dates the document from generatedAt and names regioscan as creator', () => {
    expect(nl.created.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(nl.modified.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(nl.creator).toBe('regioscan 0.1.0');
  });

  it('gives byte-identical files for the same input whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await toWorkbook(toFixtureInput('nl'));
    vi.setSystemTime(new Date('2031-06-15T13:14:15Z'));
    const second = await toWorkbook(toFixtureInput('nl'));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('numeric questions on their block sheet', () => {
  it('a numeric result of block D is a "Getallen" table there: n, mean with its interval, median', async () => {
    const numeric = {
      item: 'd_vergoeding',
      block: 'D',
      mean: est({ indicator: 'mean', item: 'd_vergoeding', n: 120, estimate: 6.25, ciLow: 5.9, ciHigh: 6.6 }),
      median: est({ indicator: 'median', item: 'd_vergoeding', n: 120, estimate: 6 }),
    };
    const input = toFixtureInput('nl');
    const wb = await readWorkbook(
      await toWorkbook({ ...input, region: { ...input.region, numeric: [numeric] } }),
    );
    const rows: unknown[][] = [];
    sheetOf(wb, 'D Randvoorwaarden').eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const at = rows.findIndex((r) => r[0] === 'Getallen');
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1]).toEqual([
      'Id',
      'Vraag',
      'n',
      'Gemiddelde',
      '95%-BI onder',
      '95%-BI boven',
      'Mediaan',
      'Opmerking',
    ]);
    expect(rows[at + 2]?.slice(0, 7)).toEqual([
      'd_vergoeding',
      'Wie meedoet krijgt een vergoeding voor tijd en kosten.',
      120,
      6.25,
      5.9,
      6.6,
      6,
    ]);
  });
});
