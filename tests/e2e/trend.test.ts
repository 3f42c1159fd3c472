/**
 * `--previous DIR`: the change since an earlier run, with the tests of the specification rebuilt
 * from the earlier output alone; a question whose wording changed is not compared and is listed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { demoPaths } from '../../src/demo.js';
import { generateExport } from '../../src/generate/index.js';

let dir: string;
let rows: Record<string, string>[];
let html: string;
const quiet = { out: () => {}, err: () => {} };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-trend-'));
  const demo = demoPaths();
  await writeFile(join(dir, 'wave1.csv'), generateExport({ rows: 400, seed: 101 }));
  await writeFile(join(dir, 'wave2.csv'), generateExport({ rows: 400, seed: 202 }));
  // Wave 2 asks D2 in other words: it may not be compared.
  const book = JSON.parse(await readFile(demo.codebook, 'utf8'));
  book.$schema = undefined;
  book.questions.find((q: { id: string }) => q.id === 'D2_terugkoppeling').text.nl =
    'Deelnemers horen binnen een maand wat er met hun inbreng is gedaan.';
  await writeFile(join(dir, 'codebook2.json'), JSON.stringify(book));
  const common = ['--regions', demo.regions, '--quiet'];
  expect(
    await main(
      [
        'run',
        '--input',
        join(dir, 'wave1.csv'),
        '--codebook',
        demo.codebook,
        '--out',
        join(dir, 'o1'),
        ...common,
      ],
      quiet,
    ),
  ).toBe(0);
  expect(
    await main(
      [
        'run',
        '--input',
        join(dir, 'wave2.csv'),
        '--codebook',
        join(dir, 'codebook2.json'),
        '--previous',
        join(dir, 'o1'),
        '--out',
        join(dir, 'o2'),
        ...common,
      ],
      quiet,
    ),
  ).toBe(0);
  rows = Papa.parse<Record<string, string>>(await readFile(join(dir, 'o2', 'indicators.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  html = await readFile(join(dir, 'o2', 'zuid-holland-noord', 'regioscan.html'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (indicator: string, item: string) =>
  rows.find(
    (r) =>
      r.region === 'all' &&
      r.group === 'all' &&
      r.subregion === 'all' &&
      r.indicator === indicator &&
      r.item === item,
  );

describe('regioscan run --previous', () => {
  // R 4.2.2 on the two exports, respondents as each run's respondents.csv includes them:
  //   a <- D1_vroeg of wave 2 (codes 1–5), b <- of wave 1; t.test(a, b)
  //     difference 0.0306091239818422, 95% CI −0.1463314660672638 to 0.2075497140309482, p 0.7342284762579667 (n 349 / 356)
  //   prop.test(c(sum(a >= 4), sum(b >= 4)), c(349, 356), correct = FALSE)
  //     difference 0.00580309713145105, p 0.86548361211624969
  it('gives Welch’s t-test on the change of a mean, as R on the raw answers of both waves', () => {
    const r = row('change_mean', 'D1_vroeg')!;
    expect([Number(r.n), Number(r.n_other)]).toEqual([349, 356]);
    expect(Number(r.estimate)).toBeCloseTo(0.0306091239818422, 10);
    expect(Number(r.ci_low)).toBeCloseTo(-0.1463314660672638, 10);
    expect(Number(r.ci_high)).toBeCloseTo(0.2075497140309482, 10);
    expect(Number(r.p_value)).toBeCloseTo(0.7342284762579667, 10);
    expect(r.q_value).not.toBe('');
  });

  it('gives the two-proportion test on the change of a share agreeing', () => {
    const r = row('change_share_agree', 'D1_vroeg')!;
    expect(Number(r.estimate)).toBeCloseTo(0.00580309713145105, 10);
    expect(Number(r.p_value)).toBeCloseTo(0.86548361211624969, 10);
  });

  it('does not compare a question asked in other words, nor an index built on it, and lists them', () => {
    expect(row('change_mean', 'D2_terugkoppeling')).toBeUndefined();
    expect(row('change_index_score', 'randvoorwaarden')).toBeUndefined();
    expect(row('change_mean', 'D3_vergoeding')).toBeDefined();
    expect(html).toContain('id="chart-trend"');
    expect(html).toMatch(
      /Niet vergeleken met de vorige meting: vraag of antwoorden veranderd: Terugkoppeling/,
    );
  });
});
