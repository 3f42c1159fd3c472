import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, ingest, readSurvey } from '../../src/ingest/index.js';
import { message } from '../../src/ingest/messages.js';
import { Codebook } from '../../src/model/codebook.js';
import { MISSING, MISSING_TICK } from '../../src/model/survey.js';
import {
  bytes,
  miniCodebook as codebook,
  HEADER,
  miniCodebookInput,
  miniRegions as regions,
} from './mini.js';

const read = (text: string, file = 'export.csv') =>
  readSurvey([{ file, bytes: bytes(text) }], { codebook, regions });

describe('ingest: codes and accounting', () => {
  it('reads labels, codes and "weet niet" into codes; blanks become MISSING', async () => {
    const csv = [
      HEADER,
      'r1,2026-10-01,inwoner,Leiden,34,1,,4,weet niet,Prima',
      'r2,2026-10-01,2,Katwijk,"51,0",Y,Y,helemaal eens,2,',
    ].join('\n');
    const { survey, issues } = await read(csv);
    expect(issues).toEqual([]);
    expect(survey.size).toBe(2);
    const d1 = survey.columns.get('D1');
    const d2 = survey.columns.get('D2');
    expect(d1?.kind === 'code' && [...d1.codes]).toEqual([4, 5]);
    expect(d2?.kind === 'code' && [...d2.codes]).toEqual([9, 2]);
    const age = survey.columns.get('leeftijd');
    expect(age?.kind === 'number' && [...age.values]).toEqual([34, 51]);
    const forms = survey.columns.get('vormen');
    expect(forms?.kind === 'multi' && forms.ticks.map((t) => [...t])).toEqual([
      [1, 1],
      [0, 1],
    ]);
    const open = survey.columns.get('opm');
    expect(open?.kind === 'text' && open.values.toArray()).toEqual(['Prima', null]);
    expect([...survey.region]).toEqual([0, 0]);
    expect([...survey.subregion]).toEqual([0, 1]);
  });

  it('accounts for every row: incomplete, duplicate, outside the regions, no substantive answer', async () => {
    const csv = [
      HEADER,
      'r1,2026-10-01,1,Leiden,,,,4,4,', // included
      'r2,,1,Leiden,,,,4,4,', // incomplete: no submit date
      'r1,2026-10-02,1,Leiden,,,,2,2,', // duplicate id
      'r3,2026-10-01,1,Amersfoort,,,,3,3,', // outside the regions
      'r4,2026-10-01,2,Katwijk,,,,9,,', // only "weet niet"
      'r5,2026-10-01,2,,,,,3,3,', // no municipality: outside the regions
    ].join('\r\n');
    const { survey, issues } = await read(csv);
    expect(issues).toEqual([]);
    expect(survey.ledger.map((r) => [r.respondentId, r.row, r.status, r.reason])).toEqual([
      ['r1', 2, 'included', ''],
      ['r2', 3, 'excluded', 'incomplete'],
      ['r1', 4, 'excluded', 'duplicate'],
      ['r3', 5, 'excluded', 'outside_regions'],
      ['r4', 6, 'excluded', 'no_answers'],
      ['r5', 7, 'excluded', 'outside_regions'],
    ]);
    expect(survey.inputs[0]).toMatchObject({ rows: 6, included: 1 });
  });

  it('keeps the first complete response of an id across files and excludes later ones as duplicate', async () => {
    const a = `${HEADER}\nr1,2026-10-01,1,Leiden,,,,4,4,`;
    const b = `${HEADER}\nr1,2026-10-05,1,Leiden,,,,1,1,\nr2,2026-10-05,1,Leiden,,,,1,1,`;
    const { survey } = await readSurvey(
      [
        { file: 'golf1.csv', bytes: bytes(a) },
        { file: 'golf2.csv', bytes: bytes(b) },
      ],
      { codebook, regions },
    );
    expect(survey.ledger.map((r) => `${r.file}:${r.row}:${r.reason || r.status}`)).toEqual([
      'golf1.csv:2:included',
      'golf2.csv:2:duplicate',
      'golf2.csv:3:included',
    ]);
  });

  it('tracks physical lines when answers hold line breaks', async () => {
    const csv = `${HEADER}\nr1,2026-10-01,1,Leiden,,,,4,4,"twee\nregels"\nr2,2026-10-01,1,Leiden,,,,7,4,`;
    const { issues } = await read(csv);
    expect(issues).toMatchObject([{ code: 'invalid_value', row: 3, line: 4, column: 'D1', value: '7' }]);
  });

  it('treats an unticked multi-select as not answered, not as "none chosen"', async () => {
    const { survey } = await read(`${HEADER}\nr1,2026-10-01,1,Leiden,,,,4,4,`);
    const forms = survey.columns.get('vormen');
    expect(forms?.kind === 'multi' && forms.ticks.map((t) => t[0])).toEqual([MISSING_TICK, MISSING_TICK]);
    const age = survey.columns.get('leeftijd');
    expect(age?.kind === 'number' && Number.isNaN(age.values[0])).toBe(true);
    expect(MISSING).toBe(-32768);
  });
});

