import { describe, expect, it } from 'vitest';
import type { RegionResult } from '../../src/analyse/types.js';
import { agreeAxis } from '../../src/report/charts/likert.js';
import type { ChartDef } from '../../src/report/charts/types.js';
import type { Lang } from '../../src/report/labels/index.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { toSvg } from '../../src/report/render/index.js';
import { codebook, context, region } from './chart-fixture.js';

/** The text content of an SVG: the text of every <text>/<tspan>, entities decoded, one per line. */
function svgText(svg: string): string {
  const texts = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)(?=<)/g)].map((m) => m[1] ?? '');
  return texts
    .map((t) =>
      t
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

async function render(chart: ChartDef, lang: Lang, data: RegionResult = region) {
  const spec = chart.spec(data, context(lang));
  if (!spec) throw new Error(`${chart.id} drew nothing`);
  const warnings: string[] = [];
  const svg = await toSvg(spec, { onWarning: (m) => warnings.push(m) });
  const text = svgText(svg);
  // `flat`: wrapped labels joined again, for finding a label whatever the line breaks.
  return { spec, svg, text, flat: text.replace(/\s+/g, ' '), warnings };
}

const charts = toReportPlan(codebook).charts;

/** The message of a chart: its title lines joined. */
function titleOf(chart: ChartDef, lang: Lang): string {
  const title = chart.spec(region, context(lang))?.title as { text: string[] } | undefined;
  return (title?.text ?? []).join(' ');
}

const byId = (id: string): ChartDef => {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart;
};

describe('chart list', () => {
  it('the report plan of the fixture codebook has every chart once, in the order of the session', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'response-role',
      'response-subregion',
      'map-reach',
      'choice-a3',
      'numeric-background',
      'conditions',
      'conditions-index',
      'likert-conditions',
      'likert-influence',
      'ladder',
      'perspective',
      'perspective-index',
      'perspective-ladder',
      'perspective-ladder-desired',
      'benchmark',
      'benchmark-index',
      'trend',
      'ipa',
      'matrix-forms',
      'choice-g1',
    ]);
  });
});

describe.each(['nl', 'en'] as const)('every chart in %s', (lang) => {
  it.each(charts.map((c) => [c.id, c] as const))(
    '%s compiles and renders without warnings',
    async (_, chart) => {
      const { svg, warnings } = await render(chart, lang);
      expect(warnings).toEqual([]);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<script|href="(?!#)/);
    },
  );

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s has a title, a text alternative with n, and uses the chart font',
    async (_, chart) => {
      const ctx = context(lang);
      expect(chart.title(ctx).length).toBeGreaterThan(5);
      // Every option of G1 rests on 6 respondents: its text alternative says so and prints no n.
      if (chart.id === 'choice-g1') expect(chart.alt(region, ctx)).not.toMatch(/n\s=/u);
      else expect(chart.alt(region, ctx)).toMatch(/n\s=\s\d/u);
      const { svg } = await render(chart, lang);
      expect(svg).toContain('font-family="DejaVu Sans, Verdana, sans-serif"');
      // Axis labels at least 14 px, titles at least 20 px.
      const sizes = [...svg.matchAll(/font-size="(\d+)px"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
      expect(Math.max(...sizes)).toBeGreaterThanOrEqual(20);
    },
  );
});

describe('the same n everywhere', () => {
  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: every n its subtitle names is an n of its text alternative',
    (_, chart) => {
      const ctx = context('nl');
      const spec = chart.spec(region, ctx);
      if (!spec) return;
      const subtitle = ((spec.title as { subtitle?: string[] }).subtitle ?? []).join(' ');
      const ns = (text: string) =>
        [...text.matchAll(/n\s=\s(\d[\d.]*\d|\d)(?:–(\d[\d.]*\d|\d))?/gu)].flatMap((m) =>
          [m[1], m[2]].filter(Boolean),
        );
      const alt = new Set(ns(chart.alt(region, ctx)));
      for (const n of ns(subtitle)) expect(alt.has(n), `${chart.id}: n = ${n}`).toBe(true);
    },
  );
});

