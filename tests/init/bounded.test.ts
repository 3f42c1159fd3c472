/**
 * Profiles stay bounded: a column keeps at most `MAX_DISTINCT` distinct values (and every "no
 * answer" label or code), so an export with 150,000 different open answers is profiled without
 * holding them, and the column is read as an open question, not as 150,000 options. The export is
 * generated here, in a temporary folder, and streamed from its path as the CLI does.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCodebook } from '../../src/init/index.js';
import { note } from '../../src/init/messages.js';
import { MAX_DISTINCT } from '../../src/init/profile.js';
import { ColumnProfiler } from '../../src/init/profiler.js';
import type { CodebookInput } from '../../src/model/codebook.js';
import { validate } from '../../src/pipeline.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-init-bounded-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const question = (cb: CodebookInput, id: string) => cb.questions.find((q) => q.id === id);

describe('ColumnProfiler', () => {
  it(`keeps ${MAX_DISTINCT} distinct values of ${MAX_DISTINCT + 1}, then "weet niet" and -99 as well`, () => {
    const p = new ColumnProfiler(0, 'opmerking', []);
    for (let i = 0; i < MAX_DISTINCT; i++) p.add(`antwoord ${i}`);
    expect(p.toProfile()).toMatchObject({ many: false, answered: MAX_DISTINCT });
    for (const cell of ['antwoord extra', 'Weet niet', '-99', 'antwoord 0', ' ANTWOORD 0 ', '']) p.add(cell);
    const profile = p.toProfile();
    expect(profile.many).toBe(true);
    expect(profile.answered).toBe(MAX_DISTINCT + 5);
    expect(profile.distinct).toHaveLength(MAX_DISTINCT + 2);
    expect(profile.distinct[0]).toEqual({ value: 'antwoord 0', count: 3 });
    expect(profile.distinct.slice(-2)).toEqual([
      { value: 'Weet niet', count: 1 },
      { value: '-99', count: 1 },
    ]);
  });

  it('summarises every value: the numbers 0.5…7 without -99 and "weet niet"; not dates, not e-mail', () => {
    const p = new ColumnProfiler(0, 'gewicht', []);
    for (const cell of ['1', '0,5', '-99', 'weet niet', '7', '2.25']) p.add(cell);
    expect(p.toProfile().summary).toEqual({
      dates: false,
      emails: false,
      numbers: { min: 0.5, max: 7 },
      negative: false,
      longest: 9,
    });
  });
});

describe('initCodebook on 150,000 respondents with a different open answer each', () => {
  const rows = 150_000;
  const regions = ['Leidse Regio', 'Rijnstreek', 'Duin- en Bollenstreek'];
  const weight = (i: number) => (i % 1000 === 999 ? '-99' : (0.5 + ((i * 7919) % rows) / 100_000).toFixed(5));
  // Short answers, one in ten quoted with a comma, a quote and a line break inside.
  const answer = (i: number) => (i % 10 === 0 ? `"antw ${i}, ""zo""\nklaar"` : `antw ${i}`);

  it('streams the export and reads the answers as an open question, the rest as before', async () => {
    const path = join(dir, 'open.csv');
    const lines = ['id,regio,D1,rol,gewicht,opmerking'];
    for (let i = 0; i < rows; i++)
      lines.push(
        `r${i},${regions[i % 3]},${(i % 5) + 1},${i % 4 ? 'Inwoner' : 'Professional'},${weight(i)},${answer(i)}`,
      );
    await writeFile(path, `${lines.join('\n')}\n`);

    const { codebook, notes } = await initCodebook({ file: 'open.csv', path });
    expect(question(codebook, 'opmerking')).toMatchObject({ type: 'open', column: 'opmerking' });
    expect(notes).toContain(note.openBecause('opmerking', 'many'));
    expect(codebook.region).toEqual({ question: 'regio', level: 'region' });
    expect(question(codebook, 'D1')).toMatchObject({ type: 'likert', scale: 'likert5' });
    expect(question(codebook, 'rol')).toMatchObject({ type: 'single' });
    // Every weight is distinct: a number with the range of all of them, -99 a missing value.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < rows; i++) {
      const w = Number(weight(i));
      if (w !== -99 && w < min) min = w;
      if (w > max) max = w;
    }
    expect(question(codebook, 'gewicht')).toMatchObject({ type: 'numeric', min, max });
    expect(codebook.missingValues).toEqual(['-99']);

    // The codebook passes validation on the same export: every row read, no error.
    const codebookPath = join(dir, 'open.codebook.json');
    await writeFile(codebookPath, JSON.stringify(codebook));
    const { survey, issues } = await validate({
      inputs: [path],
      codebook: codebookPath,
      regions: null,
      population: null,
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(survey.size).toBe(rows);
  }, 30_000);
});