describe('ingest: bytes and delimiters', () => {
  it('reads a Dutch Excel export: Windows-1252, semicolons, decimal commas', async () => {
    const text = `${HEADER.replace(/,/g, ';')}\r\nr1;2026-10-01;1;Leiden;45,5;;;4;4;Cliëntenraad doet mee\r\n`;
    const cp1252 = Uint8Array.from([...text].map((c) => (c === 'ë' ? 0xeb : c.charCodeAt(0))));
    const { survey, issues } = await readSurvey([{ file: 'excel.csv', bytes: cp1252 }], {
      codebook,
      regions,
    });
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'encoding_fallback']]);
    expect(issues[0]?.message).toBe(message.decodedAsWindows1252());
    expect(survey.inputs[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    const age = survey.columns.get('leeftijd');
    expect(age?.kind === 'number' && age.values[0]).toBe(45.5);
    const open = survey.columns.get('opm');
    expect(open?.kind === 'text' && open.values.get(0)).toBe('Cliëntenraad doet mee');
  });

  it('drops a UTF-8 BOM, reads UTF-16LE, removes NUL bytes with a warning', async () => {
    const text = `${HEADER}\nr1,2026-10-01,1,Leiden,,,,4,4,`;
    const bom = await read(`\uFEFF${text}`);
    expect(bom.survey.size).toBe(1);
    expect(bom.survey.inputs[0]?.encoding).toBe('utf-8-bom');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const wide = await readSurvey([{ file: 'wide.csv', bytes: utf16 }], { codebook, regions });
    expect(wide.survey.size).toBe(1);
    expect(wide.survey.inputs[0]?.encoding).toBe('utf-16le');
    const nul = await read(text.replace('Leiden', 'Lei\u0000den'));
    expect(nul.survey.size).toBe(1);
    expect(nul.issues.map((i) => i.code)).toEqual(['nul_bytes']);
  });

  it('reads CRLF and LF records mixed in one file, with line breaks inside quoted answers', async () => {
    const text = `${HEADER}\r\nr1,2026-10-01,1,Leiden,,,,4,4,"a\r\nb"\nr2,2026-10-01,1,Leiden,,,,4,4,x\r\nr3,2026-10-01,1,Leiden,,,,4,4,"c\nd"\n`;
    const { survey, issues } = await read(text);
    expect(issues).toEqual([]);
    expect(survey.ledger.map((r) => [r.respondentId, r.row, r.line])).toEqual([
      ['r1', 2, 2],
      ['r2', 3, 4],
      ['r3', 4, 5],
    ]);
    const open = survey.columns.get('opm');
    expect(open?.kind === 'text' && open.values.toArray()).toEqual(['a\nb', 'x', 'c\nd']);
  });

  it('reads a tab-separated file', async () => {
    const { survey } = await read(`${HEADER.replace(/,/g, '\t')}\nr1\t2026-10-01\t1\tLeiden\t\t\t\t4\t4\t`);
    expect(survey.inputs[0]?.delimiter).toBe('\t');
    expect(survey.size).toBe(1);
  });
});