describe('likert-conditions', () => {
  it('writes the share agree of D1 (28 + 14 of 100 = 42%) and D2 (17 of 105 = 16%), n in the subtitle', async () => {
    const { text } = await render(byId('likert-conditions'), 'nl');
    expect(text).toContain('42% eens');
    expect(text).toContain('16% eens');
    expect(text).toContain('56% eens'); // D4: (45 + 17) / 110 = 0.5636
    expect(text).toContain('n\u00a0=\u00a0100–110 per stelling');
  });

  it('marks suppressed D8 (n = 8) as "n<10, niet getoond" and draws no bar for it', async () => {
    const { text, flat, spec } = await render(byId('likert-conditions'), 'nl');
    expect(flat).toContain('Ervaringsdeskundigheid betaald');
    expect(text).toContain('n<10, niet getoond');
    // The bar layer holds 5 segments for each of the 7 shown items, none for D8.
    const bars = (spec as { hconcat: { layer: { data: { values: unknown[] } }[] }[] }).hconcat[0];
    expect(bars?.layer[0]?.data.values).toHaveLength(7 * 5);
  });

  it('sorts statements as the conditions profile does: highest mean on top, the weakest last', async () => {
    // Means from the counts: D4 3.48, D7 3.26, D1 3.18, D6 2.96, D5 2.58, D3 2.48, D2 2.30.
    const { flat: text } = await render(byId('likert-conditions'), 'en');
    const order = [
      'Understandable information (B1)',
      'Involved early',
      'Support and training',
      'Hard-to-reach groups take part',
      'Compensation for time and costs',
      'Feedback on input',
    ];
    const at = order.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(titleOf(byId('likert-conditions'), 'en')).toContain(
      'least agreement on ‘Feedback on input’ (mean 2.3; 16% agree)',
    );
  });

  it('names the same weakest condition as the conditions profile', async () => {
    expect(titleOf(byId('conditions'), 'en')).toContain('Weakest condition: ‘Feedback on input’ (mean 2.3)');
  });

  it('draws the share agreeing with its interval beside the bars', async () => {
    const { spec } = await render(byId('likert-conditions'), 'nl');
    const agree = (spec as { hconcat: { data: { values: { low: number; high: number }[] } }[] }).hconcat[1];
    const d1 = agree?.data.values[2];
    expect(d1).toMatchObject({ low: 0.42 - 0.09, high: 0.42 + 0.09 });
  });

  it('ends the agree axis at the next 10% past the highest interval (D4: 56% + 9% → 70%), halfway 35%', async () => {
    const { spec, text } = await render(byId('likert-conditions'), 'nl');
    const agree = (spec as { hconcat: { layer: { encoding: { x: unknown } }[] }[] }).hconcat[1];
    expect(agree?.layer[0]?.encoding.x).toMatchObject({
      scale: { domain: [0, 0.7] },
      axis: { values: [0, 0.35, 0.7] },
    });
    // The axis ended at 75% before, with "38%" halfway.
    const labels = text.split('\n');
    expect(labels).not.toContain('38%');
    expect(labels).toEqual(expect.arrayContaining(['0%', '35%', '70%']));
  });

  it('agreeAxis: to the next whole 10%, at most 100%, halfway a whole 5%', () => {
    expect(agreeAxis(0.25)).toEqual({ end: 0.3, ticks: [0, 0.15, 0.3] });
    expect(agreeAxis(0.3)).toEqual({ end: 0.3, ticks: [0, 0.15, 0.3] });
    expect(agreeAxis(0.6536)).toEqual({ end: 0.7, ticks: [0, 0.35, 0.7] });
    expect(agreeAxis(0.97)).toEqual({ end: 1, ticks: [0, 0.5, 1] });
    expect(agreeAxis(1)).toEqual({ end: 1, ticks: [0, 0.5, 1] });
  });
});

describe('generic charts', () => {
  it('choice-a3: shares with their intervals, in scale order (120 of 312 = 38%)', async () => {
    const { spec } = await render(byId('choice-a3'), 'nl');
    expect(titleOf(byId('choice-a3'), 'nl')).toBe('Leeftijdsgroep: het vaakst ‘Jonger dan 45’ (38%)');
    const values = (spec as { data: { values: { value: number; low: number; high: number }[] } }).data.values;
    expect(values[0]).toMatchObject({ value: 120 / 312, low: 120 / 312 - 0.06, high: 120 / 312 + 0.06 });
  });

  it('matrix-forms: a cell per question and answer, the most used form named', async () => {
    const { spec } = await render(byId('matrix-forms'), 'nl');
    expect((spec as { data: { values: unknown[] } }).data.values).toHaveLength(2 * 3);
    // B1: 1 − 100/300 = 67% more often than never; B2: 1 − 270/300 = 10%.
    expect(titleOf(byId('matrix-forms'), 'nl')).toBe('Het meest gebruikt: Panel (67% vaker dan ‘nooit’)');
  });

  it('choice-g1: n = 6 is suppressed, every option marked, nothing drawn', async () => {
    const { text, spec } = await render(byId('choice-g1'), 'nl');
    expect(text.match(/n<10, niet getoond/g)).toHaveLength(2);
    const values = (spec as { data: { values: { shown: boolean }[] } }).data.values;
    expect(values.every((v) => !v.shown)).toBe(true);
  });

  it('numeric-background: the mean 6.4 with its interval', async () => {
    const chart = byId('numeric-background');
    expect(titleOf(chart, 'nl')).toBe('Jaren betrokken: gemiddeld 6,4');
    expect(chart.alt(region, context('en'))).toContain('mean 6.4 (5.9 to 6.9), median 5.0 (n = 280)');
  });
});

