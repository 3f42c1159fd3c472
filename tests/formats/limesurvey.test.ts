/**
 * LimeSurvey fixtures (synthetic, made to CsvWriter's rules by tests/fixtures/formats/make-fixtures.ts:
 * UTF-8 BOM, `;`, every field quoted, CRLF records with LF inside values, a closing blank line).
 * Expected codes are read off the rows in make-fixtures.ts by hand.
 */
import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/ingest/formats/index.js';
import { codes, fixtureTable, ingestFixture, ledger, texts, ticks } from './fixtures.js';

describe('limesurvey: normalize', () => {
  it('code headings stay headers (Q[SQ001] too); metadata gets its English label as alias; timings are metadata', async () => {
    const t = normalizeTable(await fixtureTable('limesurvey_code.csv'));
    expect(t.headers).toEqual([
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'regio',
      'rol',
      'D[SQ001]',
      'D[SQ002]',
      'vormen[SQ001]',
      'vormen[SQ002]',
      'vormen[other]',
      'kanaal',
      'kanaal[other]',
      'opmerking',
      'interviewtime',
      'groupTime12',
      'regioTime',
    ]);
    // `Seed` is the heading `seed` but for case: an alias equal to a heading is dropped.
    expect(t.aliases.slice(0, 5)).toEqual([
      ['Response ID'],
      ['Date submitted'],
      ['Last page'],
      ['Start language'],
      [],
    ]);
    expect(t.aliases[15]).toEqual(['Total time']);
    expect(t.meta).toEqual({
      metaColumns: [0, 1, 2, 3, 4, 15, 16, 17],
      respondentId: 'id',
      complete: { column: 'submitdate' },
      timestamp: 'submitdate',
      dateOrder: 'dmy',
    });
    expect(t.records.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('full-text headings stay headers; the first four columns get their codes as aliases', async () => {
    const t = normalizeTable(await fixtureTable('limesurvey_full.csv'));
    expect(t.headers.slice(0, 8)).toEqual([
      'Response ID',
      'Date submitted',
      'Last page',
      'Start language',
      'Seed',
      'Date started',
      'Date last action',
      'In welke regio woont of werkt u?',
    ]);
    expect(t.headers[9]).toBe('Hoe eens bent u het hiermee? [Ik word vroeg betrokken]');
    expect(t.aliases.slice(0, 8)).toEqual([
      ['id'],
      ['submitdate'],
      ['lastpage'],
      ['startlanguage'],
      [],
      ['startdate'],
      ['datestamp'],
      [],
    ]);
    expect(t.meta).toEqual({
      metaColumns: [0, 1, 2, 3, 4, 5, 6, 15, 16],
      respondentId: 'Response ID',
      complete: { column: 'Date submitted' },
      timestamp: 'Date submitted',
      dateOrder: 'dmy',
    });
  });

  it('code+text headings `id. Response ID` → header = code part, alias = text part', async () => {
    const t = normalizeTable(await fixtureTable('limesurvey_codetext.csv'));
    expect(t.headers).toEqual([
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'regio',
      'D[SQ001]',
      'opmerking',
    ]);
    expect(t.aliases).toEqual([
      ['Response ID'],
      ['Date submitted'],
      ['Last page'],
      ['Start language'],
      [],
      ['In welke regio woont of werkt u?'],
      ['Hoe eens bent u het hiermee? [Ik word vroeg betrokken]'],
      ['Heeft u nog opmerkingen?'],
    ]);
    expect(t.meta.respondentId).toBe('id');
    expect(t.meta.metaColumns).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('limesurvey: ingest with the fixture codebook', () => {
  it('code headings, answer codes: A1/A2 and -oth- via option aliases, Y/empty ticks, 1980-01-01 counts as submitted', async () => {
    const { survey, issues } = await ingestFixture('limesurvey_code.csv');
    expect(issues).toEqual([]);
    expect(survey.inputs[0]).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', rows: 6, included: 3 });
    expect(ledger(survey)).toEqual([
      ['1', 2, 'included'],
      ['2', 3, 'included'],
      ['3', 4, 'incomplete'], // submitdate NULL
      ['4', 5, 'outside_regions'], // regio ""
      ['5', 6, 'no_answers'], // only regio and rol
      ['6', 7, 'included'],
    ]);
    expect(survey.ledger.map((r) => r.line)).toEqual([2, 4, 5, 6, 7, 8]); // response 1 holds a line break
    expect(codes(survey, 'regio')).toEqual([1, 2, 3]);
    expect(codes(survey, 'rol')).toEqual([1, 2, null]);
    expect(codes(survey, 'D1')).toEqual([4, 2, 1]);
    expect(codes(survey, 'D2')).toEqual([5, 3, null]);
    expect(ticks(survey, 'vormen')).toEqual([
      [1, 1, 0],
      [0, 1, 1],
    ]);
    expect(texts(survey, 'vormen_anders')).toEqual([null, 'buurtkrant online', null]);
    expect(codes(survey, 'kanaal')).toEqual([2, 3, 1]);
    expect(texts(survey, 'kanaal_anders')).toEqual([null, 'buurtkrant', null]);
    expect(texts(survey, 'opm')).toEqual(['Goed; "duidelijk"\nTwee regels', null, 'Ëén, twee — één']);
  });

  it('full-text headings, full answers: columns found by question text, Yes/No ticks, N/A (not shown) is no tick', async () => {
    const { survey, issues } = await ingestFixture('limesurvey_full.csv');
    expect(issues).toEqual([]);
    expect(survey.inputs[0]).toMatchObject({ rows: 4, included: 3 });
    expect(ledger(survey)).toEqual([
      ['17', 2, 'included'],
      ['18', 3, 'incomplete'],
      ['19', 4, 'included'],
      ['21', 5, 'included'],
    ]);
    expect(codes(survey, 'regio')).toEqual([2, 3, 1]);
    expect(codes(survey, 'rol')).toEqual([2, 1, null]);
    expect(codes(survey, 'D1')).toEqual([4, 3, 5]);
    expect(codes(survey, 'D2')).toEqual([1, null, 2]);
    expect(ticks(survey, 'vormen')).toEqual([
      [1, 0, null],
      [0, 1, null],
    ]);
    expect(texts(survey, 'vormen_anders')).toEqual([null, 'Wijkteam', null]);
    expect(texts(survey, 'opm')).toEqual(['Prima zo', null, 'Meer terugkoppeling graag']);
  });

  it('code+text headings: columns found by code and by the text alias', async () => {
    const { survey, issues } = await ingestFixture('limesurvey_codetext.csv');
    expect(issues).toEqual([]);
    expect(ledger(survey)).toEqual([
      ['1', 2, 'included'],
      ['2', 3, 'included'],
      ['3', 4, 'incomplete'],
    ]);
    expect(codes(survey, 'regio')).toEqual([1, 3]);
    expect(codes(survey, 'D1')).toEqual([4, 5]);
    expect(texts(survey, 'opm')).toEqual(['Top', null]);
  });
});
