/**
 * Nothing lost, nothing misread (issue 10.2): the parser's quote errors, records that do not split
 * into the header's fields, rows merged into one value, and a record count that differs from the
 * file's are errors naming the file, row and physical line; every row stays in the ledger.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { demoPaths } from '../../src/demo.js';
import { InputError, ingest, readSurvey } from '../../src/ingest/index.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { message } from '../../src/ingest/messages.js';
import { RecordCounter } from '../../src/ingest/read/records.js';
import { bytesSource, streamCsv } from '../../src/ingest/read/stream.js';
import { bytes, miniCodebook as codebook, HEADER, miniRegions as regions } from './mini.js';

const read = (text: string, file = 'export.csv') =>
  readSurvey([{ file, bytes: bytes(text) }], { codebook, regions });

/** Header plus `n` complete responses from Leiden; `edit(i, row)` changes response i (0-based). */
function rows(n: number, edit: (i: number, row: string) => string = (_, r) => r): string[] {
  const out = [HEADER];
  for (let i = 0; i < n; i++) out.push(edit(i, `r${i + 1},2026-10-01,1,Leiden,,,,4,4,prima`));
  return out;
}

/** Every row read is in the ledger once (the accounting gate of ingest, checked from outside). */
function expectBalanced(survey: Awaited<ReturnType<typeof read>>['survey'], dataRows: number): void {
  expect(survey.ledger.length).toBe(dataRows);
  expect(survey.inputs[0]?.rows).toBe(dataRows);
  const counts = [...survey.ledger.counts().values()].reduce((a, b) => a + b, 0);
  expect(counts).toBe(dataRows);
}

describe('a stray quote in a large file', () => {
  it('stops the read once the open value passes the cell-length limit, naming the row where it opened', async () => {
    const text = rows(5000, (i, r) => (i === 2 ? r.replace(',prima', ',"prima') : r)).join('\n');
    const { issues } = await readSurvey([{ file: 'groot.csv', bytes: bytes(text) }], {
      codebook,
      regions,
      limits: { ...DEFAULT_LIMITS, cellLength: 2000 },
    });
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ code: 'limit_cell_length', file: 'groot.csv', row: 4 });
    expect(issue?.message).toMatch(
      /still open after [\d,]+ characters.*limit cell-length: 2,000.*closing quote/,
    );
  });
});

describe('a stray quote', () => {
  it('in the first data row of a 31-row CSV is an error, not a silent one-row read', async () => {
    const text = rows(30, (i, r) => (i === 0 ? r.replace(',prima', ',"prima') : r)).join('\n');
    const { survey, issues } = await read(text);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'unclosed_quote',
        file: 'export.csv',
        row: 2,
        line: 2,
        column: 'opmerking',
        value: null,
        message: message.unclosedQuote('opmerking', 29),
      },
    ]);
    // The one record the parser made (row 2 with the rest of the file as its last value) is
    // accounted for as invalid, not read as a response.
    expect([...survey.ledger].map((r) => [r.row, r.status, r.reason])).toEqual([[2, 'excluded', 'invalid']]);
    expectBalanced(survey, 1);
    await expect(
      ingest([{ file: 'x.csv', bytes: bytes(text) }], { codebook, regions }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('names the column where the quote opens, and the line where its record starts after multi-line answers', async () => {
    // Row 2's answer holds two line breaks, so row 3 starts on line 5; its quote opens in gemeente.
    const text = rows(4, (i, r) =>
      i === 0 ? r.replace(',prima', ',"een\ntwee\ndrie"') : i === 1 ? r.replace(',Leiden,', ',"Leiden,') : r,
    ).join('\n');
    const { issues } = await read(text);
    expect(issues).toMatchObject([
      {
        code: 'unclosed_quote',
        row: 3,
        line: 5,
        column: 'gemeente',
        message: message.unclosedQuote('gemeente', 2),
      },
    ]);
  });

  it('that closes rows later merges the rows between into one value: an error, not a silent loss', async () => {
    // A quote opens the answer of row 5 and one closes the answer of row 11: rows 6–10 vanish into it.
    const text = rows(30, (i, r) => (i === 3 ? r.replace(',prima', ',"prima') : i === 9 ? `${r}"` : r)).join(
      '\n',
    );
    const { survey, issues } = await read(text);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'merged_rows',
        row: 5,
        line: 5,
        column: 'opmerking',
        message: message.mergedRows('opmerking', 7, 6),
      }),
    ]);
    // 24 records: 23 read, the merged one invalid.
    expect(survey.size).toBe(23);
    expectBalanced(survey, 24);
  });

  it('inside a quoted value that is not doubled is an error at its row and column', async () => {
    const text = rows(3, (i, r) => (i === 1 ? r.replace(',prima', ',"zei "ja" en ging",') : r)).join('\n');
    const { survey, issues } = await read(text);
    expect(issues).toMatchObject([
      {
        severity: 'error',
        code: 'invalid_quote',
        row: 3,
        line: 3,
        column: 'opmerking',
        message: message.invalidQuote('opmerking'),
      },
    ]);
    expect(survey.ledger.at(1)).toMatchObject({ row: 3, status: 'excluded', reason: 'invalid' });
    expectBalanced(survey, 3);
  });
});

