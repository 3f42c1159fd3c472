/**
 * Microsoft Forms fixture: synthetic .xlsx written with exceljs by make-fixtures.ts (real Excel date
 * cells). *Assumption (unverified):* multi-select answers are labels joined by ";" with a trailing ";".
 */
import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/ingest/formats/index.js';
import { codes, fixtureTable, ingestFixture, ledger, texts, ticks } from './fixtures.js';

describe('msforms: normalize', () => {
  it('one header row; ID, times, Email, Name are metadata; Excel date cells read as ISO text', async () => {
    const t = normalizeTable(await fixtureTable('msforms.xlsx'));
    expect(t.headers.slice(0, 7)).toEqual([
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Last modified time',
      'In welke regio woont of werkt u?',
    ]);
    expect(t.meta).toEqual({
      metaColumns: [0, 1, 2, 3, 4, 5],
      respondentId: 'ID',
      timestamp: 'Completion time',
      multiSeparator: ';',
      dateOrder: 'mdy',
    });
    expect(t.records[0]?.cells.slice(0, 4)).toEqual([
      '1',
      '2026-10-01 09:00:00',
      '2026-10-01 09:06:30',
      'anonymous',
    ]);
  });

  it('quiz columns Total points, Quiz feedback, Points - …, Feedback - … are metadata', () => {
    const rows = [
      [
        'Id',
        'Start time',
        'Completion time',
        'Email',
        'Name',
        'Total points',
        'Quiz feedback',
        'Last modified time',
        'Q1',
        'Points - Q1',
        'Feedback - Q1',
      ],
    ];
    const t = normalizeTable({
      file: 'quiz.xlsx',
      records: rows.map((cells, i) => ({ cells, row: i + 1, line: i + 1 })),
      encoding: 'xlsx',
      delimiter: null,
      blankRecords: 0,
      notes: [],
    });
    expect(t.meta.metaColumns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10]);
    expect(t.meta.respondentId).toBe('Id');
  });
});

describe('msforms: ingest with the fixture codebook', () => {
  it('labels to codes; "A;B;" multi-selects with a trailing ";" (assumption) split against the options', async () => {
    const { survey, issues } = await ingestFixture('msforms.xlsx');
    expect(issues).toEqual([]);
    expect(survey.inputs[0]).toMatchObject({ encoding: 'xlsx', rows: 4, included: 3 });
    expect(ledger(survey)).toEqual([
      ['1', 2, 'included'],
      ['2', 3, 'included'],
      ['3', 4, 'outside_regions'],
      ['4', 5, 'included'],
    ]);
    expect(codes(survey, 'regio')).toEqual([1, 3, 2]);
    expect(codes(survey, 'rol')).toEqual([1, 2, null]);
    expect(codes(survey, 'D1')).toEqual([4, 1, null]);
    expect(ticks(survey, 'vormen')).toEqual([
      [1, 0, null],
      [1, 0, null],
      [0, 1, null],
    ]);
    expect(texts(survey, 'opm')).toEqual(['Prima', null, 'Te weinig tijd\nen geld']);
  });
});