describe('suppression', () => {
  it('a suppressed estimate is never drawn, even when a number leaked into it', async () => {
    const leaked: RegionResult = {
      ...region,
      likert: region.likert.map((r) =>
        r.item === 'D8'
          ? {
              ...r,
              mean: { ...r.mean, estimate: 4.321 },
              shareAgree: { ...r.shareAgree, estimate: 0.777 },
              distribution: r.distribution.map((d) => ({ ...d, estimate: 0.2 })),
            }
          : r,
      ),
    };
    const likert = await render(byId('likert-conditions'), 'nl', leaked);
    expect(likert.text).not.toContain('78%');
    const conditions = await render(byId('conditions'), 'nl', leaked);
    expect(conditions.text).not.toContain('4,3');
    expect(conditions.text).toContain('n<10, niet getoond');
  });

  it('ladder: evaluatie desired (n = 7) shows the marker instead of a point or gap', async () => {
    const { text } = await render(byId('ladder'), 'nl');
    expect(text).toContain('Gewenst: n<10, niet getoond');
    expect(text).toContain('+2,4'); // besluitvorming: 3,5 − 1,1
  });

  it('response-role: suppressed role counts say "niet getoond (kleine aantallen)"', async () => {
    const { text } = await render(byId('response-role'), 'nl');
    expect(text).toContain('82');
    expect(text).toContain('niet getoond (kleine aantallen)');
  });

  it('ipa: the theme with n = 7 is listed as not shown, not plotted', async () => {
    const { text } = await render(byId('ipa'), 'nl');
    expect(text).toContain('Niet getoond (n<10): Dak- en thuisloosheid');
    for (const corner of ['Kans', 'Sterk punt', 'Minder urgent', 'Gaat goed, minder belangrijk'])
      expect(text).toContain(corner);
    expect(text).toContain('Mentale gezondheid');
  });

  it('perspective: the professionals side of D7 (n = 8) is named as not shown', async () => {
    const { text } = await render(byId('perspective'), 'nl');
    expect(text).toContain('Professionals: n<10, niet getoond');
  });
});

