/**
 * Google Forms fixtures: the public Sheets download of the Software Sustainability Institute's 2014
 * survey (CC BY 2.5 Scotland; first 25 records) and a synthetic "Download responses (.csv)" file.
 * The public survey has no region question: "How many years have you worked in research?" stands in
 * as the region. Its expected codes were read with Python's csv module, independently of our parser.
 */
import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/ingest/formats/index.js';
import { codes, fixtureTable, ingestFixture, ledger, texts, ticks } from './fixtures.js';

describe('googleforms: normalize', () => {
  it('Sheets download: Timestamp is the metadata and the timestamp column; checkboxes joined by ", "', async () => {
    const t = normalizeTable(await fixtureTable('googleforms_sheets_2014_head.csv'));
    expect(t.headers[0]).toBe('Timestamp');
    expect(t.headers[5]).toBe('Question 5: How many years have you worked in research?');
    expect(t.headers[7]).toBe('Question 7: What would happen if you could no longer use research software?'); // trailing space trimmed
    expect(t.meta).toEqual({
      metaColumns: [0],
      timestamp: 'Timestamp',
      multiSeparator: ', ',
      dateOrder: 'mdy',
    });
    // The all-empty second row is skipped while reading: the first response is spreadsheet row 3.
    expect(t.records[0]?.row).toBe(3);
  });

  it('direct "Download responses (.csv)": e-mail column is metadata; checkboxes joined by ";" (partly verified)', async () => {
    const t = normalizeTable(await fixtureTable('googleforms_direct.csv'));
    expect(t.meta).toEqual({
      metaColumns: [0, 1],
      timestamp: 'Timestamp',
      multiSeparator: ';',
      dateOrder: 'mdy',
    });
  });

  it('a question titled "Email address" further on stays a question; Score after the e-mail is metadata', () => {
    const rows = [['Timestamp', 'Email Address', 'Score', 'Regio', 'Email address']];
    const t = normalizeTable({
      file: 'quiz.csv',
      records: rows.map((cells, i) => ({ cells, row: i + 1, line: i + 1 })),
      encoding: 'utf-8',
      delimiter: ',',
      blankRecords: 0,
      notes: [],
    });
    expect(t.meta.metaColumns).toEqual([0, 1, 2]);
  });
});

describe('googleforms: ingest with the fixture codebook', () => {
  it('Sheets download of the 2014 survey: 25 records, codes as read by Python csv; "Other" texts are reported', async () => {
    const { survey, issues } = await ingestFixture('googleforms_sheets_2014_head.csv');
    // An "Other" text appended to the joined checkboxes is no option: the two records with one are
    // reported (the ingest core has no "other" option for joined multi-selects yet).
    expect(issues.map((i) => [i.code, i.row, i.value])).toEqual([
      [
        'invalid_value',
        5,
        'I conduct research, I support researchers, I manage researchers or research projects, I develop software for researchers, teach/admin',
      ],
      [
        'invalid_value',
        16,
        'I conduct research, I support researchers, I manage researchers or research projects, design research',
      ],
    ]);
    expect(survey.inputs[0]).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 25, included: 25 });
    expect(ledger(survey).map(([, row, status]) => `${row}:${status}`)).toEqual(
      Array.from({ length: 25 }, (_, i) => `${i + 3}:included`),
    );
    expect(survey.ledger.at(1).line).toBe(8); // record 1 holds four line breaks
    expect(codes(survey, 'regio')).toEqual([
      2, 2, 6, 1, 2, 6, 3, 2, 4, 6, 2, 3, 3, 3, 6, 2, 4, 3, 3, 3, 6, 6, 6, 3, 4,
    ]);
    expect(codes(survey, 'uses')).toEqual([
      1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1,
    ]);
    expect(codes(survey, 'gender')).toEqual([
      1, 1, 1, 2, 2, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 2, 1, 2, 1,
    ]);
    const n = null;
    expect(ticks(survey, 'roles')).toEqual([
      [1, 1, n, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, n, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      [0, 0, n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1],
      [1, 0, n, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, n, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0],
      [0, 0, n, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, n, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1],
    ]);
    const comments = texts(survey, 'comments');
    expect(comments.flatMap((c, i) => (c === null ? [] : [i]))).toEqual([1, 5, 10, 21, 22, 24]);
    expect(comments[10]).toBe('On funders, it leaves out EU, which is our main source of funding.');
  });

  it('direct download (";"-joined checkboxes, partly verified): option labels holding ", " split right', async () => {
    const { survey, issues } = await ingestFixture('googleforms_direct.csv');
    expect(issues).toEqual([]);
    expect(ledger(survey)).toEqual([
      ['googleforms_direct.csv#2', 2, 'included'],
      ['googleforms_direct.csv#3', 3, 'included'],
      ['googleforms_direct.csv#4', 4, 'included'],
      ['googleforms_direct.csv#5', 5, 'outside_regions'],
    ]);
    expect(codes(survey, 'regio')).toEqual([1, 3, 2]);
    expect(codes(survey, 'D1')).toEqual([4, 2, null]);
    expect(ticks(survey, 'vormen')).toEqual([
      [1, 0, null],
      [1, 0, null],
      [0, 1, null],
    ]);
    expect(texts(survey, 'opm')).toEqual(['Goed', null, 'Geen mening; wel een vraag']);
  });
});
