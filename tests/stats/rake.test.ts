/** Raking against R's survey::rake, and its errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addWeighted, emptyWeightedSums, weightedMeanOf } from '../../src/analyse/stats/weighted-sums.js';
import { RakeError, rake } from '../../src/analyse/weights/rake.js';

const lines = readFileSync(new URL('../fixtures/apistrat.csv', import.meta.url), 'utf8')
  .trim()
  .split(/\r?\n/);
const header = lines[0]!.split(',').map((h) => h.replace(/"/g, ''));
const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/"/g, '')));
const col = (name: string) => rows.map((r) => r[header.indexOf(name)]!);
const stype = col('stype');
const wide = col('sch.wide');
const api00 = col('api00').map(Number);

const margins = [
  {
    name: 'stype',
    cells: ['E', 'H', 'M'],
    population: [4421, 755, 1018],
    cellOf: Int32Array.from(stype, (s) => ['E', 'H', 'M'].indexOf(s)),
  },
  {
    name: 'sch.wide',
    cells: ['No', 'Yes'],
    population: [1200, 4994],
    cellOf: Int32Array.from(wide, (s) => ['No', 'Yes'].indexOf(s)),
  },
];

// R 4.2.2, survey 4.1-1, options(digits = 15):
//   d <- read.csv("apistrat.csv"); d$one <- 1; des <- svydesign(ids = ~1, weights = ~one, data = d)
//   r <- rake(des, list(~stype, ~sch.wide),
//             list(data.frame(stype = c("E","H","M"), Freq = c(4421, 755, 1018)),
//                  data.frame(sch.wide = c("No","Yes"), Freq = c(1200, 4994))),
//             control = list(maxit = 1000, epsilon = 1e-12))
//   w <- weights(r)   # sum 6194
//   tapply(w, interaction(d$stype, d$sch.wide), mean)
//     E.No 51.4716392375378  H.No 16.4240649013635  M.No 22.8385126152957
//     E.Yes 43.4918158995841 H.Yes 13.8777862448954 M.Yes 19.2977803077305
//   d$rw <- w; m <- svymean(~api00, svydesign(ids = ~1, weights = ~rw, data = d))
//     660.68139042481948, SE 9.63763481255586, confint 641.79197329606052 679.57080755357845
//   1 + CV² of w (population sd) 1.19019770789915; sum(w)^2/sum(w^2) 168.039308656564
describe('rake(n, margins)', () => {
  const result = rake(200, margins, { tolerance: 1e-12 });
  const scale = 6194 / 200; // R's weights sum to the population; ours have mean 1

  it('gives R’s raked weights per cell to 1e-6', () => {
    const expected: Record<string, number> = {
      'E.No': 51.4716392375378,
      'H.No': 16.4240649013635,
      'M.No': 22.8385126152957,
      'E.Yes': 43.4918158995841,
      'H.Yes': 13.8777862448954,
      'M.Yes': 19.2977803077305,
    };
    for (let i = 0; i < 200; i++)
      expect(result.weights[i]! * scale).toBeCloseTo(expected[`${stype[i]}.${wide[i]}`]!, 6);
    expect(result.maxError).toBeLessThan(1e-12);
  });

  it('gives svymean(~api00) on the raked weights: 660.681390424819, SE 9.63763481255586', () => {
    const s = emptyWeightedSums();
    for (const [i, y] of api00.entries()) addWeighted(s, y, result.weights[i]!);
    const m = weightedMeanOf(s)!;
    expect(m.estimate).toBeCloseTo(660.68139042481948, 6);
    expect(m.se).toBeCloseTo(9.63763481255586, 6);
    expect(m.low).toBeCloseTo(641.79197329606052, 6);
    expect(m.nEff).toBeCloseTo(168.039308656564, 6);
  });

  it('names the margin and cell when a population cell has no respondents', () => {
    const empty = [{ ...margins[0]!, cells: ['E', 'H', 'M', 'K'], population: [4421, 755, 1018, 50] }];
    expect(() => rake(200, empty)).toThrow(RakeError);
    try {
      rake(200, empty);
    } catch (e) {
      expect((e as RakeError).problem).toEqual({ kind: 'empty_cell', margin: 'stype', cell: 'K' });
    }
  });

  it('names the margin when it cannot converge in the passes allowed', () => {
    try {
      rake(200, margins, { maxIterations: 1, tolerance: 1e-14 });
      expect.unreachable();
    } catch (e) {
      expect((e as RakeError).problem).toMatchObject({ kind: 'no_convergence', iterations: 1 });
    }
  });

  it('with a cap of 1.2 × the mean, no weight is above it', () => {
    const capped = rake(200, margins, { cap: 1.2 });
    expect(Math.max(...capped.weights)).toBeLessThanOrEqual(1.2 * 1.0000001);
    expect(capped.capped).toBeGreaterThan(0);
  });
});
