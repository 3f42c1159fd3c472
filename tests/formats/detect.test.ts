import { describe, expect, it } from 'vitest';
import { formats, normalizeTable } from '../../src/ingest/formats/index.js';
import { FIXTURE_LAYOUTS, fixtureTable } from './fixtures.js';

const toolFormats = formats.filter((f) => f.tool !== 'generic');

describe('detect: every fixture against every format', () => {
  for (const [file, tool, layout] of FIXTURE_LAYOUTS) {
    it(`${file} is ${tool} (${layout}) and no other tool's detect fires on it`, async () => {
      const head = (await fixtureTable(file)).records.slice(0, 5).map((r) => r.cells);
      const fired = toolFormats.flatMap((f) => {
        const found = f.detect(head);
        return found ? [[f.tool, found.layout]] : [];
      });
      expect(fired).toEqual([[tool, layout]]);
      expect(normalizeTable(await fixtureTable(file))).toMatchObject({ tool, layout });
    });
  }
});

const detectAll = (rows: string[][]) =>
  toolFormats.flatMap((f) => {
    const found = f.detect(rows);
    return found ? [`${f.tool}: ${found.layout} (${found.headerRows})`] : [];
  });

describe('detect: layouts without a fixture file', () => {
  it('LimeSurvey German full-text headings: "Antwort ID" plus the first four columns', () => {
    const rows = [
      ['Antwort ID', 'Datum Abgeschickt', 'Letzte Seite', 'Start-Sprache', 'Wohnort'],
      ['12', '2026-10-01 10:00:00', '2', 'de', 'Leiden'],
    ];
    expect(detectAll(rows)).toEqual([
      'limesurvey: full-text headings (recognised by its first four columns) (1)',
    ]);
  });

  it('LimeSurvey full text in an unlisted language (labels invented here) is recognised by its first four columns', () => {
    const rows = [
      ['Antwoord-ID', 'Datum verstuurd', 'Laatste pagina', 'Starttaal', 'Regio'],
      ['1', '2026-10-01 10:00:00', '3', 'nl', 'A1'],
      ['2', '', '1', 'nl-informal', 'A2'],
      ['3', '1980-01-01 00:00:00', '', 'en', ''],
    ];
    expect(detectAll(rows)).toEqual([
      'limesurvey: full-text headings (recognised by its first four columns) (1)',
    ]);
  });

  it('a plain export whose first columns are not id, date, page, language is not LimeSurvey', () => {
    const rows = [
      ['nr', 'datum', 'regio', 'D1'],
      ['1', '2026-10-01', 'Leiden', '4'],
    ];
    expect(detectAll(rows)).toEqual([]);
    expect(
      normalizeTable({
        file: 'x.csv',
        records: rows.map((cells, i) => ({ cells, row: i + 1, line: i + 1 })),
        encoding: '',
        delimiter: ',',
        blankRecords: 0,
        notes: [],
      }).tool,
    ).toBe('generic');
  });

  it('LimeSurvey full-text headings with spaces turned into underscores (headerSpacesToUnderscores)', () => {
    const rows = [['Response_ID', 'Date_submitted', 'Last_page', 'Start_language', 'Regio']];
    expect(detectAll(rows)).toEqual(['limesurvey: full-text headings (1)']);
  });

  it('LimeSurvey code+text headings with a different separator (`id - Response ID`)', () => {
    const rows = [
      [
        'id - Response ID',
        'submitdate - Date submitted',
        'lastpage - Last page',
        'startlanguage - Start language',
        'Q1 - Vraag',
      ],
    ];
    expect(detectAll(rows)).toEqual(['limesurvey: code+text headings (1)']);
  });

  it('SurveyMonkey 2017 spelling (RespondentID, CollectorID) is 2 header rows', () => {
    const rows = [
      [
        'RespondentID',
        'CollectorID',
        'StartDate',
        'EndDate',
        'IP Address',
        'Email Address',
        'First Name',
        'LastName',
        'Custom Data',
        'Q1',
      ],
      ['', '', '', '', '', '', '', '', '', 'Response'],
    ];
    expect(detectAll(rows)).toEqual(['surveymonkey: 2 header rows (2)']);
  });

  it('Microsoft Forms older "Id" and quiz columns; a CSV re-save keeps the headings', () => {
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
      ['1', '7/27/26 19:06:23', '7/27/26 19:08:00', 'anonymous', '', '3', '', '', 'A', '3', ''],
    ];
    expect(detectAll(rows)).toEqual(['msforms: one header row (ID, Start time, Completion time) (1)']);
  });

  it('Google Forms with a localised first heading (Tijdstempel; unverified name) and a Sheets timestamp', () => {
    const rows = [
      ['Tijdstempel', 'E-mailadres', 'Regio'],
      ['20-8-2014 15:33:45', 'a@example.org', 'Leiden'],
    ];
    expect(detectAll(rows)).toEqual(['googleforms: Sheets download (1)']);
  });

  it('Qualtrics 3-row export whose ImportId row Excel re-quoted still starts with {"ImportId":', () => {
    const rows = [
      ['StartDate', 'Q1'],
      ['Start Date', 'Vraag 1'],
      ['{"ImportId":"startDate","timeZone":"Europe/Amsterdam"}', '{"ImportId":"QID1"}'],
    ];
    expect(detectAll(rows)).toEqual(['qualtrics: 3 header rows (ImportId) (3)']);
  });

  it('a generic file with only "id" and "submitdate" (the ingest tests\' mini export) stays generic', () => {
    const rows = [
      ['id', 'submitdate', 'rol', 'gemeente'],
      ['r1', '2026-10-01', '1', 'Leiden'],
    ];
    expect(detectAll(rows)).toEqual([]);
  });
});
