/**
 * The commands a researcher types: init then run on a plain CSV, and validate on a broken export.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { demoPaths } from '../../src/demo.js';

let dir: string;
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('regioscan init, then run', () => {
  it('works unchanged on a plain CSV with numeric 1–5 items and a column named regio', async () => {
    const rows = ['regio,v1,v2,v3'];
    const regions = ['Noord', 'Zuid'];
    for (let i = 0; i < 60; i++)
      rows.push(`${regions[i % 2]},${(i % 5) + 1},${((i * 3) % 5) + 1},${((i * 7) % 5) + 1}`);
    const csv = join(dir, 'plain.csv');
    await writeFile(csv, `${rows.join('\n')}\n`);
    const codebook = join(dir, 'codebook.json');
    const init = capture();
    expect(await main(['init', csv, '--out', codebook], init.io)).toBe(0);
    expect(init.out.join('\n')).toContain('region question: regio');
    const written = JSON.parse(await readFile(codebook, 'utf8'));
    expect(written.questions.map((q: { id: string; type: string }) => `${q.id}:${q.type}`)).toEqual([
      'regio:single',
      'v1:likert',
      'v2:likert',
      'v3:likert',
    ]);
    const run = capture();
    expect(
      await main(
        ['run', '--input', csv, '--codebook', codebook, '--out', join(dir, 'out'), '--quiet'],
        run.io,
      ),
    ).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8'));
    expect(
      manifest.regions.map((r: { name: string; respondents: number }) => [r.name, r.respondents]),
    ).toEqual([
      ['Noord', 30],
      ['Zuid', 30],
    ]);
    // init refuses to overwrite a codebook the user may have edited.
    expect(await main(['init', csv, '--out', codebook], capture().io)).toBe(2);
  });
});

describe('regioscan validate', () => {
  it('names every problem with file, row, column, value and what was expected, then counts them per kind', async () => {
    const lines = (await readFile(demoPaths().export, 'utf8')).split('\n');
    const header = lines[0]!.split(',');
    const set = (line: number, column: string, value: string) => {
      const cells = lines[line - 1]!.split(',');
      cells[header.indexOf(column)] = value;
      lines[line - 1] = cells.join(',');
    };
    set(3, 'D1_vroeg', '7');
    set(4, 'A2_gemeente', 'Atlantis');
    const broken = join(dir, 'broken.csv');
    await writeFile(broken, lines.join('\n'));
    const v = capture();
    const code = await main(
      ['validate', '--input', broken, '--codebook', demoPaths().codebook, '--regions', demoPaths().regions],
      v.io,
    );
    expect(code).toBe(1);
    const text = v.err.join('\n');
    expect(text).toContain(`${join(dir, 'broken.csv')} row 3, column D1_vroeg: "7"`);
    expect(text).toContain('row 4, column A2_gemeente: "Atlantis"');
    expect(text).toMatch(/expected one of "1 \(Helemaal oneens\)"/);
    expect(text).toContain('✖ 2 × invalid_value');
    expect(v.out.join('\n')).toContain('2 error(s)');
  });

  it('exits 0 on the demo export and says how many respondents would be included', async () => {
    const v = capture();
    expect(
      await main(
        [
          'validate',
          '--input',
          demoPaths().export,
          '--codebook',
          demoPaths().codebook,
          '--regions',
          demoPaths().regions,
        ],
        v.io,
      ),
    ).toBe(0);
    expect(v.out.join('\n')).toMatch(/no errors; \d+ respondents would be included/);
  });
});

describe('regioscan session-template, then run --session', () => {
  it('writes the empty session file of a region; given back unfilled, run names the line of the missing date', async () => {
    const file = join(dir, 'sessie.md');
    const template = capture();
    expect(await main(['session-template', '--region', 'twente', '--out', file], template.io)).toBe(0);
    expect(template.out.join('\n')).toContain('the session file of Twente');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# Sessie-uitkomsten: Twente');
    expect(text).toContain('### Randvoorwaarden [D]');
    const lineOfDate = text.split('\n').findIndex((l) => l.startsWith('Datum:')) + 1;

    const unfilled = capture();
    expect(await main(['run', '--out', join(dir, 'out-s'), '--quiet', '--session', file], unfilled.io)).toBe(
      1,
    );
    const stderr = unfilled.err.join('\n');
    expect(stderr).toContain('"Datum:" — expected a valid date as YYYY-MM-DD');
    expect(stderr).toContain(`sessie.md line ${lineOfDate}`);
  });

  it('refuses an unknown region and lists the ones there are', async () => {
    const wrong = capture();
    expect(await main(['session-template', '--region', 'Atlantis'], wrong.io)).toBe(1);
    expect(wrong.err.join('\n')).toContain('no such region in the run; expected one of');
    expect(wrong.err.join('\n')).toContain('Twente');
  });

  it('run --about names the line of a mistake in the project file before reading the exports', async () => {
    const about = join(dir, 'project.json');
    await writeFile(
      about,
      '{\n  "commissionedBy": "A",\n  "fieldwork": { "from": "1-9-2026", "to": "2026-11-01" }\n}\n',
    );
    const bad = capture();
    expect(await main(['run', '--out', join(dir, 'out-a'), '--quiet', '--about', about], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('fieldwork.from is "1-9-2026" — expected a date as YYYY-MM-DD');
    expect(bad.err.join('\n')).toContain('project.json line 3');
  });
});

describe('regioscan validate checks the files beside the export that run stops on', () => {
  it('an unfilled session file, a wrong project file and a missing previous run: each named, the export still read', async () => {
    const session = join(dir, 'sessie-v.md');
    expect(await main(['session-template', '--region', 'twente', '--out', session], capture().io)).toBe(0);
    const lineOfDate =
      (await readFile(session, 'utf8')).split('\n').findIndex((l) => l.startsWith('Datum:')) + 1;
    const about = join(dir, 'project-v.json');
    await writeFile(about, '{\n  "fieldwork": { "from": "1-9-2026" }\n}\n');
    const result = capture();
    const code = await main(
      ['validate', '--session', session, '--about', about, '--previous', join(dir, 'no-such-run')],
      result.io,
    );
    expect(code).toBe(1);
    const stderr = result.err.join('\n');
    expect(stderr).toContain(`sessie-v.md line ${lineOfDate}`);
    expect(stderr).toContain('fieldwork.from is "1-9-2026" — expected a date as YYYY-MM-DD');
    expect(stderr).toContain('no-such-run');
    // The export (the demo) was read all the same.
    expect(result.out.join('\n')).toMatch(/read .*regioscan-demo\.csv: .*901 rows/);
    expect(result.out.join('\n')).toContain('4 error(s)');
  });
});

describe('a folder where a file is expected', () => {
  it('init, validate --codebook and validate --input name the folder (exit 1)', async () => {
    const folder = join(dir, 'a-folder');
    await mkdir(folder, { recursive: true });
    const init = capture();
    expect(await main(['init', folder, '--out', join(dir, 'cb-folder.json')], init.io)).toBe(1);
    expect(init.err.join('\n')).toContain(`is a folder, expected a file: ${folder} (EISDIR)`);
    const codebook = capture();
    expect(await main(['validate', '--codebook', folder], codebook.io)).toBe(1);
    expect(codebook.err.join('\n')).toContain(`is a folder, expected a file: ${folder} (EISDIR)`);
    const input = capture();
    expect(await main(['validate', '--input', folder, '--codebook', demoPaths().codebook], input.io)).toBe(1);
    expect(input.err.join('\n')).toContain(`${folder} is a folder, expected a file`);
  });
});

describe('regioscan init writes the schema beside the codebook', () => {
  it('so that "$schema": "./codebook.schema.json" works wherever the folder goes', async () => {
    const folder = join(dir, 'project');
    const csv = join(dir, 'schema.csv');
    const rows = ['regio,v1'];
    for (let i = 0; i < 30; i++) rows.push(`${i % 2 ? 'Noord' : 'Zuid'},${(i % 5) + 1}`);
    await writeFile(csv, `${rows.join('\n')}\n`);
    const codebook = join(folder, 'codebook.json');
    expect(await main(['init', csv, '--out', codebook], capture().io)).toBe(0);
    expect(JSON.parse(await readFile(codebook, 'utf8')).$schema).toBe('./codebook.schema.json');
    const bundled = await readFile(join(import.meta.dirname, '..', '..', 'codebook.schema.json'), 'utf8');
    expect(await readFile(join(folder, 'codebook.schema.json'), 'utf8')).toBe(bundled);
    // A file of that name that is something else is not overwritten.
    const other = join(dir, 'other');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, 'codebook.schema.json'), '{"mine": true}');
    const refused = capture();
    expect(await main(['init', csv, '--out', join(other, 'codebook.json')], refused.io)).toBe(2);
    expect(refused.err.join('\n')).toContain('is not a regioscan codebook schema');
    expect(await readFile(join(other, 'codebook.schema.json'), 'utf8')).toBe('{"mine": true}');
  });
});
