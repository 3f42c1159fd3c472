/** The key findings say what the numbers show: ties as ties, indicative differences as such. */
import { describe, expect, it } from 'vitest';
import type { RegionResult } from '../../src/analyse/types.js';
import { findings } from '../../src/report/findings.js';
import { context, region } from './chart-fixture.js';

const conditionItems = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

describe('findings(region, ctx)', () => {
  it('names the largest ambition gap (besluitvorming 3.5 − 1.1 = +2.4) and the weakest condition by mean', () => {
    const text = findings(region, context('nl'), { conditionItems }).join('\n');
    expect(text).toContain(
      'De grootste ambitiekloof zit bij besluitvorming: gewenst ligt gemiddeld 2,4 trede hoger',
    );
    expect(text).toContain(
      'Minst op orde van de randvoorwaarden: terugkoppeling over inbreng (gemiddeld 2,3)',
    );
  });

  it('names two phases whose gaps read the same as a tie', () => {
    const tied: RegionResult = {
      ...region,
      ladder: region.ladder.map((p) =>
        p.phase === 'agenda' ? { ...p, ambitiekloof: { ...p.ambitiekloof, estimate: 2.36 } } : p,
      ),
    };
    const text = findings(tied, context('en'), { conditionItems }).join('\n');
    expect(text).toContain(
      'The ambition gap is largest, and equally large, in agenda setting and decision making',
    );
  });

  it('says a q < 0.05 difference with a group under 30 is an indication, not that there is none', () => {
    const text = findings(region, context('nl'), { conditionItems }).join('\n');
    expect(text).toContain('Inwoners en professionals kijken op 2 punten duidelijk anders');
    expect(text).toContain(
      'Op 1 punt is er een aanwijzing voor verschil, maar een van de groepen is kleiner dan 30',
    );
  });
});
