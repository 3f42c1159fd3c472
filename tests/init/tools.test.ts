/**
 * `initCodebook` on every tool fixture of tests/fixtures/formats (not their `.codebook.json`, which
 * the format tests use): the tool's metadata columns stay out, and `regioscan init` followed by
 * `regioscan run` works with no edit in between, reading every data row of the export. The three
 * public fixtures that ask no region question are the exception the issue allows: init leaves its
 * one todo (`todo.noRegion`), run refuses the codebook with it, and after exactly the edit that todo
 * asks for, run reads every row.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/index.js';
import { message } from '../../src/ingest/messages.js';
import { initCodebook } from '../../src/init/index.js';
import { note, todo } from '../../src/init/messages.js';
import type { CodebookInput } from '../../src/model/codebook.js';
import { run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

const dir = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const exports = readdirSync(dir)
  .filter((f) => /\.(csv|xlsx)$/.test(f))
  .sort();

/**
 * Data rows of each fixture, counted outside regioscan: Python's `csv` module (records after the
 * tool's header rows — 1, Qualtrics 3, legacy Qualtrics 2, SurveyMonkey 2 — blank records left out;
 * `qualtrics_excel_nl.csv` read as cp1252 with `;`), and for the xlsx the `<row>` elements of
 * `xl/worksheets/sheet1.xml` less the heading row.
 */
const DATA_ROWS: Record<string, number> = {
  'googleforms_direct.csv': 4,
  'googleforms_sheets_2014_head.csv': 25,
  'limesurvey_code.csv': 6,
  'limesurvey_codetext.csv': 3,
  'limesurvey_full.csv': 4,
  'msforms.xlsx': 4,
  'qualtrics_excel_nl.csv': 5,
  'qualtrics_sample.csv': 1,
  'qualtrics_sample_legacy.csv': 1,
  'surveymonkey.csv': 5,
};

/** Public fixtures without a region question, and the question their README names as stand-in region. */
const NO_REGION: Record<string, string> = {
  'googleforms_sheets_2014_head.csv': 'question_5_how_many',
  'qualtrics_sample.csv': 'Q1',
  'qualtrics_sample_legacy.csv': 'Q1',
};
const withRegion = exports.filter((f) => !(f in NO_REGION));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'regioscan-init-tools-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const columnOf = (q: CodebookInput['questions'][number]) => ('column' in q ? q.column : undefined);
const scaleOf = (cb: CodebookInput, id: string) => cb.scales.find((s) => s.id === id);

async function initFixture(name: string) {
  const bytes = new Uint8Array(await readFile(join(dir, name)));
  return initCodebook({ file: name, bytes });
}

/** `regioscan run --input FIXTURE --codebook <written codebook>` without --regions; the manifest's rows. */
async function runWith(name: string, codebook: CodebookInput) {
  const codebookPath = join(tmp, `${name}.codebook.json`);
  await writeFile(codebookPath, JSON.stringify(codebook, null, 2));
  const writer = memoryWriter();
  await run(
    {
      inputs: [join(dir, name)],
      codebook: codebookPath,
      regions: null,
      population: null,
      out: join(tmp, 'output'),
      lang: 'nl',
      minCell: 10,
      generatedAt: new Date(0),
      argv: [],
    },
    writer,
  );
  const manifest = JSON.parse(new TextDecoder().decode(writer.files.get('manifest.json')));
  return manifest.rows as { read: number; included: number };
}

describe('regioscan init, then run, on each tool export', () => {
  it('the fixtures are the ten listed, each with its data row count', () => {
    expect(exports).toEqual(Object.keys(DATA_ROWS).sort());
  });

  it.each(withRegion)('%s: init writes no todo, and run reads every data row unchanged', async (name) => {
    const { codebook, tool } = await initFixture(name);
    expect(tool).not.toBe('generic');
    expect(codebook.todo ?? []).toEqual([]);
    expect(codebook.questions.filter((q) => q.todo)).toEqual([]);
    const rows = await runWith(name, codebook);
    expect(rows.read).toBe(DATA_ROWS[name]);
    expect(rows.included).toBeGreaterThan(0);
  });

  it.each(Object.keys(NO_REGION))(
    '%s (no region question): only todo.noRegion; run refuses it, and runs after that one edit',
    async (name) => {
      const { codebook, tool } = await initFixture(name);
      expect(tool).not.toBe('generic');
      expect(codebook.todo).toEqual([todo.noRegion()]);
      expect(codebook.questions.filter((q) => q.todo)).toEqual([]);
      const refused = await runWith(name, codebook).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InputError);
      expect((refused as InputError).issues.map((i) => i.message)).toContain(
        message.codebookTodo(todo.noRegion()),
      );
      const edited = { ...structuredClone(codebook), todo: [] };
      edited.region.question = NO_REGION[name]!;
      expect((await runWith(name, edited)).read).toBe(DATA_ROWS[name]);
    },
  );
});

