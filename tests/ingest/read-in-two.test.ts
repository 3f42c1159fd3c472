/**
 * A large CSV read by two threads (src/ingest/read-in-two.ts) gives the survey a single thread
 * gives, exactly: the same ledger, answers, places, weights, texts, fieldwork, hash and issues.
 * Where the halves cannot be joined exactly (an id repeated across them, a problem in the second
 * half, an encoding the cut cannot handle), the file is read again on one thread, with the same
 * result. On the demo export, drawn larger than the demo (so that the cut lands past the first
 * megabyte), and on variations of it that put each hazard in the second half.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../../src/generate/index.js';
import { Random } from '../../src/generate/random.js';
import { readSurvey } from '../../src/ingest/index.js';
import type { IngestOptions } from '../../src/ingest/input.js';
import { detectDelimiter } from '../../src/ingest/read/delimiter.js';
import { RecordCounter } from '../../src/ingest/read/records.js';
import { findBoundary } from '../../src/ingest/read/split.js';
import { chooseDecoder, PieceDecoder, SNIFF_BYTES } from '../../src/ingest/read/stream.js';
import { CUT_AT, type SplitOutcome } from '../../src/ingest/read-in-two.js';
import type { Codebook } from '../../src/model/codebook.js';
import type { RegionTable } from '../../src/model/regions.js';
import type { Survey } from '../../src/model/survey.js';
import { defaultRunOptions, readSetup } from '../../src/pipeline.js';

let dir: string;
let codebook: Codebook;
let regions: RegionTable;
/** The demo export's records (header first), 12,000 respondents: about 3.4 MB. */
let records: string[][];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regioscan-two-'));
  ({ codebook, regions } = await readSetup(defaultRunOptions()));
  records = Papa.parse<string[]>(generateExport({ rows: 12_000, seed: 9 }), { skipEmptyLines: true }).data;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = (rows: string[][]) => `${Papa.unparse(rows, { newline: '\n' })}\n`;

/** The demo's records without its repeated row (the demo repeats one id further down the file). */
function distinct(): string[][] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r[0]!) && seen.add(r[0]!));
}

let files = 0;
function write(text: string | Uint8Array): string {
  const path = join(dir, `export-${++files}.csv`);
  writeFileSync(path, text);
  return path;
}

/** Everything a survey holds, as plain values to compare. */
function dump(survey: Survey) {
  return {
    size: survey.size,
    ids: survey.respondentIds,
    ledger: [...survey.ledger],
    region: Array.from(survey.region),
    municipality: Array.from(survey.municipality),
    weights: survey.weights && Array.from(survey.weights),
    columns: [...survey.columns].map(([id, c]) => [
      id,
      c.kind === 'code'
        ? Array.from(c.codes)
        : c.kind === 'number'
          ? Array.from(c.values)
          : c.kind === 'multi'
            ? c.ticks.map((t) => Array.from(t))
            : c.kind === 'rank'
              ? c.positions.map((p) => Array.from(p))
              : c.values.toArray(),
    ]),
    texts: [...survey.columns].flatMap(([id, c]) =>
      c.kind === 'text'
        ? [[id, Array.from({ length: c.values.length }, (_, i) => c.values.answered(i))]]
        : [],
    ),
    inputs: survey.inputs,
    warnings: survey.warnings,
  };
}

/** The file read on one thread and offered to two; the outcomes of the second. */
async function both(path: string, extra: Partial<IngestOptions> = {}) {
  const inputs = [{ file: 'export.csv', path }];
  const one = await readSurvey(inputs, { codebook, regions, jobs: 1, ...extra });
  const outcomes: SplitOutcome[] = [];
  const two = await readSurvey(inputs, {
    codebook,
    regions,
    jobs: 2,
    splitBytes: 0,
    onSplit: (_file, outcome) => outcomes.push(outcome),
    ...extra,
  });
  return { one, two, outcome: outcomes[0] };
}

