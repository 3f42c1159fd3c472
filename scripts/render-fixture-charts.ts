/**
 * Development aid: render every chart of the test fixture to `.tmp/charts/<id>[.en].{png,svg,vl.json}`
 * so they can be looked at. Run with `npx tsx scripts/render-fixture-charts.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Lang } from '../src/report/labels/index.js';
import { toReportPlan } from '../src/report/plan/index.js';
import { toPng, toSvg } from '../src/report/render/index.js';
import { codebook, context, region } from '../tests/report/chart-fixture.js';

const out = '.tmp/charts';
mkdirSync(out, { recursive: true });
for (const lang of ['nl', 'en'] as Lang[]) {
  const ctx = context(lang);
  for (const chart of toReportPlan(codebook).charts) {
    const spec = chart.spec(region, ctx);
    if (!spec) {
      console.log(`${chart.id}: nothing to draw`);
      continue;
    }
    const base = `${out}/${chart.id}${lang === 'nl' ? '' : '.en'}`;
    const warnings: string[] = [];
    const svg = await toSvg(spec, { onWarning: (m) => warnings.push(m) });
    writeFileSync(`${base}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    writeFileSync(`${base}.svg`, svg);
    writeFileSync(`${base}.png`, await toPng(svg));
    console.log(`${base}.png${warnings.length ? `  WARNINGS: ${warnings.join(' | ')}` : ''}`);
  }
}
