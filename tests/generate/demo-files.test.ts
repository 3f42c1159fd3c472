import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateExport, toDemoCodebook, toDemoRegionsFile } from '../../src/generate/index.js';
import { Codebook } from '../../src/model/codebook.js';
import { placeKey, RegionsFile } from '../../src/model/regions.js';
import { cronbachAlpha, parseExport } from './export-table.js';

const demo = join(import.meta.dirname, '..', '..', 'data', 'demo');
const read = (name: string) => readFileSync(join(demo, name), 'utf8');
const codebook = Codebook.parse(JSON.parse(read('codebook.json')));
const regions = RegionsFile.parse(JSON.parse(read('regions.json')));
const municipalities = regions.regions.flatMap((r) => r.subregions.flatMap((s) => s.municipalities));
const question = (id: string) => codebook.questions.find((q) => q.id === id);
const scale = (id: string) => codebook.scales.find((s) => s.id === id);

describe('data/demo files', () => {
  it('codebook.json parses and equals the codebook the generator writes (not stale)', () => {
    expect(JSON.parse(read('codebook.json'))).toEqual(toDemoCodebook());
  });

  it('regions.json parses and equals the generator’s hierarchy', () => {
    expect(JSON.parse(read('regions.json'))).toEqual(toDemoRegionsFile());
  });

  it('regioscan-demo.csv is generateExport({ rows: 900, seed: 20261123 }) byte for byte', () => {
    expect(read('regioscan-demo.csv')).toBe(generateExport({ rows: 900, seed: 20261123 }));
  });

  it('regioscan-demo.csv gives Cronbach’s alpha 0.8226 on D1–D7, as R computed it', () => {
    // R 4.2.2: d <- read.csv(file, colClasses = "character"); keep !duplicated(respondent_id) and
    // submitdate != ""; X <- D1..D7 as numbers with 9 → NA, complete cases (n = 519);
    // k/(k-1)*(1-sum(apply(X,2,var))/var(rowSums(X))) = 0.8225709
    const { rows } = parseExport(read('regioscan-demo.csv'));
    const ids = new Set<string>();
    const kept = rows.filter((r) => {
      const first = !ids.has(r.respondent_id ?? '');
      ids.add(r.respondent_id ?? '');
      return first && r.submitdate !== '';
    });
    const items = codebook.indices[0]?.items ?? [];
    expect(cronbachAlpha(kept, items)).toBeCloseTo(0.8225709, 6);
  });

  it('regions.json has Zuid-Holland Noord with the 13 municipalities of questionnaire.md in 3 subregions', () => {
    const zhn = regions.regions.find((r) => r.name === 'Zuid-Holland Noord');
    expect(zhn?.subregions).toEqual([
      {
        name: 'Leidse Regio',
        municipalities: ['Leiden', 'Leiderdorp', 'Oegstgeest', 'Voorschoten', 'Zoeterwoude'],
      },
      {
        name: 'Duin- en Bollenstreek',
        municipalities: ['Hillegom', 'Katwijk', 'Lisse', 'Noordwijk', 'Teylingen'],
      },
      { name: 'Rijnstreek', municipalities: ['Alphen aan den Rijn', 'Kaag en Braassem', 'Nieuwkoop'] },
    ]);
  });

  it('regions.json has at least 4 other regions with 2 subregions and 3–6 municipalities each', () => {
    const others = regions.regions.filter((r) => r.name !== 'Zuid-Holland Noord');
    expect(others.length).toBeGreaterThanOrEqual(4);
    for (const r of others) {
      expect(r.subregions).toHaveLength(2);
      const count = r.subregions.flatMap((s) => s.municipalities).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
    }
    expect(new Set(municipalities.map(placeKey)).size).toBe(municipalities.length);
  });

  it('population.csv has one positive count for every municipality of regions.json', () => {
    const rows = Papa.parse<{ municipality: string; residents: string }>(read('population.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.municipality).sort()).toEqual([...municipalities].sort());
    // CBS 1 Jan 2024: Leiden ≈ 127 000, Amsterdam ≈ 930 000, Zoeterwoude ≈ 9 000.
    const residents = new Map(rows.map((r) => [r.municipality, Number(r.residents)]));
    expect(residents.get('Leiden')).toBeGreaterThan(120_000);
    expect(residents.get('Amsterdam')).toBeGreaterThan(900_000);
    expect(residents.get('Zoeterwoude')).toBeLessThan(12_000);
  });
});

describe('data/demo/codebook.json', () => {
  it('has blocks A–J and every scale and question referenced exists', () => {
    expect(codebook.blocks.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const scales = new Set(codebook.scales.map((s) => s.id));
    for (const q of codebook.questions) {
      expect(codebook.blocks.map((b) => b.id)).toContain(q.block);
      if ('scale' in q) expect(scales, q.id).toContain(q.scale);
    }
  });

  it('A2_gemeente offers every municipality of regions.json, named the same in nl and en', () => {
    const options = scale('gemeente')?.options ?? [];
    for (const name of municipalities) {
      expect(options.find((o) => o.label.nl === name)?.label.en, name).toBe(name);
    }
    expect(codebook.region).toEqual({ question: 'A2_gemeente', level: 'municipality' });
  });

  it('A1_rol splits residents 1–5 (incl. cliëntenraad and ervaringsdeskundige) and professionals 6–9', () => {
    const labels = scale('rol')?.options.map((o) => o.label.nl) ?? [];
    expect(labels.slice(3, 5)).toEqual(['Ervaringsdeskundige', 'Lid cliëntenraad of Wmo-raad']);
    expect(codebook.role).toEqual({
      question: 'A1_rol',
      residents: [1, 2, 3, 4, 5],
      professionals: [6, 7, 8, 9],
    });
  });

  it('C1/C2 are ladder questions over the five phases, now and desired, scale 0–6 with 9 missing', () => {
    const phases = ['agendavorming', 'beleidsvoorbereiding', 'besluitvorming', 'uitvoering', 'evaluatie'];
    expect(codebook.phases.map((p) => p.id)).toEqual(phases);
    for (const [prefix, moment] of [
      ['C1', 'now'],
      ['C2', 'desired'],
    ] as const) {
      for (const phase of phases) {
        expect(question(`${prefix}_${phase}`)).toMatchObject({
          type: 'ladder',
          phase,
          moment,
          scale: 'ladder',
        });
      }
    }
    expect(scale('ladder')?.options.map((o) => [o.code, o.label.nl])).toEqual([
      [0, 'Niet betrokken'],
      [1, 'Informeren'],
      [2, 'Raadplegen'],
      [3, 'Adviseren'],
      [4, 'Coproduceren'],
      [5, 'Meebeslissen'],
      [6, 'Zelfbeheer'],
    ]);
    expect(scale('ladder')?.missing.map((o) => o.code)).toEqual([9]);
  });

  it('the randvoorwaarden index is D1–D7, Likert items on agree5 (1–5, 9 weet niet / n.v.t.)', () => {
    const items = [
      'D1_vroeg',
      'D2_terugkoppeling',
      'D3_vergoeding',
      'D4_informatie',
      'D5_bereik',
      'D6_ondersteuning',
      'D7_gelijkwaardig',
    ];
    expect(codebook.indices).toEqual([expect.objectContaining({ id: 'randvoorwaarden', items })]);
    for (const id of items) expect(question(id)).toMatchObject({ type: 'likert', scale: 'agree5' });
    expect(scale('agree5')?.options.map((o) => o.code)).toEqual([1, 2, 3, 4, 5]);
    expect(scale('agree5')?.missing.map((o) => o.label.nl)).toEqual(['Weet niet / n.v.t.']);
  });

  it('H has an importance and a performance question for each of the 8 themes, plus H9_kansen open', () => {
    const themes = [
      'thuis',
      'jongeren',
      'werk',
      'toegang',
      'mantelzorg',
      '18min18plus',
      'dakloos',
      'eenzaam',
    ];
    expect(codebook.themes.map((t) => t.id)).toEqual(themes);
    themes.forEach((theme, i) => {
      expect(question(`H${i + 1}_${theme}_belang`)).toMatchObject({
        type: 'ipa',
        theme,
        aspect: 'importance',
      });
      expect(question(`H${i + 1}_${theme}_prestatie`)).toMatchObject({
        type: 'ipa',
        theme,
        aspect: 'performance',
      });
    });
    expect(question('H9_kansen')?.type).toBe('open');
  });

  it('multi questions use one column per option; I1 ranks over 3 columns; J1 is ja/nee', () => {
    expect(question('A3_domein')).toMatchObject({
      type: 'multi',
      columns: expect.arrayContaining([{ code: 1, column: 'A3_domein_wmo' }]),
    });
    expect(question('I1_hubfuncties')).toMatchObject({
      type: 'rank',
      columns: ['I1_hubfuncties_1', 'I1_hubfuncties_2', 'I1_hubfuncties_3'],
    });
    expect(scale('janee')?.options.map((o) => o.label.nl)).toEqual(['Ja', 'Nee']);
  });
});
