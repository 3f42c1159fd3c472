/**
 * Golden cases: regioscan's indicators.csv against numbers computed independently by R. Every
 * folder of tests/cases/ with an expected.csv is a case (its make.R wrote that file; the test does
 * not need R): the export, codebook and regions are run through the pipeline and every expected
 * row is compared with ours at the tolerance below.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

const TOLERANCE = 1e-9;
const here = (c: string, f: string) => join(import.meta.dirname, c, f);
const cases = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(here(d.name, 'expected.csv')))
  .map((d) => d.name)
  .sort();

async function indicatorsOf(name: string) {
  const writer = memoryWriter();
  await run(
    {
      inputs: [here(name, 'export.csv')],
      codebook: here(name, 'codebook.json'),
      regions: here(name, 'regions.json'),
      population: null,
      out: 'unused',
      lang: 'nl',
      minCell: 10,
      generatedAt: new Date(0),
      argv: [],
    },
    writer,
  );
  const text = new TextDecoder().decode(writer.files.get('indicators.csv'));
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

it('finds the golden cases', () => {
  expect(cases).toEqual(expect.arrayContaining(['mini', 'weighted']));
});

describe.each(cases)('golden case %s (expected numbers from R)', async (name) => {
  const ours = await indicatorsOf(name);
  const expected = Papa.parse<Record<string, string>>(await readFile(here(name, 'expected.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it.each(expected.map((e) => [`${e.region} ${e.indicator} ${e.item}`, e] as const))('%s', (_, e) => {
    const matches = ours.filter(
      (o) =>
        o.region === e.region &&
        o.group === e.group &&
        o.indicator === e.indicator &&
        o.item === e.item &&
        o.subregion === 'all' &&
        o.category === '',
    );
    expect(matches).toHaveLength(1);
    const o = matches[0]!;
    expect(Number(o.n)).toBe(Number(e.n));
    for (const col of ['estimate', 'ci_low', 'ci_high', 'p_value', 'q_value'] as const) {
      if (e[col] === '') continue;
      expect(Math.abs(Number(o[col]) - Number(e[col])), `${col}: ours ${o[col]}, R ${e[col]}`).toBeLessThan(
        TOLERANCE,
      );
    }
  });
});
