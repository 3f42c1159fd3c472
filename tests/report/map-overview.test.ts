/**
 * The overview of a run: the regions on the map of the Netherlands and the heat map of key
 * indicators, and index.html embedding them. Three regions: Zuid-Holland Noord (312 respondents
 * over 579,000 residents of its subregions → 5.388… per 10,000), Twente (90 over 350,000 →
 * 2.571…; its index, ladder and hub share hidden, with values left in the hidden estimates as if
 * analyse had let them slip) and Groningen (a subregion without population: no reach).
 */
import { describe, expect, it } from 'vitest';
import type { CountCell, Estimate, Indicators, RegionResult } from '../../src/analyse/types.js';
import { Codebook } from '../../src/model/codebook.js';
import { regionHeatmap, regionHeatmapSpec, shadeOf } from '../../src/report/charts/heatmap-regions.js';
import { countryMap, countryMapSpec } from '../../src/report/charts/map-country.js';
import { overviewCharts } from '../../src/report/charts/map-overview.js';
import type { ReportContext } from '../../src/report/context.js';
import { toOverviewHtml } from '../../src/report/html/overview.js';
import { toSvg } from '../../src/report/render/index.js';
import { codebook as base, national as baseNational, context, region } from './chart-fixture.js';
import { toFixtureContext, indicators as workbookIndicators } from './workbook-fixture.js';

const t = (nl: string, en: string) => ({ nl, en });

/** The chart codebook with a hub question (role hub_support, first option "Ja"). */
const book = Codebook.parse({
  ...base,
  scales: [
    ...base.scales,
    {
      id: 'janee',
      options: [
        { code: 1, label: t('Ja', 'Yes') },
        { code: 2, label: t('Nee', 'No') },
      ],
    },
  ],
  questions: [
    ...base.questions,
    {
      id: 'G2',
      block: 'G',
      type: 'single',
      column: 'g2',
      scale: 'janee',
      role: 'hub_support',
      text: t('Wilt u meedoen aan een hub?', 'Would you join a hub?'),
      short: t('Bereid deel te nemen aan hub', 'Willing to join a hub'),
    },
  ],
});

function ctxOf(lang: 'nl' | 'en'): ReportContext {
  return {
    ...context(lang, book),
    minCount: 5,
    plan: { conditionsIndex: book.indices[0] },
  } as unknown as ReportContext;
}

function cell(key: string, count: number | null, population: number | null, subregion?: string): CountCell {
  return {
    key,
    label: t(key, key),
    ...(subregion ? { subregion } : {}),
    count,
    suppressed: count === null,
    population,
    per10k: count !== null && population !== null ? (count / population) * 10_000 : null,
  };
}

function share(value: number | null, n: number, leaked?: number): Estimate {
  return {
    region: 'x',
    subregion: 'all',
    group: 'all',
    indicator: 'share',
    item: 'G2',
    category: '1',
    n,
    estimate: value ?? leaked ?? null,
    ciLow: value === null ? null : value - 0.1,
    ciHigh: value === null ? null : value + 0.1,
    suppressed: value === null,
  };
}

function withHub(r: RegionResult, e: Estimate): RegionResult {
  return { ...r, choices: [...r.choices, { item: 'G2', block: 'G', shares: [e] }] };
}

const zhn = withHub(
  {
    ...structuredClone(region),
    response: {
      ...structuredClone(region.response),
      byMunicipality: [
        cell('Leiden', 150, 128_000, 'Leidse Regio'),
        cell('Katwijk', 100, 67_000, 'Duin- en Bollenstreek'),
        cell('Alphen aan den Rijn', 62, 116_000, 'Rijnstreek'),
      ],
    },
  },
  share(0.42, 100),
);

const hide = (e: Estimate, leaked: number): Estimate => ({ ...e, estimate: leaked, suppressed: true });

const twente = withHub(
  {
    ...structuredClone(region),
    name: 'Twente',
    slug: 'twente',
    response: {
      respondents: 90,
      byRole: [],
      bySubregion: [cell('Twente Zuid', 50, 250_000), cell('Twente Noord', 40, 100_000)],
      byMunicipality: [
        cell('Hengelo', 30, 82_000, 'Twente Zuid'),
        cell('Enschede', 20, 161_000, 'Twente Zuid'),
        cell('Almelo', 40, 74_000, 'Twente Noord'),
      ],
    },
    indices: region.indices.map((i) => ({ ...i, score: hide(i.score, 12.3456) })),
    ladder: region.ladder.map((p) => ({ ...p, ambitiekloof: hide(p.ambitiekloof, 0.987) })),
  },
  share(null, 7, 0.777),
);

