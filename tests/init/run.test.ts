/**
 * The check the issue names: `regioscan init` followed by `regioscan run` works unchanged on a
 * plain CSV with numeric 1–5 items and a column named `regio`, and on each tool's export that
 * spells its answers out (every fixture, answer codes too, is run in tools.test.ts); a role answer
 * init places on neither side still counts in the response overview; and a codebook with a todo
 * is refused with the todo's text.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, parseCodebook } from '../../src/ingest/index.js';
import { message } from '../../src/ingest/messages.js';
import { initCodebook } from '../../src/init/index.js';
import { todo } from '../../src/init/messages.js';
import { type RunOptions, run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-init-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `regioscan init FILE --out codebook.json`, then `regioscan run --input FILE --codebook codebook.json` without --regions. */
async function initThenRun(exportPath: string) {
  const bytes = new Uint8Array(await readFile(exportPath));
  const { codebook } = await initCodebook({ file: exportPath, bytes });
  const codebookPath = join(dir, `${exportPath.replace(/\W+/g, '_')}.codebook.json`);
  await writeFile(codebookPath, JSON.stringify(codebook, null, 2));
  const options: RunOptions = {
    inputs: [exportPath],
    codebook: codebookPath,
    regions: null,
    population: null,
    out: join(dir, 'output'),
    lang: 'nl',
    minCell: 5,
    generatedAt: new Date(Date.UTC(2026, 10, 1)),
    argv: ['run'],
  };
  const writer = memoryWriter();
  const summary = await run(options, writer);
  return { summary, writer, codebook };
}

const regions = ['Leidse Regio', 'Rijnstreek', 'Duin- en Bollenstreek'];

describe('regioscan init, then run', () => {
  it('works unchanged on a plain CSV with numeric 1–5 items and regio; the regions are the distinct regio values', async () => {
    // 30 respondents, 10 per region; items cycle through 1–5 so every code occurs.
    const rows = Array.from({ length: 30 }, (_, i) =>
      [`r${i + 1}`, regions[i % 3], (i % 5) + 1, ((i + 2) % 5) + 1, ((i * 3) % 5) + 1].join(','),
    );
    const path = join(dir, 'plain.csv');
    await writeFile(path, ['respondent_id,regio,D1,D2,D3', ...rows].join('\n'));
    const { summary, writer } = await initThenRun(path);
    expect(summary.survey.size).toBe(30);
    expect(summary.survey.regions.regions.map((r) => r.name)).toEqual([
      'Duin- en Bollenstreek',
      'Leidse Regio',
      'Rijnstreek',
    ]);
    expect([...writer.files.keys()]).toContain('manifest.json');
    expect([...writer.files.keys()].some((f) => f.startsWith('leidse-regio/'))).toBe(true);
  });

  it.each(['limesurvey_full.csv', 'surveymonkey.csv', 'googleforms_direct.csv', 'msforms.xlsx'])(
    'works unchanged on the tool export %s (answers spelled out)',
    async (name) => {
      const { summary, codebook } = await initThenRun(
        fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)),
      );
      expect(codebook.todo ?? []).toEqual([]);
      expect(summary.survey.size).toBeGreaterThan(0);
      // The fixtures answer "In welke regio woont of werkt u?" with these three regions.
      expect(summary.survey.regions.regions.map((r) => r.name).sort()).toEqual([...regions].sort());
    },
  );

  it('a role answer on neither side ("Anders") runs unchanged and still counts in the response overview', async () => {
    // 30 respondents, 15 per region; roles cycle Inwoner, Professional, Anders: 5 of each per region.
    const roles = ['Inwoner', 'Professional', 'Anders'];
    const rows = Array.from({ length: 30 }, (_, i) =>
      [`r${i + 1}`, regions[i % 2], roles[Math.floor(i / 2) % 3], (i % 5) + 1].join(','),
    );
    const path = join(dir, 'roles.csv');
    await writeFile(path, ['respondent_id,regio,rol,D1', ...rows].join('\n'));
    const { summary, codebook } = await initThenRun(path);
    // Sorted: Anders 1, Inwoner 2, Professional 3.
    expect(codebook.role).toEqual({ question: 'rol', residents: [2], professionals: [3] });
    const leiden = summary.indicators.regions.find((r) => r.name === 'Leidse Regio')!;
    expect(leiden.response.respondents).toBe(15);
    expect(leiden.response.byRole.map((c) => [c.key, c.count])).toEqual([
      ['1', 5],
      ['2', 5],
      ['3', 5],
    ]);
  });

  it('a codebook with a todo is refused by parseCodebook, and so by run, with the todo text', async () => {
    const path = join(dir, 'noregion.csv');
    await writeFile(path, ['D1,D2', '1,2', '4,5', '3,3'].join('\n'));
    const { codebook } = await initCodebook({ file: path, bytes: new Uint8Array(await readFile(path)) });
    let error: unknown;
    try {
      parseCodebook(JSON.stringify(codebook), 'codebook.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.message)).toContain(
      message.codebookTodo(todo.noRegion()),
    );
    await expect(initThenRun(path)).rejects.toBeInstanceOf(InputError);
  });
});
