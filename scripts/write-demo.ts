/**
 * Regenerate the bundled demo data in data/demo/: codebook.json, regions.json, population.csv
 * and regioscan-demo.csv (900 respondents, seed 20261123), then lay the JSON out with Biome.
 * Run with `npx tsx scripts/write-demo.ts`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateExport,
  toDemoCodebook,
  toDemoPopulationCsv,
  toDemoRegionsFile,
} from '../src/generate/index.js';

const DEMO_ROWS = 900;
const DEMO_SEED = 20261123;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data', 'demo');
const files: [string, string][] = [
  ['codebook.json', `${JSON.stringify(toDemoCodebook(), null, 2)}\n`],
  ['regions.json', `${JSON.stringify(toDemoRegionsFile(), null, 2)}\n`],
  ['population.csv', toDemoPopulationCsv()],
  ['regioscan-demo.csv', generateExport({ rows: DEMO_ROWS, seed: DEMO_SEED })],
];
for (const [name, text] of files) {
  writeFileSync(join(dir, name), text, 'utf8');
  process.stdout.write(`wrote data/demo/${name}\n`);
}
// Lay the JSON out as the project's formatter does, so `npm run lint` stays clean.
execFileSync(
  join(root, 'node_modules', '.bin', 'biome'),
  ['format', '--write', join(dir, 'codebook.json'), join(dir, 'regions.json')],
  {
    stdio: 'inherit',
  },
);
