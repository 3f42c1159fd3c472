import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoPaths } from '../../src/demo.js';
import { InputError } from '../../src/ingest/errors.js';
import { parseCodebook } from '../../src/ingest/index.js';
import { parsePopulation, parseRegions } from '../../src/ingest/regions.js';
import { toCodebookJsonSchema } from '../../src/model/codebook.js';
import { slugify, toRegionTable } from '../../src/model/regions.js';
import { miniCodebookInput } from '../ingest/mini.js';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => [i.code, i.column, i.message]);
    throw e;
  }
  return [];
};

describe('codebook', () => {
  it('codebook.schema.json is generated from the zod schema (run `npm run schema` after changing it)', async () => {
    const onDisk = JSON.parse(await readFile(new URL('../../codebook.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(toCodebookJsonSchema())));
  });

  it('the demo codebook parses and covers blocks A–J', async () => {
    const codebook = parseCodebook(await readFile(demoPaths().codebook, 'utf8'), 'codebook.json');
    expect(codebook.blocks.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const types = new Set(codebook.questions.map((q) => q.type));
    for (const t of ['single', 'multi', 'likert', 'ladder', 'ipa', 'rank', 'open'])
      expect(types).toContain(t);
  });

  it('parseCodebook(json) reports invalid JSON, schema problems and dangling references', () => {
    expect(issuesOf(() => parseCodebook('{', 'cb.json'))[0]?.[0]).toBe('codebook_json');
    const schema = issuesOf(() =>
      parseCodebook(JSON.stringify({ ...miniCodebookInput, blocks: [] }), 'cb.json'),
    );
    expect(schema).toEqual([['codebook_schema', 'blocks', expect.stringContaining('>=1')]]);
    const broken = structuredClone(miniCodebookInput);
    broken.questions[4] = { ...broken.questions[4]!, scale: 'agree7' } as never;
    broken.indices = [{ id: 'x', label: { nl: 'x', en: 'x' }, items: ['D1', 'leeftijd'] }];
    expect(issuesOf(() => parseCodebook(JSON.stringify(broken), 'cb.json'))).toEqual([
      ['codebook_reference', 'questions.4', 'question D1 refers to scale "agree7", which does not exist'],
      ['codebook_reference', 'indices.0', 'index x: item "leeftijd" is not a Likert question'],
    ]);
  });

  it('parseCodebook refuses a field the schema does not know, at any depth, naming the nearest known one', () => {
    // zod would drop them without a word: "wieght" would make a weighted run unweighted.
    const typos = structuredClone(miniCodebookInput) as Record<string, unknown> & typeof miniCodebookInput;
    typos.wieght = 'gewicht';
    (typos.region as Record<string, unknown>).levle = 'region';
    (typos.questions[4] as Record<string, unknown>).sclae = 'agree5';
    (typos.scales[0]!.options[0] as Record<string, unknown>).lable = 'x';
    const issues = issuesOf(() => parseCodebook(JSON.stringify(typos), 'cb.json'));
    expect(issues.map(([code]) => code)).toEqual(Array(4).fill('codebook_field'));
    const byPath = new Map(issues.map(([, path, text]) => [path, text]));
    expect([...byPath.keys()].sort()).toEqual([
      'questions.4.sclae',
      'region.levle',
      'scales.0.options.0.lable',
      'wieght',
    ]);
    expect(byPath.get('wieght')).toMatch(/^unknown field "wieght"; did you mean "weight"\?/);
    expect(byPath.get('region.levle')).toContain('did you mean "level"?');
    expect(byPath.get('scales.0.options.0.lable')).toContain('did you mean "label"?');
    // A question's fields are those of its type: "scale" is one of a Likert question's.
    expect(byPath.get('questions.4.sclae')).toContain('did you mean "scale"?');
    expect(byPath.get('questions.4.sclae')).toMatch(/expected one of .*\bcolumn\b/);
    // A key that every object inherits is no field of the codebook either.
    const inherited = issuesOf(() =>
      parseCodebook(
        JSON.stringify(miniCodebookInput).replace('{', '{"constructor":1,"__proto__":2,'),
        'cb.json',
      ),
    );
    expect(inherited.map(([code, path]) => [code, path])).toEqual([
      ['codebook_field', 'constructor'],
      ['codebook_field', '__proto__'],
    ]);
    // Nothing near it: no guess, the known fields only.
    const far = { ...miniCodebookInput, zzzzzz: 1 };
    expect(issuesOf(() => parseCodebook(JSON.stringify(far), 'cb.json'))[0]![2]).toMatch(
      /^unknown field "zzzzzz"\. The codebook has no such field here/,
    );
  });
});

describe('regions and population', () => {
  it('slugify("Zuid-Holland Noord") is "zuid-holland-noord"; accents go', () => {
    expect(slugify('Zuid-Holland Noord')).toBe('zuid-holland-noord');
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  });

  it('parseRegions rejects a municipality listed twice', () => {
    const json = JSON.stringify({
      regions: [
        {
          name: 'A',
          subregions: [
            { name: 'a1', municipalities: ['Leiden'] },
            { name: 'a2', municipalities: ['leiden'] },
          ],
        },
      ],
    });
    expect(issuesOf(() => parseRegions(json, 'regions.json'))).toEqual([
      ['regions_duplicate', null, 'municipality "leiden" is listed in both a1 and a2'],
    ]);
  });

  it('parsePopulation reads gemeente;inwoners and names a bad count with its row', () => {
    const good = parsePopulation(new TextEncoder().encode('gemeente;inwoners\nLeiden;128000\n'), 'p.csv');
    expect(
      toRegionTable(
        { regions: [{ name: 'R', subregions: [{ name: 'S', municipalities: ['Leiden'] }] }] },
        good,
      ).municipalities[0]?.population,
    ).toBe(128000);
    expect(
      issuesOf(() =>
        parsePopulation(new TextEncoder().encode('municipality,residents\nLeiden,veel\n'), 'p.csv'),
      ),
    ).toEqual([['population_value', 'residents', 'expected a whole number of residents']]);
  });
});