const groningen = withHub(
  {
    ...structuredClone(region),
    name: 'Groningen',
    slug: 'groningen',
    response: {
      respondents: 80,
      byRole: [],
      bySubregion: [cell('Stad en Ommeland', 80, null)],
      byMunicipality: [
        cell('Groningen', 50, 243_000, 'Stad en Ommeland'),
        cell('Westerkwartier', 22, 66_000, 'Stad en Ommeland'),
        cell('Atlantis', 8, 1_000, 'Stad en Ommeland'),
      ],
    },
    indices: region.indices.map((i) => ({
      ...i,
      score: { ...i.score, estimate: 52, ciLow: 47.2, ciHigh: 56.8, n: 70 },
    })),
  },
  share(0.3, 70),
);

const national = withHub(
  { ...baseNational, response: { ...baseNational.response, respondents: 482 } },
  share(0.4, 400),
);

const indicators = {
  codebook: book,
  regions: [zhn, twente, groningen],
  national,
  unreported: [],
} as unknown as Indicators;

/** Everything of a spec but the boundaries (whose arcs are only coordinates). */
const withoutBoundaries = (spec: unknown) =>
  JSON.stringify(spec, (_, v) => (v?.type === 'Topology' ? 'boundaries' : v));

type Rect = { text: string; fill: string; ink: string; y0: number; x0: number };

function heatmap(lang: 'nl' | 'en' = 'nl') {
  const spec = regionHeatmapSpec(indicators, ctxOf(lang)) as unknown as {
    title: { text: string[]; subtitle: string[] };
    layer: { data: { values: Record<string, unknown>[] } }[];
  };
  const rects = spec.layer[0]!.data.values as Rect[];
  const rows = [...new Set(rects.map((r) => r.y0))].sort((a, b) => a - b);
  const columns = [...new Set(rects.map((r) => r.x0))].sort((a, b) => a - b);
  const grid = rows.map((y) => columns.map((x) => rects.find((r) => r.y0 === y && r.x0 === x)!));
  const headers = new Map<number, string[]>();
  for (const h of spec.layer[2]!.data.values as { text: string; x: number }[])
    headers.set(h.x, [...(headers.get(h.x) ?? []), h.text]);
  const names = (spec.layer[3]!.data.values as { text: string }[]).map((r) => r.text);
  return { spec, grid, headers: [...headers.values()].map((lines) => lines.join(' ')), names };
}

