/**
 * `init` is safe on hostile exports (issue 10.4): short answers that hold personal data, that
 * differ for every respondent, are never made options (which would copy them into the codebook
 * and the workbook unredacted) but an open question; `__proto__` and `constructor` headings are
 * ordinary names; control characters never reach a text or label. Every codebook written here
 * passes validation on its own export.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/ingest/codebook.js';
import { InputError } from '../../src/ingest/errors.js';
import { initCodebook } from '../../src/init/index.js';
import { note, todo } from '../../src/init/messages.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { validate } from '../../src/pipeline.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-init-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const question = (cb: CodebookInput, id: string) => cb.questions.find((q) => q.id === id);
const regions = ['Leidse Regio', 'Rijnstreek'];

/** Write `csv`, init it from its path, and validate the codebook on the same export. */
async function initAndValidate(name: string, csv: string) {
  const path = join(dir, name);
  await writeFile(path, csv);
  const result = await initCodebook({ file: name, path });
  const parsed = Codebook.parse(result.codebook);
  expect(checkReferences(parsed)).toEqual([]);
  const codebookPath = join(dir, `${name}.codebook.json`);
  await writeFile(codebookPath, JSON.stringify(result.codebook));
  const { issues } = await validate({
    inputs: [path],
    codebook: codebookPath,
    regions: null,
    population: null,
  });
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result;
}

/** An export of `regio` and one more column holding `values`, one respondent each. */
const withColumn = (heading: string, values: readonly string[]) =>
  [`regio,${heading}`, ...values.map((v, i) => `${regions[i % 2]},${v}`)].join('\n');

describe('initCodebook: personal data is an open question, never a list of options', () => {
  it('repeated contact answers, one joined with ";", are open (not a multi-select of addresses)', async () => {
    const values = ['jan@example.nl', '06-12345678', 'nee', 'jan@example.nl; 06-12345678', 'nee'];
    const { codebook, notes } = await initAndValidate(
      'contact.csv',
      withColumn('contact', [...values, ...values]),
    );
    expect(question(codebook, 'contact')).toMatchObject({ type: 'open', column: 'contact' });
    expect(codebook.scales.map((s) => s.id)).not.toContain('contact');
    expect(notes).toContain(note.openBecause('contact', 'personal'));
  });

  it.each([
    ['phone numbers written as numbers', ['0612345678', '0687654321']],
    ['phone numbers with dashes', ['06-12345678', '071-5123456']],
    ['IBANs', ['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00']],
    ['BSNs', ['111222333', '123456782']],
    ['postcodes', ['2311 AB', '2312 CD']],
  ])('%s that repeat are open, with the reason in a note', async (kind, pair) => {
    const values = [...pair, ...pair, ...pair, ...pair];
    const name = `${kind.replace(/\W+/g, '_')}.csv`;
    const { codebook, notes } = await initAndValidate(name, withColumn('Q1', values));
    expect(question(codebook, 'Q1')).toMatchObject({ type: 'open' });
    expect(notes).toContain(note.openBecause('Q1', 'personal'));
  });

  it('a column of e-mail addresses only is left out as personal data, as before', async () => {
    const emails = ['jan@example.nl', 'piet@example.org', 'jan@example.nl', 'piet@example.org'];
    const csv = ['regio,Q1,D1', ...emails.map((e, i) => `${regions[i % 2]},${e},${i + 1}`)].join('\n');
    const { codebook, notes } = await initAndValidate('emails.csv', csv);
    expect(question(codebook, 'Q1')).toBeUndefined();
    expect(notes).toContain(note.skippedPersonal('Q1'));
  });

  it('short answers that differ for every one of 20 respondents are open', async () => {
    const values = Array.from({ length: 20 }, (_, i) => `K${(i * 37) % 101}x`);
    const { codebook, notes } = await initAndValidate('unique.csv', withColumn('code', values));
    expect(question(codebook, 'code')).toMatchObject({ type: 'open' });
    expect(notes).toContain(note.openBecause('code', 'unique'));
  });
});

describe('initCodebook: headings are ordinary names', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `${regions[i % 2]},${(i % 5) + 1},ja,${i % 3}`);

  it('__proto__ and constructor headings become questions proto and constructor; regio stays the region', async () => {
    const csv = ['regio,__proto__,constructor,toString', ...rows(10)].join('\n');
    const { codebook } = await initAndValidate('proto.csv', csv);
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    expect(codebook.questions.map((q) => [q.id, 'column' in q ? q.column : undefined])).toEqual([
      ['regio', 'regio'],
      ['proto', '__proto__'],
      ['constructor', 'constructor'],
      ['toString', 'toString'],
    ]);
  });

  it('without a region column, __proto__ is not taken for one (no level "[object Object]")', async () => {
    const csv = ['__proto__,constructor', '1,2', '2,3', '3,1'].join('\n');
    const { codebook } = await initCodebook({ file: 'proto.csv', bytes: new TextEncoder().encode(csv) });
    expect(codebook.region).toEqual({ question: '', level: 'region' });
    expect(codebook.todo).toEqual([todo.noRegion()]);
  });
});

describe('initCodebook: control characters are removed from what it copies', () => {
  it('a heading and answers with \\u0007 give clean texts, labels and notes; the export still matches', async () => {
    const answers = ['Ja\u0007', 'Nee', 'Ja\u0007', 'Nee', 'Ja\u0007', 'Nee'];
    const csv = ['regio,Doet u mee?\u0007', ...answers.map((a, i) => `${regions[i % 2]},${a}`)].join('\n');
    const { codebook, notes } = await initAndValidate('bell.csv', csv);
    const q = codebook.questions[1]!;
    expect(q).toMatchObject({ id: 'doet_u_mee', text: { nl: 'Doet u mee?', en: 'Doet u mee?' } });
    // The column keeps the heading as the export spells it: run finds the column by it.
    expect('column' in q && q.column).toBe('Doet u mee?\u0007');
    const scale = codebook.scales.find((s) => 'scale' in q && s.id === q.scale);
    expect(scale?.options).toEqual([
      { code: 1, label: { nl: 'Ja', en: 'Ja' }, aliases: ['Ja\u0007'] },
      { code: 2, label: { nl: 'Nee', en: 'Nee' } },
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    for (const n of notes) expect(n).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('initCodebook: what stops ingest stops init', () => {
  it('a stray quote in the first data row of a 31-row export is an error naming file, row, line and column', async () => {
    const data = Array.from({ length: 30 }, (_, i) => `${regions[i % 2]},${i === 0 ? '"goed' : 'goed'},ja`);
    const path = join(dir, 'quote.csv');
    await writeFile(path, ['regio,opmerking,mee', ...data].join('\n'));
    const error = await initCodebook({ file: 'quote.csv', path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toMatchObject([
      { severity: 'error', code: 'unclosed_quote', file: 'quote.csv', row: 2, line: 2, column: 'opmerking' },
    ]);
  });

  it('rows split by another delimiter are an error, and are not profiled as answers', async () => {
    const data = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0 ? `${regions[0]},goed,ja` : `${regions[1]};slecht;nee`,
    );
    const path = join(dir, 'mixed.csv');
    await writeFile(path, ['regio,opmerking,mee', ...data].join('\n'));
    const error = await initCodebook({ file: 'mixed.csv', path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.code)).toEqual(['mixed_delimiters']);
  });
});
