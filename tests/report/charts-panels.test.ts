/**
 * The lived-experience chart: a heat map of F1–F2 and the bars of F3 under one message, the
 * numbers of `panels-fixture.ts` (counts and Wilson intervals worked out there by hand).
 */
import { describe, expect, it } from 'vitest';
import type { RegionResult } from '../../src/analyse/types.js';
import type { ChartDef } from '../../src/report/charts/types.js';
import type { Lang } from '../../src/report/labels/index.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { toSvg } from '../../src/report/render/index.js';
import { codebook, context, region } from './chart-fixture.js';
import { blockF, bookF, choicesF, regionF, withBlockF } from './panels-fixture.js';

const chart = toReportPlan(bookF).charts.find((c) => c.id === 'lived-experience') as ChartDef;
const ctx = (lang: Lang = 'nl') => context(lang, bookF);

interface Panel {
  title?: { text: string[] };
  data: { values: Record<string, unknown>[] };
}

function panels(lang: Lang = 'nl', data: RegionResult = regionF) {
  const spec = chart.spec(data, ctx(lang)) as unknown as {
    title: { text: string[]; subtitle: string[] };
    vconcat: Panel[];
  };
  return { spec, heat: spec.vconcat[0]!, bars: spec.vconcat[1]! };
}

async function svgOf(lang: Lang, data: RegionResult = regionF) {
  const spec = chart.spec(data, ctx(lang));
  if (!spec) throw new Error('nothing drawn');
  const warnings: string[] = [];
  const svg = await toSvg(spec, { onWarning: (m) => warnings.push(m) });
  const text = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)(?=<)/g)].map((m) => m[1]).join('\n');
  return { svg, text, warnings };
}

describe('lived-experience (panels)', () => {
  it('states one message, naming the tie of 36 + 42 + 22 and 30 + 34 + 17: ‘deels’ 42% in both', () => {
    expect(panels('nl').spec.title.text.join(' ')).toBe(
      'Het vaakst gekozen: ‘deels’ bij ingezet en betaald (42% elk)',
    );
    expect(panels('en').spec.title.text.join(' ')).toBe('Chosen most: ‘partly’ for used and paid (42% each)');
    // n over every shown share: 70 (F3) to 100 (F1).
    expect(panels('nl').spec.title.subtitle.join(' ')).toContain('n\u00a0=\u00a070–100 per vraag.');
  });

  it('heat map: a cell per question and answer, share and Wilson interval; F2 ‘nee’ hidden', () => {
    const cells = panels().heat.data.values;
    expect(cells.map((c) => c.text)).toEqual(['36%', '42%', '22%', '37%', '42%', 'niet getoond']);
    expect(cells.map((c) => c.interval)).toEqual(['27%–46%', '33%–52%', '15%–31%', '27%–48%', '32%–53%', '']);
    expect(cells[5]).toMatchObject({ shown: false, value: null });
    expect(panels().heat.title).toBeUndefined();
  });

  it('bars: F3 most chosen first, 45 / 70 = 64% [52.6%, 74.5%], under a heading that says several answers count', () => {
    const { bars } = panels();
    expect(bars.data.values.map((v) => v.text)).toEqual(['64%', '51%', '16%']);
    expect(bars.data.values[0]).toMatchObject({ value: 45 / 70, low: 0.525884, high: 0.744967 });
    expect(bars.title?.text).toEqual(['Rol (meer antwoorden mogelijk)']);
  });

  it('fits a slide beside its question (960 × 656) with no text under 18 px, and never writes the hidden share', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { svg, text, warnings } = await svgOf(lang);
      expect(warnings).toEqual([]);
      const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1]);
      const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1]);
      expect(width).toBeLessThanOrEqual(960);
      expect(height).toBeLessThanOrEqual(656);
      const sizes = [...svg.matchAll(/font-size="(\d+)px"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
      // 17 of 81 is 21%: hidden, so nowhere in the chart.
      expect(text).not.toContain('21%');
    }
    // Even when a number leaked into the hidden estimate.
    const leaked: RegionResult = {
      ...regionF,
      choices: regionF.choices.map((c) =>
        c.item === 'F2'
          ? { ...c, shares: c.shares.map((e) => (e.suppressed ? { ...e, estimate: 0.2099 } : e)) }
          : c,
      ),
    };
    expect((await svgOf('nl', leaked)).text).not.toContain('21%');
  });

  it('text alternative: every value with its interval and n, the hidden one named as hidden', () => {
    const alt = chart.alt(regionF, ctx('nl'));
    for (const part of [
      'Ingezet (n\u00a0=\u00a0100): Ja: 36% (27% tot 46%), Deels: 42% (33% tot 52%), Nee: 22% (15% tot 31%)',
      'Betaald (n\u00a0=\u00a081): Ja: 37% (27% tot 48%), Deels: 42% (32% tot 53%), Nee: niet getoond (privacy)',
      'Lid van een project- of werkgroep: 64% (53% tot 74%); Adviseur: 51% (40% tot 63%); Trainer: 16% (9% tot 26%)',
      'n\u00a0=\u00a070',
    ])
      expect(alt).toContain(part);
    expect(alt).not.toContain('21%');
  });

  it('data table: a row per question and answer, in the order of the chart', () => {
    const table = chart.table(regionF, ctx('en'));
    expect(table.columns.map((c) => c.label)).toEqual(['Question', 'Answer', 'Share (95% interval)', 'n']);
    expect(table.rows).toEqual([
      ['Used', 'Yes', '36% (27% to 46%)', '100'],
      ['Used', 'Partly', '42% (33% to 52%)', '100'],
      ['Used', 'No', '22% (15% to 31%)', '100'],
      ['Paid', 'Yes', '37% (27% to 48%)', '81'],
      ['Paid', 'Partly', '42% (32% to 53%)', '81'],
      ['Paid', 'No', 'not shown (privacy)', '–'],
      ['Role', 'Member of a project or working group', '64% (53% to 74%)', '70'],
      ['Role', 'Adviser', '51% (40% to 63%)', '70'],
      ['Role', 'Trainer', '16% (9% to 26%)', '70'],
    ]);
  });

  it('draws the panels that have numbers, and nothing for a region without any', () => {
    const onlyF3: RegionResult = { ...region, choices: regionF.choices.filter((c) => c.item === 'F3') };
    const spec = chart.spec(onlyF3, ctx()) as unknown as { title: { text: string[] }; vconcat: Panel[] };
    expect(spec.vconcat).toHaveLength(1);
    expect(spec.title.text.join(' ')).toBe('Rol: het vaakst ‘Lid van een project- of werkgroep’ (64%)');
    expect(chart.spec(region, ctx())).toBeNull();
  });
});

