/**
 * Numeric questions of one block: one axis when their scales compare, one axis each when they do
 * not (an income beside a number of children), each mean with its own decimals.
 */
import { describe, expect, it } from 'vitest';
import type { NumericResult, RegionResult } from '../../src/analyse/types.js';
import { Codebook } from '../../src/model/codebook.js';
import { numericChart, sharesAxis } from '../../src/report/charts/numeric.js';
import { toSvg } from '../../src/report/render/index.js';
import { codebook, context, region } from './chart-fixture.js';

const t = (nl: string, en: string) => ({ nl, en });
const book = Codebook.parse({
  ...codebook,
  questions: [
    ...codebook.questions,
    { id: 'A5', block: 'A', type: 'numeric', column: 'uren', text: t('Uren per maand', 'Hours a month') },
    {
      id: 'A6',
      block: 'A',
      type: 'numeric',
      column: 'inkomen',
      text: t('Inkomen per maand', 'Income a month'),
    },
    { id: 'A7', block: 'A', type: 'numeric', column: 'kinderen', text: t('Aantal kinderen', 'Children') },
  ],
});

const mean = (item: string, value: number, low: number, high: number): NumericResult => ({
  item,
  block: 'A',
  mean: { ...region.numeric[0]!.mean, item, estimate: value, ciLow: low, ciHigh: high },
  median: { ...region.numeric[0]!.median, item, estimate: value },
});

const years = mean('A4', 6.4, 5.9, 6.9);
const hours = mean('A5', 40.5, 36, 45);
const income = mean('A6', 2412, 2300, 2524);
const children = mean('A7', 1.84, 1.6, 2.1);

type Panel = {
  data: { values: { key: string; text: string; value: number | null }[] };
  layer: { encoding: { x?: { scale?: { domain: [number, number] }; axis?: { title: string | null } } } }[];
};

function drawn(results: NumericResult[]) {
  const data: RegionResult = { ...region, numeric: results };
  const chart = numericChart({
    id: 'numeric-a',
    title: t('Achtergrond', 'Background'),
    items: results.map((r) => r.item),
  });
  return {
    chart,
    data,
    spec: chart.spec(data, context('nl', book)) as unknown as Panel & { vconcat?: Panel[] },
  };
}

describe('numeric questions of one block', () => {
  it('years (6.4) and hours a month (40.5) share one axis from 0 past the highest bound', () => {
    expect(sharesAxis([years, hours])).toBe(true);
    const { spec } = drawn([years, hours]);
    expect(spec.vconcat).toBeUndefined();
    expect(spec.data.values.map((v) => v.text)).toEqual(['6,4', '40,5']);
    expect(spec.layer[0]!.encoding.x!.scale!.domain).toEqual([0, 45 * 1.25]);
  });

  it('an income (2,412) beside a number of children (1.84) gets an axis each, each covering its interval, the title under the last', async () => {
    expect(sharesAxis([children, income])).toBe(false);
    const { chart, data, spec } = drawn([years, income, children]);
    const panels = spec.vconcat!;
    expect(panels).toHaveLength(3);
    const domains = panels.map((p) => p.layer[0]!.encoding.x!.scale!.domain);
    expect(domains).toEqual([
      [0, 6.9 * 1.25],
      [0, 2524 * 1.25],
      [0, 2.1 * 1.25],
    ]);
    // Each mean with its own decimals: no "2" children beside "2.412" euros.
    expect(panels.map((p) => p.data.values[0]!.text)).toEqual(['6,4', '2.412', '1,8']);
    expect(panels.map((p) => p.layer[0]!.encoding.x!.axis!.title)).toEqual([
      null,
      null,
      'Gemiddelde (95%-interval)',
    ]);
    const warnings: string[] = [];
    const svg = await toSvg(spec as never, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(Number(/\sheight="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(656);
    expect(chart.table(data, context('nl', book)).rows.map((r) => r[1])).toEqual([
      '6,4 (5,9 tot 6,9)',
      '2.412 (2.300 tot 2.524)',
      '1,8 (1,6 tot 2,1)',
    ]);
  });

  it('a 14-digit code writes its axis in groups of digits, not as 2e+13', async () => {
    const code = mean('A6', 28_445_886_044_461, 24e12, 33e12);
    const { spec } = drawn([years, code]);
    const svg = await toSvg(spec as never);
    expect(svg).toContain('20.000.000.000.000');
    expect(svg).not.toMatch(/\de\+\d/);
  });
});