describe('regionHeatmapSpec(indicators, ctx)', () => {
  it('has a row per region and the whole run, a column per key indicator', () => {
    const { names, headers } = heatmap();
    expect(names).toEqual(['Zuid-Holland Noord', 'Twente', 'Groningen', 'Alle regio’s samen']);
    expect(headers).toEqual([
      'Respondenten',
      'Per 10.000 inwoners',
      'Index randvoorwaarden (0–100)',
      'Grootste ambitiekloof (treden)',
      'Bereid deel te nemen aan hub: ja',
    ]);
    expect(heatmap('en').headers).toEqual([
      'Respondents',
      'Per 10,000 residents',
      'Conditions index (0–100)',
      'Largest ambition gap (rungs)',
      'Willing to join a hub: yes',
    ]);
  });

  it('writes each figure in its cell, and "niet getoond" where it is hidden', () => {
    expect(heatmap().grid.map((row) => row.map((c) => c.text))).toEqual([
      ['312', '5,4', '48', '+2,4', '42%'],
      ['90', '2,6', 'niet getoond', 'niet getoond', 'niet getoond'],
      ['80', '–', '52', '+2,4', '30%'],
      ['482', '–', '51', '+2,4', '40%'],
    ]);
  });

  it('shades each column from its lowest region (lightest) to its highest (darkest)', () => {
    const { grid } = heatmap();
    const at = (i: number, j: number) => grid[i]![j]!;
    expect([at(0, 1).fill, at(1, 1).fill, at(2, 1).fill]).toEqual(['#08306b', '#deebf7', '#ffffff']);
    expect([at(0, 2).fill, at(2, 2).fill]).toEqual(['#deebf7', '#08306b']);
    expect([at(1, 2).fill, at(1, 3).fill, at(1, 4).fill]).toEqual(['#d9d9d9', '#d9d9d9', '#d9d9d9']);
    expect(at(3, 0).fill).toBe('#f4f4f4');
    // Text in black or white, whichever reads at 4.5:1 on the cell (WCAG 1.4.3).
    expect([at(0, 1).ink, at(1, 1).ink]).toEqual(['#ffffff', '#000000']);
    // Halfway along the 8 Blues stops: between #6baed6 and #4292c6.
    expect(shadeOf(0.5)).toEqual({ fill: '#57a0ce', light: false });
    // Black until white reads better: on #3080bd (0.65) black is 4.95:1, white 4.24:1; on #2474b7
    // (0.7) white is 4.93:1, black 4.26:1.
    expect([shadeOf(0.65).light, shadeOf(0.7).light]).toEqual([false, true]);
  });

  it('explains the shades, the ambition gap and the hidden cells under its title, in both languages', () => {
    expect(heatmap().spec.title.subtitle.join(' ')).toBe(
      'Per kolom: donkerder is hoger dan in de andere regio’s. Ambitiekloof: gewenste min huidige trede op de ' +
        'participatieladder, in de fase met de grootste kloof. Niet getoond: te weinig respondenten (privacy).',
    );
    expect(heatmap('en').spec.title.subtitle.join(' ')).toContain('Ambition gap: desired minus current rung');
  });

  it('explains only what it shows: no ambition gap without a ladder, no "not shown" without a hidden cell', () => {
    const noLadder = (r: RegionResult): RegionResult => ({ ...r, ladder: [] });
    const plain = {
      ...indicators,
      regions: [zhn, groningen].map(noLadder),
      national: noLadder(national),
    } as unknown as Indicators;
    const spec = regionHeatmapSpec(plain, ctxOf('nl')) as unknown as { title: { subtitle: string[] } };
    expect(spec.title.subtitle.join(' ')).toBe('Per kolom: donkerder is hoger dan in de andere regio’s.');
  });

  it('names the least reached region in its title', () => {
    expect(heatmap().spec.title.text.join(' ')).toBe('Het minst bereikt: Twente, 2,6 per 10.000 inwoners');
    expect(heatmap('en').spec.title.text.join(' ')).toBe('Least reached: Twente, 2.6 per 10,000 residents');
  });

  it('never writes a hidden figure: not in cells, text alternative or description', () => {
    const json = withoutBoundaries(regionHeatmapSpec(indicators, ctxOf('nl')));
    for (const leaked of ['12.3456', '0.987', '0.777', '78%', '+1,0', '"12"'])
      expect(json).not.toContain(leaked);
  });

  it('alt lists every region with every figure, intervals and n, hidden ones named', () => {
    expect(regionHeatmap.alt(indicators, ctxOf('nl'))).toBe(
      'De regio’s naast elkaar. ' +
        'Zuid-Holland Noord: Respondenten 312, Per 10.000 inwoners 5,4, Index randvoorwaarden (0–100) 48 (44–51; n\u00a0=\u00a0118), ' +
        'Grootste ambitiekloof (treden) +2,4 (besluitvorming), Bereid deel te nemen aan hub: ja 42% (32%–52%; n\u00a0=\u00a0100); ' +
        'Twente: Respondenten 90, Per 10.000 inwoners 2,6, Index randvoorwaarden (0–100) niet getoond, ' +
        'Grootste ambitiekloof (treden) niet getoond, Bereid deel te nemen aan hub: ja niet getoond; ' +
        'Groningen: Respondenten 80, Per 10.000 inwoners –, Index randvoorwaarden (0–100) 52 (47–57; n\u00a0=\u00a070), ' +
        'Grootste ambitiekloof (treden) +2,4 (besluitvorming), Bereid deel te nemen aan hub: ja 30% (20%–40%; n\u00a0=\u00a070); ' +
        'Alle regio’s samen: Respondenten 482, Per 10.000 inwoners –, Index randvoorwaarden (0–100) 51 (50–52; n\u00a0=\u00a02.718), ' +
        'Grootste ambitiekloof (treden) +2,4 (besluitvorming), Bereid deel te nemen aan hub: ja 40% (30%–50%; n\u00a0=\u00a0400).',
    );
  });
});

type MapSpec = {
  title: { text: string[]; subtitle: string[] };
  description: string;
  layer: {
    data?: { values: unknown };
    transform?: { from?: { data: { values: Record<string, unknown>[] } } }[];
    mark: { type: string; fontWeight?: string; stroke?: string };
    encoding?: { color?: { legend?: { title?: string; values?: number[] } } };
  }[];
};

