/**
 * SurveyMonkey fixture: synthetic, made to the layout of a real 2017 export (export-formats.md §4):
 * 2 header rows, NUL bytes in the row-2 metadata cells, `<br>` and NBSP in question texts, padded
 * row-2 labels, US dates, checkbox columns holding the option label when ticked.
 */
import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/ingest/formats/index.js';
import { codes, fixtureTable, ingestFixture, ledger, texts, ticks } from './fixtures.js';

describe('surveymonkey: normalize', () => {
  it('a question text spans the blank row-1 cells after it; row-2 Response/Open-Ended Response give the text alone', async () => {
    const t = normalizeTable(await fixtureTable('surveymonkey.csv'));
    expect(t.headers).toEqual([
      'Respondent ID',
      'Collector ID',
      'Start Date',
      'End Date',
      'IP Address',
      'Email Address',
      'First Name',
      'Last Name',
      'Custom Data 1',
      'In welke regio woont of werkt u?',
      'Wat is uw rol?',
      'Hoe eens bent u het hiermee? [Ik word vroeg betrokken]',
      'Hoe eens bent u het hiermee? [Ik krijg terugkoppeling]',
      'Welke vormen kent u? [Panel]',
      'Welke vormen kent u? [Cliëntenraad]',
      'Welke vormen kent u? [Other (please specify)]',
      'Opmerking',
    ]);
    // The 2017 spellings of the metadata are aliases; row-2 labels alone never are.
    expect(t.aliases).toEqual([
      ['RespondentID'],
      ['CollectorID'],
      ['StartDate'],
      ['EndDate'],
      [],
      [],
      [],
      ['LastName'],
      ['Custom Data'],
      ...Array.from({ length: 8 }, () => []),
    ]);
    expect(t.meta).toEqual({
      metaColumns: [0, 1, 2, 3, 4, 5, 6, 7, 8],
      respondentId: 'Respondent ID',
      timestamp: 'End Date',
      dateOrder: 'mdy',
    });
    expect(t.records.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
  });

  it('2017 spelling: RespondentID and EndDate are the meta columns, current spellings their aliases', () => {
    const rows = [
      ['RespondentID', 'CollectorID', 'StartDate', 'EndDate', 'Q1'],
      ['', '', '', '', 'Response'],
    ];
    const t = normalizeTable({
      file: 'sm2017.csv',
      records: rows.map((cells, i) => ({ cells, row: i + 1, line: i + 1 })),
      encoding: 'utf-8',
      delimiter: ',',
      blankRecords: 0,
      notes: [],
    });
    expect(t.headers).toEqual(['RespondentID', 'CollectorID', 'StartDate', 'EndDate', 'Q1']);
    expect(t.aliases.slice(0, 4)).toEqual([
      ['Respondent ID'],
      ['Collector ID'],
      ['Start Date'],
      ['End Date'],
    ]);
    expect(t.meta).toMatchObject({
      respondentId: 'RespondentID',
      timestamp: 'EndDate',
      metaColumns: [0, 1, 2, 3],
    });
  });
});

describe('surveymonkey: ingest with the fixture codebook', () => {
  it('labels to codes, option labels as ticks, NUL bytes and non-breaking spaces cleaned with a warning; no completion column', async () => {
    const { survey, issues } = await ingestFixture('surveymonkey.csv');
    expect(issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'nul_bytes'],
      ['warning', 'nbsp'],
    ]);
    expect(survey.inputs[0]).toMatchObject({ rows: 5, included: 3 });
    expect(ledger(survey)).toEqual([
      ['114000000001', 3, 'included'],
      ['114000000002', 4, 'included'],
      ['114000000003', 5, 'outside_regions'], // no region
      ['114000000004', 6, 'no_answers'], // only the region
      ['114000000005', 7, 'included'],
    ]);
    expect(codes(survey, 'regio')).toEqual([1, 3, 2]);
    expect(codes(survey, 'rol')).toEqual([1, 2, 2]);
    expect(codes(survey, 'D1')).toEqual([4, 2, 1]); // "Helemaal oneens" with an NBSP
    expect(codes(survey, 'D2')).toEqual([5, 3, null]);
    expect(ticks(survey, 'vormen')).toEqual([
      [1, 0, null],
      [0, 1, null],
    ]);
    expect(texts(survey, 'vormen_anders')).toEqual([null, 'Wijkteam', null]);
    expect(texts(survey, 'opm')).toEqual(['Meer terugkoppeling, graag', null, 'Niets']);
  });
});
