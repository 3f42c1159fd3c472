/**
 * `initCodebook` on every tool fixture of tests/fixtures/formats: the tool's metadata columns stay
 * out, the codebook is valid, and the export maps through it without a single ingest error once the
 * user has settled the todos (simulated here by accepting each proposal as it stands).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/ingest/codebook.js';
import { readSurvey, regionTableFromCodebook } from '../../src/ingest/index.js';
import { initCodebook } from '../../src/init/index.js';
import { todo } from '../../src/init/messages.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';

const dir = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const exports = readdirSync(dir).filter((f) => /\.(csv|xlsx)$/.test(f));

const columnOf = (q: CodebookInput['questions'][number]) => ('column' in q ? q.column : undefined);

async function initFixture(name: string) {
  const bytes = new Uint8Array(await readFile(`${dir}${name}`));
  return { bytes, ...(await initCodebook({ file: name, bytes })) };
}

/** The codebook as a user would leave it after accepting every proposal (the first single choice as region if none was found). */
function accepted(cb: CodebookInput): Codebook {
  const copy = structuredClone(cb);
  copy.todo = [];
  for (const q of copy.questions) delete q.todo;
  if (copy.region.question === '') copy.region.question = copy.questions.find((q) => q.type === 'single')!.id;
  return Codebook.parse(copy);
}

describe('initCodebook on each tool export', () => {
  it('finds the fixtures', () => {
    expect(exports.length).toBeGreaterThanOrEqual(5);
  });

  it.each(exports)('%s: a valid codebook that maps the export without an ingest error', async (name) => {
    const { bytes, codebook, tool } = await initFixture(name);
    expect(tool).not.toBe('generic');
    const parsed = accepted(codebook);
    expect(checkReferences(parsed)).toEqual([]);
    const { survey, issues } = await readSurvey([{ file: name, bytes }], {
      codebook: parsed,
      regions: regionTableFromCodebook(parsed),
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(survey.size).toBeGreaterThan(0);
  });

  it('LimeSurvey codes: metadata out, Q[SQ] ticks one multi, D[SQ] codes Likert, [other] open; answer codes leave todos', async () => {
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
      ],
    });
    expect(codebook.questions.filter((q) => q.type === 'likert').map(columnOf)).toEqual([
      'D[SQ001]',
      'D[SQ002]',
    ]);
    expect(codebook.questions.find((q) => columnOf(q) === 'vormen[other]')?.type).toBe('open');
    // Regions answered as LimeSurvey codes A1…A3: their names must come from the user.
    expect(codebook.questions.find((q) => q.id === 'regio')?.todo).toBe(todo.regionCodes('regio', 3));
  });

  it('Qualtrics: completion from Finished, -99 missing, _TEXT open', async () => {
    const { codebook } = await initFixture('qualtrics_excel_nl.csv');
    expect(codebook.complete).toEqual({ column: 'Finished', values: ['1', 'True', 'true'] });
    expect(codebook.respondentId).toBe('ResponseId');
    expect(codebook.missingValues).toEqual(['-99']);
    expect(codebook.questions.find((q) => columnOf(q) === 'Q6_TEXT')?.type).toBe('open');
  });

  it('Google Forms (Sheets): checkboxes joined by ", " are multi; the e-mail column is left out', async () => {
    const { codebook, notes } = await initFixture('googleforms_sheets_2014_head.csv');
    const roles = codebook.questions.find((q) => q.text.nl.startsWith('Question 2:'));
    expect(roles).toMatchObject({ type: 'multi', separator: ', ' });
    expect(codebook.questions.some((q) => /email address/i.test(q.text.nl))).toBe(false);
    expect(notes.some((n) => /email address/.test(n))).toBe(true);
  });
});
