/**
 * Weights from the command line: `--weight COLUMN` gives the golden weighted numbers (R survey),
 * `--rake MARGINS.csv` rakes and reports how, and what cannot be weighted is an input error that
 * names the place (a weight cell, a margin and its category).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const here = (f: string) => join(import.meta.dirname, '..', 'cases', f);
let dir: string;
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
};
const csv = async (path: string) =>
  Papa.parse<Record<string, string>>(await readFile(path, 'utf8'), { header: true, skipEmptyLines: true })
    .data;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-weights-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const input = ['--input', here('weighted/export.csv'), '--regions', here('weighted/regions.json')];

describe('regioscan run --weight COLUMN', () => {
  it('weights by the column named on the command line (the mini codebook has none): R’s svymean', async () => {
    const out = join(dir, 'weight');
    const c = capture();
    expect(
      await main(
        [
          'run',
          ...input,
          '--codebook',
          here('mini/codebook.json'),
          '--weight',
          'gewicht',
          '--out',
          out,
          '--quiet',
        ],
        c.io,
      ),
    ).toBe(0);
    const rows = await csv(join(out, 'indicators.csv'));
    const d1 = rows.find(
      (r) => r.region === 'all' && r.group === 'all' && r.indicator === 'weighted_mean' && r.item === 'D1',
    );
    // tests/cases/weighted/expected.csv (R 4.2.2, survey 4.1-1)
    expect(Number(d1?.estimate)).toBeCloseTo(3.13914626095343, 9);
    expect(Number(d1?.n)).toBe(148);
    expect(Number(d1?.n_eff)).toBeGreaterThan(100);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.methods.weighting).toMatchObject({ source: 'column', column: 'gewicht', n: 160 });
    expect(manifest.options).toMatchObject({ weight: 'gewicht' });
  });

  it('refuses a weight that is not a number of 0 or more, naming row and column (validate too)', async () => {
    const text = (await readFile(here('weighted/export.csv'), 'utf8')).split('\n');
    const header = text[0]!.split(',');
    const cells = text[3]!.split(',');
    cells[header.indexOf('gewicht')] = '-1';
    text[3] = cells.join(',');
    const broken = join(dir, 'broken.csv');
    await writeFile(broken, text.join('\n'));
    const v = capture();
    expect(
      await main(
        [
          'validate',
          '--input',
          broken,
          '--regions',
          here('weighted/regions.json'),
          '--codebook',
          here('weighted/codebook.json'),
        ],
        v.io,
      ),
    ).toBe(1);
    expect(v.err.join('\n')).toContain('row 4, column gewicht: "-1"');
    expect(v.err.join('\n')).toContain('not a weight');
  });

  it('--weight and --rake together are a usage error', async () => {
    expect(
      await main(
        ['run', ...input, '--codebook', here('mini/codebook.json'), '--weight', 'gewicht', '--rake', 'm.csv'],
        capture().io,
      ),
    ).toBe(2);
  });
});

describe('regioscan run --rake MARGINS.csv', () => {
  it('rakes to the region and role margins and reports passes, margin error and design effect', async () => {
    const margins = join(dir, 'margins.csv');
    await writeFile(
      margins,
      'margin,category,population\nregion,Noord,300000\nregion,Zuid,100000\nrol,inwoner,380000\nrol,professional,20000\n',
    );
    const out = join(dir, 'rake');
    expect(
      await main(
        [
          'run',
          ...input,
          '--codebook',
          here('mini/codebook.json'),
          '--rake',
          margins,
          '--out',
          out,
          '--quiet',
        ],
        capture().io,
      ),
    ).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const w = manifest.methods.weighting;
    expect(w).toMatchObject({ source: 'rake', margins: ['region', 'rol'] });
    expect(w.maxError).toBeLessThan(1e-8);
    expect(w.designEffect).toBeGreaterThan(1);
    const html = await readFile(join(out, 'noord', 'regioscan.html'), 'utf8');
    expect(html).toContain('gewogen door raking');
  });

  it('names the margin and category that has a population but no respondent', async () => {
    const book = JSON.parse(await readFile(here('mini/codebook.json'), 'utf8'));
    book.scales
      .find((x: { id: string }) => x.id === 'rol')
      .options.push({ code: 3, label: { nl: 'ambtenaar', en: 'civil servant' } });
    const codebook = join(dir, 'codebook.json');
    await writeFile(codebook, JSON.stringify(book));
    const margins = join(dir, 'empty.csv');
    await writeFile(
      margins,
      'margin,category,population\nrol,inwoner,380000\nrol,professional,20000\nrol,ambtenaar,5000\n',
    );
    const c = capture();
    expect(
      await main(
        ['run', ...input, '--codebook', codebook, '--rake', margins, '--out', join(dir, 'x'), '--quiet'],
        c.io,
      ),
    ).toBe(1);
    expect(c.err.join('\n')).toContain('margin rol: category "ambtenaar" has a population but no respondent');
  });

  it('names a category the codebook does not know, with its row', async () => {
    const bad = join(dir, 'bad.csv');
    await writeFile(
      bad,
      'margin,category,population\nrol,inwoner,380000\nrol,professional,20000\nrol,ambtenaar,5\n',
    );
    const c = capture();
    expect(
      await main(
        [
          'run',
          ...input,
          '--codebook',
          here('mini/codebook.json'),
          '--rake',
          bad,
          '--out',
          join(dir, 'x'),
          '--quiet',
        ],
        c.io,
      ),
    ).toBe(1);
    expect(c.err.join('\n')).toContain('"ambtenaar" is not a category of rol');
    expect(c.err.join('\n')).toContain('row 4, column category');
  });
});
