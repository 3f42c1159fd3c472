/**
 * Property (fast-check): whatever the data and threshold, no estimate in the tidy table rests on
 * fewer than --min-cell respondents unless it is marked suppressed and carries no numbers, and no
 * published count lies between 1 and 4 (reliability.md §1; statistics.md "Small cells").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { demoPaths } from '../../src/demo.js';
import { generateExport } from '../../src/generate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { readSetup } from '../../src/pipeline.js';

const COUNT_ROWS = new Set(['respondents', 'reach_per_10k']);

describe('small-cell suppression', () => {
  it('holds for random exports (40–160 respondents) and thresholds (2–40)', async () => {
    const setup = await readSetup(demoPaths());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 40, max: 160 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 2, max: 40 }),
        async (rows, seed, minCell) => {
          const csv = generateExport({ rows, seed });
          const survey = await ingest([{ file: 'gen.csv', bytes: new TextEncoder().encode(csv) }], setup);
          const { table } = analyse(survey, { minCell });
          for (const e of table) {
            if (e.suppressed) {
              expect([e.estimate, e.ciLow, e.ciHigh]).toEqual([null, null, null]);
            } else if (COUNT_ROWS.has(e.indicator)) {
              if (e.indicator === 'respondents')
                expect(e.n === 0 || e.n >= 5, `${e.region} ${e.item} ${e.category}: ${e.n}`).toBe(true);
            } else {
              expect(e.n, `${e.region} ${e.group} ${e.indicator} ${e.item}`).toBeGreaterThanOrEqual(minCell);
            }
          }
        },
      ),
      { numRuns: 12, seed: 20261123 },
    );
  });
});