describe('a CSV read in two halves', () => {
  it('gives the survey one thread gives, the cut inside the file and the rows after it numbered alike', async () => {
    const path = write(csv(distinct()));
    const { one, two, outcome } = await both(path);
    expect(outcome).toEqual({ halves: true });
    expect(one.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(dump(two.survey)).toEqual(dump(one.survey));
    expect(two.issues).toEqual(one.issues);
    // Independent of either read: every record accounted for, the file's own hash, rows numbered
    // from 2 to the end in file order.
    expect(two.survey.ledger.length).toBe(distinct().length - 1);
    expect(two.survey.inputs[0]!.sha256).toBe(createHash('sha256').update(csv(distinct())).digest('hex'));
    const rows = [...two.survey.ledger].map((r) => r.row);
    expect(rows[0]).toBe(2);
    expect(rows.every((r, i) => r === i + 2)).toBe(true);
    expect(two.survey.inputs[0]!.fieldwork).not.toBeNull();
  });

  it('cuts after a quoted value that spans the middle of the file, line breaks and quotes inside', async () => {
    const rows = distinct();
    const whole = csv(rows);
    const from = Math.floor(Buffer.byteLength(whole) * CUT_AT);
    // The record that holds byte `from`, given an open answer of 400 lines with commas and quotes.
    let bytes = 0;
    let at = 0;
    while (bytes < from - 2_000) bytes += Buffer.byteLength(csv([rows[++at]!]));
    const open = codebook.questions.find((q) => q.type === 'open')!;
    const column = rows[0]!.indexOf('column' in open ? open.column : '');
    expect(column).toBeGreaterThan(0);
    const long = Array.from({ length: 400 }, (_, i) => `regel ${i}, met "aanhalingstekens", en meer`).join(
      '\n',
    );
    rows[at + 1] = rows[at + 1]!.map((cell, c) => (c === column ? long : cell));
    const path = write(csv(rows));
    const cut = await findBoundary(
      path,
      Math.floor(Buffer.byteLength(csv(rows)) * CUT_AT),
      createHash('sha256'),
    );
    // Past the long value: the record that holds it starts before `from` and ends after it.
    const start = Buffer.byteLength(csv(rows.slice(0, at + 1)));
    expect(cut!.offset).toBe(start + Buffer.byteLength(csv([rows[at + 1]!])));
    const { one, two, outcome } = await both(path);
    expect(outcome).toEqual({ halves: true });
    expect(dump(two.survey)).toEqual(dump(one.survey));
    // The row after the long value starts as many lines further down as the value has breaks.
    const ledger = [...two.survey.ledger];
    const theLong = ledger.find((r) => r.row === at + 2)!;
    const after = ledger.find((r) => r.row === at + 3)!;
    const breaks = csv([rows[at + 1]!]).split('\n').length - 2;
    expect(breaks).toBeGreaterThanOrEqual(399);
    expect(after.line - theLong.line).toBe(1 + breaks);
  });

  it('reads again on one thread when an id of the second half was included in the first', async () => {
    // The demo as drawn: one complete row repeated, same id, near the end of the file.
    const path = write(csv(records));
    const { one, two, outcome } = await both(path);
    expect(outcome?.halves).toBe(false);
    expect(outcome?.why).toMatch(/id/);
    expect(dump(two.survey)).toEqual(dump(one.survey));
    expect([...two.survey.ledger].filter((r) => r.reason === 'duplicate')).toHaveLength(1);
  });

  it('reads again on one thread when the second half has a problem, which is reported as one thread reports it', async () => {
    const rows = distinct();
    const late = Math.floor(rows.length * 0.9);
    const likert = codebook.questions.find((q) => q.type === 'likert')!;
    const column = rows[0]!.indexOf('column' in likert ? likert.column : '');
    rows[late] = rows[late]!.map((cell, c) => (c === column ? 'heel erg' : cell));
    const path = write(csv(rows));
    const { one, two, outcome } = await both(path);
    expect(outcome?.halves).toBe(false);
    const errors = two.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid_value', row: late + 1, value: 'heel erg' });
    expect(two.issues).toEqual(one.issues);
    expect(dump(two.survey)).toEqual(dump(one.survey));
  });

  it('numbers rows without an id by their place in the file, in both halves', async () => {
    const rows = distinct().map((r, i) => (i > 0 && i % 7 === 0 ? ['', ...r.slice(1)] : r));
    const path = write(csv(rows));
    const { one, two, outcome } = await both(path);
    expect(outcome).toEqual({ halves: true });
    expect(dump(two.survey)).toEqual(dump(one.survey));
    const late = Math.floor(rows.length / 7) * 7;
    expect(two.survey.ledger.at(late - 1).respondentId).toBe(`export.csv#${late + 1}`);
  });

  it('joins CRLF files and files with a byte-order mark alike', async () => {
    const text = csv(distinct()).replace(/\n/g, '\r\n');
    for (const path of [write(text), write(`\ufeff${text}`)]) {
      const { one, two, outcome } = await both(path);
      expect(outcome).toEqual({ halves: true });
      expect(dump(two.survey)).toEqual(dump(one.survey));
      expect(two.issues).toEqual(one.issues);
    }
  });

  it('reads a Windows-1252 file on one thread (no cut: a byte past the first megabyte may not be UTF-8)', async () => {
    const rows = distinct();
    rows[3] = rows[3]!.map((cell, c) => (c === 0 ? `${cell}é` : cell));
    const latin1 = Buffer.from(csv(rows), 'latin1');
    const path = write(latin1);
    const { one, two, outcome } = await both(path);
    expect(outcome?.halves).toBe(false);
    expect(dump(two.survey)).toEqual(dump(one.survey));
    expect(two.survey.inputs[0]!.encoding).toBe('windows-1252');
    expect(two.survey.inputs[0]!.sha256).toBe(createHash('sha256').update(latin1).digest('hex'));
  });

  it('leaves a row limit to the serial read, which stops where it always does', async () => {
    const path = write(csv(distinct()));
    const limits = { ...(await import('../../src/ingest/limits.js')).DEFAULT_LIMITS, rows: 11_000 };
    const { one, two } = await both(path, { limits });
    expect(one.issues.map((i) => i.code)).toContain('limit_rows');
    expect(two.issues).toEqual(one.issues);
  });
});

describe('findBoundary', () => {
  it('cuts only where the parser ends a record, on random CSV with quotes, delimiters and line breaks in values', async () => {
    const r = new Random(20261202);
    const pieces = ['a', 'b,c', '"', '""', '\n', '\r\n', ' ', 'é', '😀', ';', 'x"y'];
    const value = () => {
      const n = r.int(0, 6);
      let v = '';
      for (let i = 0; i < n; i++) v += pieces[r.int(0, pieces.length - 1)];
      return v;
    };
    for (let trial = 0; trial < 6; trial++) {
      const rows: string[][] = [['id', 'tekst', 'n']];
      let size = 0;
      for (let i = 0; size < 1_600_000; i++) {
        const row = [`r${i}`, value(), String(i)];
        rows.push(row);
        size += 12 + row[1]!.length * 2;
      }
      const text = Papa.unparse(rows, { newline: '\n', quotes: [false, true, false] });
      const bytes = Buffer.from(text);
      const path = write(bytes);
      const whole = Papa.parse<string[]>(text.replace(/\r\n/g, '\n'), { delimiter: ',', newline: '\n' }).data;
      const from = 1_100_000 + r.int(0, 300_000);
      const cut = (await findBoundary(path, from, createHash('sha256')))!;
      expect(cut.offset).toBeGreaterThanOrEqual(from);
      const before = bytes.subarray(0, cut.offset).toString('utf8').replace(/\r\n/g, '\n');
      const after = bytes.subarray(cut.offset).toString('utf8').replace(/\r\n/g, '\n');
      expect(before.endsWith('\n')).toBe(true);
      const head = Papa.parse<string[]>(before.slice(0, -1), { delimiter: ',', newline: '\n' }).data;
      const tail = Papa.parse<string[]>(after, { delimiter: ',', newline: '\n' }).data;
      expect(head.length).toBe(cut.row);
      expect([...head, ...tail]).toEqual(whole);
      expect(cut.line).toBe(1 + (before.match(/\n|\r/g) ?? []).length);
    }
  });

  it("finds the cut the reader's own grammar finds on the decoded text, on random bytes with stray quotes, CR, white space and NUL", async () => {
    // The reference: the reader's decoding (PieceDecoder: NUL removed, CRLF made LF) and quote
    // grammar (RecordCounter), fed up to `from` and then line end by line end until a record ends.
    const reference = (bytes: Buffer, from: number) => {
      const choice = chooseDecoder(bytes.subarray(0, SNIFF_BYTES));
      const pieces = new PieceDecoder(choice);
      const first = pieces.decode(bytes.subarray(choice.skip, from), false, from);
      const counter = new RecordCounter(detectDelimiter(first.slice(0, SNIFF_BYTES)), '\n');
      let breaks = 0;
      const feed = (text: string) => {
        counter.push(text);
        breaks += (text.match(/\n|\r/g) ?? []).length;
      };
      feed(first);
      for (let at = from; ; ) {
        const lf = bytes.indexOf(10, at);
        if (lf < 0) return null;
        feed(pieces.decode(bytes.subarray(at, lf + 1), false, lf + 1));
        if (counter.atRecordStart()) return { offset: lf + 1, row: counter.recordEnds, line: 1 + breaks };
        at = lf + 1;
      }
    };
    const r = new Random(20261203);
    const pieces = [
      'a',
      ',',
      ',',
      '"',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\t',
      'é',
      '😀',
      'x"y',
      '" ,',
      '" x',
      '"\r\n',
    ];
    const risky = ['\u2003', '\u00a0', '\0', '\ufeff'];
    let cuts = 0;
    for (let trial = 0; trial < 12; trial++) {
      const withRisk = trial % 3 === 2;
      let text = 'id,tekst,n\n';
      for (let i = 0; text.length < 1_400_000; i++) {
        let value = '';
        for (let k = r.int(0, 8); k > 0; k--) value += pieces[r.int(0, pieces.length - 1)];
        if (withRisk && r.chance(0.001)) value += `"${risky[r.int(0, risky.length - 1)]}`;
        text += `r${i},${r.chance(0.5) ? `"${value}"` : value},${i}\n`;
      }
      const bytes = Buffer.from(text);
      const path = write(bytes);
      const from = SNIFF_BYTES + r.int(0, 200_000);
      const cut = await findBoundary(path, from, createHash('sha256'));
      const expected = reference(bytes, from);
      if (cut === null) {
        // Only where the decoded text may read differently from its bytes.
        expect(withRisk).toBe(true);
        continue;
      }
      cuts++;
      expect({ offset: cut.offset, row: cut.row, line: cut.line }).toEqual(expected);
    }
    expect(cuts).toBeGreaterThanOrEqual(8);
  });

  it('hashes exactly the bytes before the cut', async () => {
    const rows = distinct();
    const bytes = Buffer.from(csv(rows));
    const path = write(bytes);
    const hash = createHash('sha256');
    const cut = (await findBoundary(path, Math.floor(bytes.length * CUT_AT), hash))!;
    expect(hash.digest('hex')).toBe(createHash('sha256').update(bytes.subarray(0, cut.offset)).digest('hex'));
  });
});