describe('records that do not split into the header', () => {
  it('a file with "," rows and ";" rows: the ";" rows are one error, accounted for as invalid, not as outside the regions', async () => {
    const text = rows(30, (i, r) => (i % 2 === 1 ? r.replace(/,/g, ';') : r)).join('\n');
    const { survey, issues } = await read(text);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'mixed_delimiters',
        file: 'export.csv',
        row: 3,
        line: 3,
        column: null,
        value: null,
        message: message.mixedDelimiters(15, ';', ',', 3),
      },
    ]);
    expect(message.mixedDelimiters(15, ';', ',', 3)).toContain(
      '15 row(s) are written with ";" where the header uses ","',
    );
    const counts = survey.ledger.counts();
    expect(counts.get('included')).toBe(15);
    expect(counts.get('invalid')).toBe(15);
    expect(counts.get('outside_regions')).toBeUndefined();
    expect(survey.ledger.at(1)).toMatchObject({ row: 3, respondentId: 'export.csv#3', reason: 'invalid' });
    expectBalanced(survey, 30);
  });

  it('a ";" file with tab rows: the tab rows are reported as tabs', async () => {
    const text = rows(4, (i, r) => (i === 2 ? r.replace(/,/g, '\t') : r.replace(/,/g, ';')))
      .map((r, i) => (i === 0 ? r.replace(/,/g, ';') : r))
      .join('\n');
    const { issues } = await read(text);
    expect(issues).toMatchObject([
      { code: 'mixed_delimiters', row: 4, line: 4, message: message.mixedDelimiters(1, '\t', ';', 4) },
    ]);
    expect(issues[0]?.message).toContain('written with tabs where the header uses ";"');
  });

  it('a ragged row with too few cells is an error at its row and line; one with extra cells stays ragged_row', async () => {
    const text = rows(3, (i, r) =>
      i === 0
        ? r.replace(',prima', ',"twee\nregels"')
        : i === 1
          ? r.replace(',4,4,prima', '')
          : i === 2
            ? `${r},extra`
            : r,
    ).join('\n');
    const { survey, issues } = await read(text);
    expect(issues.sort((a, b) => a.row! - b.row!)).toEqual([
      expect.objectContaining({ code: 'short_row', row: 3, line: 4, message: message.shortRow(7, 10) }),
      expect.objectContaining({ code: 'ragged_row', row: 4, line: 5, message: message.raggedRow(11, 10) }),
    ]);
    expect(survey.ledger.map((r) => [r.row, r.line, r.reason || r.status])).toEqual([
      [2, 2, 'included'],
      [3, 4, 'invalid'],
      [4, 5, 'invalid'],
    ]);
  });

  it('trailing empty cells and a final line end are not ragged', async () => {
    const { issues, survey } = await read(`${rows(2, (_, r) => `${r},,`).join('\n')}\n`);
    expect(issues).toEqual([]);
    expect(survey.size).toBe(2);
  });
});