describe('countryMapSpec(indicators, ctx)', () => {
  const spec = countryMapSpec(indicators, ctxOf('nl')) as unknown as MapSpec;

  it('colours every region’s municipalities by its conditions index, a hidden one grey', () => {
    const rows = (
      spec.layer[0]!.transform![0]!.from!.data.values as { statcode: string; kind: string }[]
    ).filter((r) => r.kind !== 'context');
    expect(rows).toEqual([
      { statcode: 'GM0546', kind: 'value', value: 47.5, status: '' },
      { statcode: 'GM0537', kind: 'value', value: 47.5, status: '' },
      { statcode: 'GM0484', kind: 'value', value: 47.5, status: '' },
      { statcode: 'GM0164', kind: 'suppressed', value: null, status: 'niet getoond' },
      { statcode: 'GM0153', kind: 'suppressed', value: null, status: 'niet getoond' },
      { statcode: 'GM0141', kind: 'suppressed', value: null, status: 'niet getoond' },
      { statcode: 'GM0014', kind: 'value', value: 52, status: '' },
      { statcode: 'GM1969', kind: 'value', value: 52, status: '' },
    ]);
    expect(spec.layer[0]!.transform![0]!.from!.data.values).toHaveLength(342);
    expect(spec.layer[1]!.encoding?.color?.legend).toMatchObject({
      title: 'Index randvoorwaarden (0–100)',
      values: [46, 48, 50, 52],
    });
  });

  it('names the lowest region in its title, the unmatched municipality under it', () => {
    expect(spec.title.text.join(' ')).toBe('Index randvoorwaarden: het laagst in Zuid-Holland Noord (48)');
    expect(spec.title.subtitle.join(' ')).toBe(
      'Kleur: index randvoorwaarden (0–100) per regio; donkerder is hoger. Lichtgrijs: gemeenten buiten de regio’s van deze scan. ' +
        'De 95%-intervallen staan in de tabel bij de kaart. Niet op de kaart (geen CBS-grens gevonden): Atlantis.',
    );
  });

  it('labels every region with its figure, or that it is not shown, and credits CBS', () => {
    const texts = spec.layer
      .filter((l) => l.mark.type === 'text' && l.mark.stroke === undefined)
      .flatMap((l) => (l.data!.values as { text: string }[]).map((r) => r.text));
    expect(texts).toEqual([
      'Zuid-Holland Noord',
      'Twente',
      'Groningen',
      '48',
      'niet getoond',
      '52',
      'Grenzen: © CBS / PDOK (gebiedsindelingen 2025), vereenvoudigd door cartomap/nl',
    ]);
  });

  it('never writes a hidden figure, and alt gives the intervals', () => {
    const json = withoutBoundaries(spec);
    for (const leaked of ['12.3456', '"12"', '12,3']) expect(json).not.toContain(leaked);
    expect(countryMap.alt(indicators, ctxOf('nl'))).toBe(
      'Kaart van Nederland, index randvoorwaarden per regio: Zuid-Holland Noord: 48 (44–51; n\u00a0=\u00a0118); ' +
        'Twente: niet getoond; Groningen: 52 (47–57; n\u00a0=\u00a070).',
    );
    expect(spec.description).toBe(countryMap.alt(indicators, ctxOf('nl')));
  });
});

describe('overview charts', () => {
  it.each(['nl', 'en'] as const)('render to SVG without warnings (%s)', async (lang) => {
    expect(overviewCharts.map((c) => c.id)).toEqual(['map-country', 'heatmap-regions']);
    for (const chart of overviewCharts) {
      const warnings: string[] = [];
      const svg = await toSvg(chart.spec(indicators, ctxOf(lang))!, { onWarning: (m) => warnings.push(m) });
      expect(warnings).toEqual([]);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<script|href="(?!#)/);
    }
  });

  it('toOverviewHtml(indicators, ctx, charts) embeds each chart as a figure with its text alternative', () => {
    const ctx = toFixtureContext('nl', workbookIndicators);
    const html = toOverviewHtml(workbookIndicators, ctx, [
      { id: 'map-country', title: 'De regio’s op de kaart', svg: '<svg width="10"></svg>', alt: 'Kaart <b>' },
    ]);
    expect(html).toContain('<h2 class="topic">De regio’s op de kaart</h2><figure id="chart-map-country">');
    expect(html).toContain('<svg role="img" aria-label="De regio’s op de kaart" width="10"></svg>');
    expect(html).toContain('<p>Kaart &lt;b&gt;</p>');
    expect(toOverviewHtml(workbookIndicators, ctx)).not.toContain('<figure');
  });
});
