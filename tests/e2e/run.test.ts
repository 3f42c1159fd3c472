/**
 * End to end: the CLI on the bundled demo data, checked against the output contract in
 * shared/DESIGN.md (files per region, indicators.csv columns, respondents.csv, manifest hashes).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { demoPaths } from '../../src/demo.js';

const silent = { out: () => {}, err: () => {} };
let dir: string;
let out: string;
let exit: number;

const csv = async (path: string) =>
  Papa.parse<Record<string, string>>(await readFile(path, 'utf8'), { header: true, skipEmptyLines: true })
    .data;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-e2e-'));
  out = join(dir, 'output');
  process.env.SOURCE_DATE_EPOCH = '1795000000';
  exit = await main(['run', '--out', out], silent);
});
afterAll(async () => {
  delete process.env.SOURCE_DATE_EPOCH;
  await rm(dir, { recursive: true, force: true });
});

describe('regioscan run on the demo data', () => {
  it('exits 0 and writes the contract files for every region', async () => {
    expect(exit).toBe(0);
    const regions = JSON.parse(await readFile(demoPaths().regions, 'utf8')).regions as { name: string }[];
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.regions.map((r: { name: string }) => r.name)).toEqual(regions.map((r) => r.name));
    for (const { slug } of manifest.regions as { slug: string }[]) {
      for (const file of ['regioscan.html', 'regioscan.xlsx', 'indicators.csv', 'respondents.csv']) {
        expect(existsSync(join(out, slug, file)), `${slug}/${file}`).toBe(true);
      }
      const charts = await readdir(join(out, slug, 'charts'));
      const ids = new Set(charts.map((c) => c.replace(/\.(vl\.json|svg|png)$/, '')));
      expect(ids.size).toBeGreaterThanOrEqual(7);
      for (const id of ids)
        for (const ext of ['vl.json', 'svg', 'png']) expect(charts).toContain(`${id}.${ext}`);
    }
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect((await readdir(out)).filter((f) => f.startsWith('.staging'))).toEqual([]);
  });

  it('respondents.csv accounts for every data row of the export', async () => {
    const exportRows = (await csv(demoPaths().export)).length;
    const ledger = await csv(join(out, 'respondents.csv'));
    expect(Object.keys(ledger[0]!)).toEqual(['file', 'row', 'respondent_id', 'status', 'reason']);
    expect(ledger).toHaveLength(exportRows);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const excluded = Object.values(manifest.rows.excluded as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(manifest.rows.read).toBe(manifest.rows.included + excluded);
    expect(ledger.filter((r) => r.status === 'included')).toHaveLength(manifest.rows.included);
    // The demo has exactly one duplicate and some incomplete responses (data/demo/README.md).
    expect(ledger.filter((r) => r.reason === 'duplicate')).toHaveLength(1);
    expect(ledger.filter((r) => r.reason === 'incomplete').length).toBeGreaterThan(0);
  });

  it('indicators.csv has the contract columns, and no published estimate rests on fewer than 10 respondents', async () => {
    const rows = await csv(join(out, 'indicators.csv'));
    expect(Object.keys(rows[0]!).slice(0, 6)).toEqual([
      'region',
      'subregion',
      'group',
      'indicator',
      'item',
      'category',
    ]);
    for (const col of ['n', 'estimate', 'ci_low', 'ci_high', 'suppressed'])
      expect(Object.keys(rows[0]!)).toContain(col);
    for (const r of rows) {
      expect(['true', 'false']).toContain(r.suppressed);
      if (r.suppressed === 'true') expect([r.estimate, r.ci_low, r.ci_high, r.n]).toEqual(['', '', '', '']);
      else if (r.indicator !== 'respondents' && r.indicator !== 'reach_per_10k')
        expect(Number(r.n)).toBeGreaterThanOrEqual(10);
    }
    const means = rows.filter(
      (r) => r.indicator === 'mean' && r.region === 'all' && r.group === 'all' && r.item?.startsWith('D'),
    );
    expect(means).toHaveLength(7);
    for (const m of means) {
      expect(Number(m.ci_low)).toBeLessThan(Number(m.estimate));
      expect(Number(m.estimate)).toBeLessThan(Number(m.ci_high));
    }
    // Every Likert item has share_agree next to its mean, in every region.
    const regions = new Set(rows.map((r) => r.region));
    for (const region of regions) {
      const items = new Set(
        rows
          .filter((r) => r.region === region && r.indicator === 'mean' && r.item?.startsWith('D'))
          .map((r) => r.item),
      );
      const agree = new Set(
        rows
          .filter(
            (r) =>
              r.region === region &&
              r.indicator === 'share_agree' &&
              r.subregion === 'all' &&
              r.group === 'all',
          )
          .map((r) => r.item),
      );
      for (const item of items) expect(agree.has(item), `${region} ${item}`).toBe(true);
    }
  });

  it('finds back the structure built into the demo data', async () => {
    const rows = await csv(join(out, 'indicators.csv'));
    const get = (f: Partial<Record<string, string>>) =>
      rows.filter((r) => Object.entries(f).every(([k, v]) => r[k] === v));
    // Desired ladder above current: a positive ambitiekloof in every phase, nationally.
    const gaps = get({ region: 'all', indicator: 'ambitiekloof' });
    expect(gaps.length).toBe(5);
    for (const g of gaps) expect(Number(g.ci_low)).toBeGreaterThan(0);
    // Professionals rate the conditions higher than residents.
    const diff = get({
      region: 'all',
      indicator: 'diff_residents_professionals',
      item: 'randvoorwaarden',
    })[0]!;
    expect(Number(diff.estimate)).toBeLessThan(0);
    expect(diff.significant).toBe('true');
    // Rijnstreek lags the other subregions of Zuid-Holland Noord on the conditions index.
    const bySub = get({
      region: 'Zuid-Holland Noord',
      indicator: 'index_score',
      item: 'randvoorwaarden',
    }).filter((r) => r.subregion !== 'all');
    const rijnstreek = Number(bySub.find((r) => r.subregion === 'Rijnstreek')!.estimate);
    for (const r of bySub.filter((x) => x.subregion !== 'Rijnstreek'))
      expect(rijnstreek).toBeLessThan(Number(r.estimate));
  });

  it('the manifest lists every output file with its sha256', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0].sha256).toBe(
      createHash('sha256')
        .update(await readFile(demoPaths().export))
        .digest('hex'),
    );
    expect(manifest.outputs.length).toBeGreaterThan(50);
    for (const f of manifest.outputs as { path: string; sha256: string }[]) {
      const bytes = await readFile(join(out, f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
    }
  });

  it('the HTML report is self-contained: one inline script (presentation mode), no external reference', async () => {
    const html = await readFile(join(out, 'zuid-holland-noord', 'regioscan.html'), 'utf8');
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toMatch(/<html lang="nl"[ >]/);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    // Open answers are quoted only after redaction: no e-mail address survives.
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('a rerun with the same SOURCE_DATE_EPOCH is byte-identical (CSV, HTML, SVG, Vega-Lite)', async () => {
    const again = join(dir, 'again');
    expect(await main(['run', '--out', again], silent)).toBe(0);
    const first = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const second = JSON.parse(await readFile(join(again, 'manifest.json'), 'utf8'));
    const pick = (m: { outputs: { path: string; sha256: string }[] }) =>
      m.outputs.filter((o) => !o.path.endsWith('.xlsx') && !o.path.endsWith('.png'));
    expect(pick(second)).toEqual(pick(first));
  });
});

describe('regioscan exit codes', () => {
  it('exits 1 on input errors, names the place, and leaves the previous output untouched', async () => {
    const bad = join(dir, 'bad.csv');
    const text = await readFile(demoPaths().export, 'utf8');
    const lines = text.split('\n');
    lines[5] = lines[5]!.replace(/,(\d),(\d),(\d),(\d),(\d),(\d),(\d),/, ',$1,$2,$3,$4,8,$6,$7,');
    await writeFile(bad, lines.join('\n'));
    const before = await readFile(join(out, 'manifest.json'));
    const errors: string[] = [];
    const code = await main(['run', '--input', bad, '--codebook', demoPaths().codebook, '--out', out], {
      out: () => {},
      err: (l) => errors.push(l),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/row 6, column \w+: "8"/);
    expect(await readFile(join(out, 'manifest.json'))).toEqual(before);
  });

  it('exits 2 on a usage error', async () => {
    expect(await main(['run', '--min-cell', 'zero'], silent)).toBe(2);
    expect(await main(['frobnicate'], silent)).toBe(2);
    expect(await main(['run', '--input', 'x.csv'], silent)).toBe(2);
  });
});