describe('initCodebook on tool exports: what it reads', () => {
  it('LimeSurvey codes: metadata out, Q[SQ] ticks one multi with [other] as its "Anders" option, D[SQ] codes Likert, [other] text open', async () => {
    const { codebook } = await initFixture('limesurvey_code.csv');
    const ids = codebook.questions.map((q) => q.id);
    for (const meta of ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'interviewtime'])
      expect(ids).not.toContain(meta);
    expect(codebook.respondentId).toBe('id');
    expect(codebook.complete).toEqual({ column: 'submitdate' });
    expect(codebook.questions.find((q) => q.id === 'vormen')).toMatchObject({
      type: 'multi',
      columns: [
        { code: 1, column: 'vormen[SQ001]' },
        { code: 2, column: 'vormen[SQ002]' },
        { code: 3, column: 'vormen[other]', other: true },
      ],
    });
    expect(codebook.questions.filter((q) => q.type === 'likert').map(columnOf)).toEqual([
      'D[SQ001]',
      'D[SQ002]',
    ]);
    expect(codebook.questions.find((q) => columnOf(q) === 'vormen[other]')?.type).toBe('open');
  });

  it('LimeSurvey codes: regions A1…A3 named "regio A1"…, role codes A1, A2 on no side, so no role', async () => {
    const { codebook, notes } = await initFixture('limesurvey_code.csv');
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    expect(scaleOf(codebook, 'regio')?.options).toEqual([
      { code: 1, label: { nl: 'regio A1', en: 'region A1' }, aliases: ['A1'] },
      { code: 2, label: { nl: 'regio A2', en: 'region A2' }, aliases: ['A2'] },
      { code: 3, label: { nl: 'regio A3', en: 'region A3' }, aliases: ['A3'] },
    ]);
    expect(notes).toContain(note.regionCodes('regio', 3, 'regio', '"regio A1"'));
    expect(codebook.role).toBeUndefined();
    expect(codebook.questions.find((q) => q.id === 'rol')?.type).toBe('single');
    expect(notes).toContain(note.rolesNone('rol', ['A1', 'A2']));
  });

  it('Qualtrics: completion from Finished, -99 missing, _TEXT open, numeric regions "regio 1"…"regio 3"', async () => {
    const { codebook } = await initFixture('qualtrics_excel_nl.csv');
    expect(codebook.complete).toEqual({ column: 'Finished', values: ['1', 'True', 'true'] });
    expect(codebook.respondentId).toBe('ResponseId');
    expect(codebook.missingValues).toEqual(['-99']);
    expect(codebook.questions.find((q) => columnOf(q) === 'Q6_TEXT')?.type).toBe('open');
    expect(codebook.region).toEqual({ question: 'Q1', level: 'region' });
    expect(scaleOf(codebook, 'Q1')?.options).toEqual([
      { code: 1, label: { nl: 'regio 1', en: 'region 1' } },
      { code: 2, label: { nl: 'regio 2', en: 'region 2' } },
      { code: 3, label: { nl: 'regio 3', en: 'region 3' } },
    ]);
    expect(codebook.role).toBeUndefined();
  });

  it('Google Forms (Sheets): checkboxes joined by ", " are multi; the e-mail column is left out', async () => {
    const { codebook, notes } = await initFixture('googleforms_sheets_2014_head.csv');
    const roles = codebook.questions.find((q) => q.text.nl.startsWith('Question 2:'));
    expect(roles).toMatchObject({ type: 'multi', separator: ', ' });
    expect(codebook.questions.some((q) => /email address/i.test(q.text.nl))).toBe(false);
    expect(notes.some((n) => /email address/.test(n))).toBe(true);
  });
});
