/**
 * One suppression map, read by every output: a count or figure hidden in indicators.csv is hidden
 * in the chart data, the text alternative, the HTML tables and the workbook too, never as its
 * number, and never with its n.
 */

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPaths } from '../../src/demo.js';
import { generateExport } from '../../src/generate/index.js';
import { run } from '../../src/pipeline.js';
import { memoryWriter } from '../../src/report/writer.js';

const writer = memoryWriter();
const text = (path: string) => new TextDecoder().decode(writer.files.get(path));
let rows: Record<string, string>[];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'regioscan-leak-'));
  const file = join(dir, 'small.csv');
  await writeFile(file, generateExport({ rows: 180, seed: 7 }));
  const demo = demoPaths();
  await run(
    {
      inputs: [file],
      codebook: demo.codebook,
      regions: demo.regions,
      population: demo.population,
      out: 'unused',
      lang: 'nl',
      minCell: 10,
      generatedAt: new Date(0),
      argv: [],
    },
    writer,
  );
  rows = Papa.parse<Record<string, string>>(text('indicators.csv'), {
    header: true,
    skipEmptyLines: true,
  }).data;
});

describe('hidden counts in every output', () => {
  it('a hidden role count is null in the chart data, named without a number in the text alternative and “–” in the workbook', async () => {
    const hidden = rows.filter(
      (r) =>
        r.indicator === 'respondents' && r.item === 'A1_rol' && r.suppressed === 'true' && r.region !== 'all',
    );
    expect(hidden.length).toBeGreaterThan(3);
    for (const h of hidden) {
      const slug = h.region!.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const spec = JSON.parse(text(`${slug}/charts/response-role.vl.json`));
      const label = h.category_label!;
      const lines = spec.params[0].value as Record<string, string[]>;
      const key = Object.keys(lines).find((k) => lines[k]!.join(' ') === label);
      const datum = spec.data.values.find((v: { key: string }) => v.key === key);
      expect(datum, `${h.region} ${label}`).toMatchObject({ value: null, suppressed: true });
      expect(datum.text).not.toMatch(/\d/);
      expect(spec.description).toContain(`${label}: niet getoond`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(writer.files.get(`${slug}/regioscan.xlsx`)!) as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Respons')!;
      let found = false;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) {
          found = true;
          expect(row.getCell(2).value).toBe('–');
        }
      });
      expect(found).toBe(true);
    }
  });

  it('a hidden side of the perspective gap leaves no point, no n and no difference in the chart data', () => {
    const hidden = rows.filter(
      (r) => r.indicator === 'diff_residents_professionals' && r.suppressed === 'true' && r.region !== 'all',
    );
    expect(hidden.length).toBeGreaterThan(0);
    let seen = 0;
    for (const h of hidden) {
      const slug = h.region!.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const path = `${slug}/charts/${h.item!.startsWith('C') ? 'perspective-ladder' : 'perspective'}.vl.json`;
      const json = text(path);
      const spec = JSON.parse(json);
      const lines = spec.params[0].value as Record<string, string[]>;
      const key = Object.keys(lines).find((k) => lines[k]!.join(' ') === h.item_label);
      const data = JSON.stringify(
        spec.vconcat.map((p: { hconcat: { layer?: { data?: unknown }[]; data?: unknown }[] }) => p.hconcat),
      );
      const mine = [...data.matchAll(new RegExp(`\\{[^{}]*"key":"${key}"[^{}]*\\}`, 'g'))].map((m) => m[0]);
      seen += mine.length;
      for (const datum of mine) {
        expect(datum, `${h.region} ${h.item}`).not.toMatch(/"value":\d|"a":\d|"n":"n/);
      }
    }
    // The hidden rows are in the charts (as text saying so), just without their numbers.
    expect(seen).toBeGreaterThan(0);
  });
});