describe('panels of other kinds', () => {
  // A Likert item (drawn as a heat-map row of its answers), a number (a dot) and one yes/partly/no question.
  const book = withBlockF(codebook, [
    {
      id: 'X1',
      block: 'F',
      type: 'likert',
      column: 'x1',
      scale: 'eens5',
      text: { nl: 'Serieus genomen', en: 'Taken seriously' },
    },
    {
      id: 'X2',
      block: 'F',
      type: 'numeric',
      column: 'x2',
      text: { nl: 'Uren per maand', en: 'Hours a month' },
    },
    blockF()[0]!,
  ]);
  const three = toReportPlan(book).charts.find((c) => c.id === 'lived-experience') as ChartDef;
  const d8 = region.likert.find((r) => r.item === 'D1')!;
  const data: RegionResult = {
    ...region,
    // D1's answers as X1's: 10, 18, 30, 28, 14 of 100.
    likert: [
      { ...d8, item: 'X1', block: 'F', distribution: d8.distribution.map((e) => ({ ...e, item: 'X1' })) },
    ],
    numeric: [{ ...region.numeric[0]!, item: 'X2', block: 'F' }],
    choices: choicesF.filter((c) => c.item === 'F1'),
  };

  it('a heat map of the Likert answers, dots for the mean, bars for the choice: compiles, fits, lists every value', async () => {
    const spec = three.spec(data, context('nl', book)) as unknown as { vconcat: Panel[] };
    expect(spec.vconcat).toHaveLength(3);
    expect(spec.vconcat[0]!.data.values.map((v) => v.text)).toEqual(['10%', '18%', '30%', '28%', '14%']);
    const warnings: string[] = [];
    const svg = await toSvg(spec as never, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(Number(/\sheight="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(656);
    const alt = three.alt(data, context('nl', book));
    expect(alt).toContain('Helemaal oneens: 10% (8% tot 12%)');
    expect(alt).toContain('gemiddeld 6,4');
    expect(alt).toContain('Ja: 36% (27% tot 46%)');
    const table = three.table(data, context('nl', book));
    expect(table.columns[2]?.label).toBe('Aandeel / gemiddelde (95%-interval)');
    expect(table.rows).toContainEqual(['Uren per maand', 'Gemiddelde', '6,4 (5,9 tot 6,9)', '280']);
    expect(table.rows).toHaveLength(5 + 1 + 3);
  });
});