describe('the record count check', () => {
  it('RecordCounter counts records as the file has them, however the text is cut into pieces', () => {
    const cases: [string, number][] = [
      ['', 0],
      ['a,b', 1],
      ['a,b\n1,2', 2],
      ['a,b\n1,2\n', 2],
      ['a,b\n\n1,2\n', 3], // a blank line is a (blank) record
      ['a,b\n"x\ny",1\n', 2], // a line break inside quotes
      ['a,b\n"x""\ny",1\n2,3', 3], // an escaped quote before the line break
      ['a,b\n5" scherm,1\n2,3', 3], // a quote inside an unquoted value is text
      ['a,b\n"x" ,1\n2,3', 3], // white space between a closing quote and the delimiter
      ['a,b\n"x"y\n2,3\n', 2], // a quote not followed by a delimiter is text: the value runs on
      ['a,b\n"open\n1,2\n3,4\n', 2], // never closed: the rest is one value
    ];
    for (const [text, expected] of cases) {
      const whole = new RecordCounter(',', '\n');
      whole.push(text);
      expect([text, whole.finish()]).toEqual([text, expected]);
      const bit = new RecordCounter(',', '\n');
      for (const ch of text) bit.push(ch);
      expect([text, bit.finish()]).toEqual([text, expected]);
    }
  });

  it('RecordCounter knows how long a quoted value has been open and in which record it opened', () => {
    const text = 'a,b\n1,2\n3,"open and never closed\n4,5\n6,7\n';
    const opened = text.indexOf('"') + 1;
    for (const pieces of [[text], [...text]]) {
      const counter = new RecordCounter(',', '\n');
      for (const piece of pieces) counter.push(piece);
      expect(counter.openRecord).toBe(3);
      // Up to a quote carried to the next piece, every character after the opening quote.
      expect(counter.openLength).toBe(text.length - opened);
    }
    const closed = new RecordCounter(',', '\n');
    closed.push('a,b\n"x\ny",1\n');
    expect(closed.openLength).toBe(0);
  });

  it('RecordCounter agrees with the rows a generator wrote, on random CSV cut at random places', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const values = ['', 'x', 'a b', '"q""uote"', '"met\nregel"', '"a,b"', '5" scherm', '"x" ', '""'];
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 20);
      const lines = Array.from({ length: n }, () => Array.from({ length: 3 }, () => pick(values)).join(','));
      const text = lines.join('\n') + (random() < 0.5 ? '\n' : '');
      const counter = new RecordCounter(',', '\n');
      for (let at = 0; at < text.length; ) {
        const step = 1 + Math.floor(random() * 8);
        counter.push(text.slice(at, at + step));
        at += step;
      }
      // A record of three empty values is still a record; the generator wrote n of them.
      expect(counter.finish()).toBe(n);
      const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data;
      expect(parsed.length - (text.endsWith('\n') ? 1 : 0)).toBe(n);
    }
  });

  it('streamCsv on a sound file: no notes, and the record count agrees', async () => {
    const text = `${rows(3, (i, r) => (i === 1 ? r.replace(',prima', ',"a\r\nb"') : r)).join('\r\n')}\r\n`;
    const lines: number[] = [];
    const facts = await streamCsv(bytesSource(bytes(text)), (r) => lines.push(r.line));
    expect(facts.notes).toEqual([]);
    expect(lines).toEqual([1, 2, 3, 5]);
  });
});

describe('regioscan run and validate on a 31-row export with a stray quote in its first data row', () => {
  let dir: string;
  let broken: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regioscan-quote-'));
    // The demo export's header and first 30 responses, without its quoted answers, and a quote
    // opening the first response's municipality that nothing closes.
    const lines = (await readFile(demoPaths().export, 'utf8')).split('\n').slice(0, 31);
    const plain = lines.map((l) => l.replace(/"[^"]*"/g, '').replace(/"/g, ''));
    const header = plain[0]!.split(',');
    const at = header.indexOf('A2_gemeente');
    const first = plain[1]!.split(',');
    first[at] = `"${first[at]}`;
    plain[1] = first.join(',');
    broken = join(dir, 'quote.csv');
    await writeFile(broken, `${plain.join('\n')}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
  };
  const setup = () => ['--codebook', demoPaths().codebook, '--regions', demoPaths().regions];

  it('run exits 1 and says where the quote opens', async () => {
    const run = capture();
    const code = await main(
      ['run', '--input', broken, ...setup(), '--out', join(dir, 'out'), '--quiet'],
      run.io,
    );
    const text = run.err.join('\n');
    expect([code, text]).toEqual([1, expect.any(String)]);
    expect(text).toContain(message.unclosedQuote('A2_gemeente', 29));
    expect(text).toContain(`${broken} row 2, column A2_gemeente`);
  });

  it('validate exits 1 and counts it', async () => {
    const v = capture();
    expect(await main(['validate', '--input', broken, ...setup()], v.io)).toBe(1);
    expect(v.err.join('\n')).toContain('unclosed_quote');
  });
});

// Last in the file: it loads fresh copies of the modules, and a module loaded after it (the CLI
// loads the pipeline lazily) would no longer share classes such as InputError with this file's.
describe('the record count check, against a faulty parser', () => {
  it('a parser that loses a record is caught: an error naming the file, with both counts', async () => {
    vi.resetModules();
    vi.doMock('papaparse', async () => {
      const real = (await vi.importActual<{ default: typeof Papa }>('papaparse')).default;
      // A parser bug stand-in: the third record never reaches `step`.
      const parse = (input: unknown, config: Papa.ParseConfig<string[]>) => {
        let n = 0;
        const step = config.step;
        return real.parse(
          input as string,
          {
            ...config,
            step: (result, parser) => {
              if (++n !== 3) step?.(result, parser);
            },
          } as Papa.ParseConfig<string[]>,
        );
      };
      return { default: { ...real, parse } };
    });
    try {
      const fresh = await import('../../src/ingest/index.js');
      const freshMessages = await import('../../src/ingest/messages.js');
      const { survey, issues } = await fresh.readSurvey(
        [{ file: 'kwijt.csv', bytes: bytes(rows(5).join('\n')) }],
        {
          codebook,
          regions,
        },
      );
      expect(issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'record_count',
          file: 'kwijt.csv',
          message: freshMessages.message.recordCountMismatch(5, 6),
        }),
      ]);
      // The ledger still balances over the rows that were read.
      expect(survey.ledger.length).toBe(4);
    } finally {
      vi.doUnmock('papaparse');
      vi.resetModules();
    }
  });
});