describe('ingest: every error kind, with its place', () => {
  it('invalid answer options, numbers, ranges and ticks are all reported at once', async () => {
    const csv = [
      HEADER,
      'r1,2026-10-01,1,Leiden,abc,1,,6,4,',
      'r2,2026-10-01,1,Leiden,12,misschien,,4,4,',
    ].join('\n');
    const { issues } = await read(csv);
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['invalid_value', 2, 'leeftijd', 'abc'],
      ['invalid_value', 2, 'D1', '6'],
      ['invalid_value', 3, 'leeftijd', '12'],
      ['invalid_value', 3, 'vormen_panel', 'misschien'],
    ]);
    expect(issues[0]?.message).toBe(message.notANumber());
    expect(issues[1]?.message).toContain('expected one of "1 (helemaal oneens)"');
    expect(issues[2]?.message).toBe(message.outOfRange(16, 110));
    expect(issues[3]?.message).toBe(message.notATick());
    await expect(
      ingest([{ file: 'x.csv', bytes: bytes(csv) }], { codebook, regions }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('a missing column names the question and the closest headings', async () => {
    const { issues } = await read(`${HEADER.replace(',D2,', ',D2x,')}\nr1,2026-10-01,1,Leiden,,,,4,4,`);
    expect(issues).toMatchObject([
      { code: 'missing_column', column: 'D2', message: message.missingColumn('D2', 'D2', ['D2x', 'D1']) },
    ]);
  });

  it('a missing respondent-id or completion column is an error', async () => {
    const { issues } = await read(
      `${HEADER.replace('id,submitdate', 'ident,submit')}\nr1,2026-10-01,1,Leiden,,,,4,4,`,
    );
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ['missing_column', 'id'],
      ['missing_column', 'submitdate'],
    ]);
  });

  it('a row with more cells than headings is reported and accounted for', async () => {
    const { issues, survey } = await read(`${HEADER}\nr1,2026-10-01,1,Leiden,,,,4,4,,extra`);
    expect(issues).toMatchObject([
      { code: 'ragged_row', row: 2, line: 2, message: message.raggedRow(11, 10) },
    ]);
    expect([...survey.ledger]).toMatchObject([{ row: 2, status: 'excluded', reason: 'invalid' }]);
  });

  it('an empty file, a header without rows, and a file where no row is included', async () => {
    expect((await read('')).issues.map((i) => i.code)).toEqual(['empty_file']);
    expect((await read(`${HEADER}\n`)).issues.map((i) => i.code)).toEqual(['no_rows']);
    expect((await read(`${HEADER}\nr1,,1,Leiden,,,,4,4,`)).issues.map((i) => i.code)).toEqual([
      'no_respondents',
    ]);
  });

  it('a duplicated heading is a warning; the first column is used', async () => {
    const { issues, survey } = await read(`${HEADER},D1\nr1,2026-10-01,1,Leiden,,,,4,4,,2`);
    expect(issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ['warning', 'duplicate_header', 'D1'],
    ]);
    const d1 = survey.columns.get('D1');
    expect(d1?.kind === 'code' && d1.codes[0]).toBe(4);
  });

  it('a weight column that is also a question is a warning naming both; weights and answers are both read', async () => {
    const weighted = Codebook.parse({ ...miniCodebookInput, weight: 'leeftijd' });
    const csv = `${HEADER}\nr1,2026-10-01,1,Leiden,20,,,4,4,\nr2,2026-10-01,1,Leiden,30.5,,,4,4,`;
    const { issues, survey } = await readSurvey([{ file: 'export.csv', bytes: bytes(csv) }], {
      codebook: weighted,
      regions,
    });
    expect(issues).toMatchObject([
      {
        severity: 'warning',
        code: 'weight_is_question',
        column: 'leeftijd',
        message: message.weightIsQuestion('leeftijd', 'leeftijd'),
      },
    ]);
    expect(survey.weights && [...survey.weights]).toEqual([20, 30.5]);
    const age = survey.columns.get('leeftijd');
    expect(age?.kind === 'number' && [...age.values]).toEqual([20, 30.5]);
    // Without the weight, no warning.
    expect((await read(csv)).issues).toEqual([]);
  });
});