describe('numbers per language', () => {
  it('conditions: D4 mean 383 / 110 = 3.48 is "3,5" in Dutch and "3.5" in English', async () => {
    expect((await render(byId('conditions'), 'nl')).text).toContain('3,5');
    expect((await render(byId('conditions'), 'en')).text).toContain('3.5');
  });

  it('response-subregion: Rijnstreek 62 / 171,000 × 10,000 = 3.6 per 10,000', async () => {
    const nl = await render(byId('response-subregion'), 'nl');
    expect(nl.text).toContain('62 respondenten · 3,6 per 10.000');
    const en = await render(byId('response-subregion'), 'en');
    expect(en.text).toContain('62 respondents · 3.6 per 10,000');
  });

  it('benchmark: D3 2.5 − 3.1 = −0.6 is marked as a clear difference in the legend and alt text', async () => {
    const { text } = await render(byId('benchmark'), 'nl');
    expect(text).toContain('−0,6');
    expect(text).toContain('Duidelijk verschil');
    expect(byId('benchmark').alt(region, context('nl'))).toMatch(
      /Vergoeding voor tijd en kosten: [^;]*verschil −0,6 \(−0,9 tot −0,3\), een duidelijk verschil/,
    );
  });

  it('benchmark at a national n: a clear difference of 0.04 reads +0,04, not 0,0; one not clear stays 0,0', async () => {
    // 30,000 against 920,000 respondents: 3.04 − 3.00 is significant; at one decimal it would read
    // "0,0" beside "clearly different".
    const national = structuredClone(region);
    const tiny = (c: RegionResult['benchmark'][number], significant: boolean) => {
      c.a = { ...c.a, estimate: 3.04, ciLow: 3.03, ciHigh: 3.05, n: 30000 };
      c.b = { ...c.b, estimate: 3.0, ciLow: 2.998, ciHigh: 3.002, n: 920000 };
      c.difference = { ...c.difference, estimate: 0.04, ciLow: 0.027, ciHigh: 0.053, significant };
      c.qValue = significant ? 0.0001 : 0.2;
      c.significant = significant;
    };
    const [d1, d3] = [
      national.benchmark.find((c) => c.item === 'D1')!,
      national.benchmark.find((c) => c.item === 'D3')!,
    ];
    tiny(d3, true);
    tiny(d1, false);
    const { text } = await render(byId('benchmark'), 'nl', national);
    expect(text).toContain('+0,04');
    const alt = byId('benchmark').alt(national, context('nl'));
    expect(alt).toMatch(
      /Vergoeding voor tijd en kosten: [^;]*verschil \+0,04 \(\+0,03 tot \+0,05\), een duidelijk verschil/,
    );
    // Not clear: written as any difference is, at one decimal.
    expect(alt).toMatch(/Vroeg betrokken: [^;]*verschil 0,0 \(0,0 tot \+0,1\), geen duidelijk verschil/);
  });

  it('perspective: D2 2.0 − 3.1 = −1.1 the one clear difference, E2 (22 professionals) an indication', async () => {
    const { text, spec } = await render(byId('perspective'), 'en');
    expect(text).toContain('−1.1');
    // The six statements shown (D7 is suppressed); the ladder item has a chart of its own.
    expect(titleOf(byId('perspective'), 'en')).toBe(
      'Residents and professionals differ clearly on 1 of 6 items; an indication on 1 item',
    );
    expect(text).toContain('Indication (a group smaller than 30)');
    expect(text).toContain('Involved early');
    expect(text).not.toContain('Ladder now (besluit)');
    // The difference is drawn with its interval: D2 −1.1 ± 0.3.
    const json = JSON.stringify(spec);
    expect(json).toContain('"low":-1.4');
  });

  it('perspective-ladder: the ladder now, 1.0 vs 1.5, no clear difference', async () => {
    const chart = byId('perspective-ladder');
    const { text } = await render(chart, 'en');
    expect(text).toContain('−0.5');
    expect(text).toContain('Ladder now (besluit)');
    expect(text).not.toContain('Ladder desired');
    expect(text).not.toContain('Involved early');
    expect(titleOf(chart, 'en')).toBe(
      'Residents and professionals do not differ clearly on ‘Ladder now (besluit)’',
    );
  });

  it('perspective-ladder-desired: the ladder as it should be, 3.9 vs 3.1, a clear difference', async () => {
    const chart = byId('perspective-ladder-desired');
    const { text } = await render(chart, 'en');
    expect(text).toContain('+0.8');
    expect(text).toContain('Ladder desired: besluit');
    expect(text).not.toContain('Ladder now');
    expect(titleOf(chart, 'en')).toBe(
      'Residents and professionals differ clearly on ‘Ladder desired: besluit’',
    );
  });

  it('perspective-index: the conditions index, 45.2 vs 52.3 with q = 0.08, no clear difference', async () => {
    const chart = byId('perspective-index');
    const { text } = await render(chart, 'en');
    expect(text).toContain('−7'); // 45.2 − 52.3, an index shown without decimals
    expect(text).not.toContain('Involved early');
    expect(titleOf(chart, 'en')).toBe(
      'Residents and professionals do not differ clearly on ‘Conditions index’',
    );
  });
});

describe('nothing to draw', () => {
  const empty: RegionResult = {
    ...region,
    response: { respondents: 0, byRole: [], bySubregion: [], byMunicipality: [] },
    likert: [],
    ladder: [],
    ipa: [],
    perspective: [],
    benchmark: [],
    choices: [],
    numeric: [],
    trend: [],
    indices: [],
    indicesBySubregion: [],
  };
  it.each(charts.map((c) => [c.id, c] as const))(
    '%s.spec returns null for a region without its numbers',
    (_, chart) => {
      expect(chart.spec(empty, context('nl'))).toBeNull();
    },
  );
});

describe('trend', () => {
  it('D1 3.2 now against 2.8 then (+0.4, q = 0.004) is the one clear change of three', async () => {
    const chart = byId('trend');
    const { text } = await render(chart, 'nl');
    expect(text).toContain('+0,4');
    expect(titleOf(chart, 'nl')).toBe('Sinds de vorige meting duidelijk veranderd: 1 van de 3 punten');
    expect(chart.alt(region, context('nl'))).toMatch(
      /Vroeg betrokken: Nu 3,2 [^;]*Vorige meting 2,8[^;]*een duidelijk verschil/,
    );
  });
});