describe('ingest: file-level error kinds', () => {
  it('a corrupt XLSX is named as damaged, with the reason', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { issues } = await readSurvey([{ file: 'kapot.xlsx', bytes: zip }], { codebook, regions });
    expect(issues[0]).toMatchObject({ code: 'xlsx_damaged', file: 'kapot.xlsx' });
    expect(issues[0]?.message).toMatch(/^the XLSX file is damaged: it ends before its ZIP directory/);
  });

  it('invalid UTF-8 after the first megabyte is replaced and warned about, with its byte offset', async () => {
    const good = `${HEADER}\n${'r1,2026-10-01,1,Leiden,,,,4,4,prima\n'.repeat(1)}`;
    const filler = `${Array.from({ length: 45_000 }, (_, i) => `f${i},,1,Leiden,,,,4,4,`).join('\n')}\n`;
    const head = new TextEncoder().encode(good + filler);
    const bad = new TextEncoder().encode('r2,2026-10-01,1,Leiden,,,,4,4,caf\u00e9\n');
    const at = bad.indexOf(0xc3);
    bad[at] = 0xe9; // a Windows-1252 é inside a UTF-8 file
    bad[at + 1] = 0x20;
    const all = new Uint8Array(head.length + bad.length);
    all.set(head);
    all.set(bad, head.length);
    expect(head.length).toBeGreaterThan(1 << 20);
    // Streamed from disk in 1 MB pieces: the first megabyte decides UTF-8, the bad byte comes later.
    const dir = await mkdtemp(join(tmpdir(), 'regioscan-utf8-'));
    const path = join(dir, 'half.csv');
    await writeFile(path, all);
    const { issues, survey } = await readSurvey([{ file: 'half.csv', path }], { codebook, regions });
    await rm(dir, { recursive: true, force: true });
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'encoding_invalid']]);
    // The bad byte is in the last 1 MB piece read, which starts at byte 1,048,576.
    expect(issues[0]?.message).toBe(message.invalidUtf8(1 << 20));
    expect(survey.ledger.length).toBe(45_002);
  });
});

describe('ingest: the "other, namely" column of a multi-select', () => {
  it('any text in a column marked other ticks that option; empty leaves it unticked', async () => {
    const input = structuredClone(miniCodebookInput);
    input.scales[3]!.options.push({ code: 3, label: { nl: 'Anders', en: 'Other' } });
    const forms = input.questions.find((q: { id: string }) => q.id === 'vormen') as unknown as {
      columns: { code: number; column: string; other?: boolean }[];
    };
    forms.columns.push({ code: 3, column: 'vormen_anders', other: true });
    const cb = Codebook.parse(input);
    const csv = [
      `${HEADER},vormen_anders`,
      'r1,2026-10-01,1,Leiden,,1,,4,4,,buurtkrant',
      'r2,2026-10-01,1,Leiden,,,1,4,4,,',
    ].join('\n');
    const { survey, issues } = await readSurvey([{ file: 'x.csv', bytes: bytes(csv) }], {
      codebook: cb,
      regions,
    });
    expect(issues).toEqual([]);
    const column = survey.columns.get('vormen');
    expect(column?.kind === 'multi' && column.ticks.map((t) => [...t])).toEqual([
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});
