/**
 * The map of reach per municipality: its message, the join of the municipality rows to the CBS
 * boundaries, a suppressed municipality without its number anywhere, a municipality without
 * population, one without a boundary (named, not dropped), and the rendering to SVG.
 * Reach is respondents / residents × 10,000: Leiden 60 / 128,000 → 4.6875, Leiderdorp 20 / 28,000
 * → 7.142857…, Katwijk 30 / 67,000 → 4.477611…, Nergenshuizen 12 / 10,000 → 12.
 */
import { describe, expect, it } from 'vitest';
import type { CountCell, RegionResult } from '../../src/analyse/types.js';
import { legendTicks } from '../../src/report/charts/map-parts.js';
import { reachMapChart } from '../../src/report/charts/map-reach.js';
import { toSvg } from '../../src/report/render/index.js';
import { context, region } from './chart-fixture.js';

const CREDIT = 'Grenzen: © CBS / PDOK (gebiedsindelingen 2025), vereenvoudigd door cartomap/nl';

function cell(key: string, subregion: string, count: number | null, population: number | null): CountCell {
  return {
    key,
    label: { nl: key, en: key },
    subregion,
    count,
    suppressed: count === null,
    population,
    per10k: count !== null && population !== null ? (count / population) * 10_000 : null,
  };
}

/** Oegstgeest is hidden; its count and reach are left in the cell, as if analyse had let them slip. */
const hidden: CountCell = {
  ...cell('Oegstgeest', 'Leidse Regio', 7, 26_500),
  suppressed: true,
  secondary: true,
};

function withMunicipalities(cells: CountCell[]): RegionResult {
  const copy = structuredClone(region);
  copy.response.byMunicipality = cells;
  return copy;
}

const fixture = withMunicipalities([
  cell('Leiden', 'Leidse Regio', 60, 128_000),
  cell('Leiderdorp', 'Leidse Regio', 20, 28_000),
  hidden,
  cell('Katwijk', 'Duin- en Bollenstreek', 30, 67_000),
  cell('Noordwijk', 'Duin- en Bollenstreek', 20, null),
  cell('Nergenshuizen', 'Rijnstreek', 12, 10_000),
]);

const chart = reachMapChart('A2');

type Layer = {
  data?: { values: unknown };
  transform?: { lookup?: string; from?: { data: { values: Record<string, unknown>[] } } }[];
  mark: { type: string };
  encoding?: Record<string, { field?: string; legend?: { title?: string | string[]; values?: number[] } }>;
};

function specOf(data: RegionResult, lang: 'nl' | 'en' = 'nl') {
  const spec = chart.spec(data, context(lang));
  if (!spec) throw new Error('map-reach drew nothing');
  return spec as unknown as {
    title: { text: string[]; subtitle: string[] };
    description: string;
    width: number;
    height: number;
    projection: { type: string; scale: number; translate: number[] };
    layer: Layer[];
  };
}

const lookupRows = (spec: ReturnType<typeof specOf>) =>
  (spec.layer[0]?.transform?.[0]?.from?.data.values ?? []).filter((r) => r.kind !== 'context');

const textsOf = (spec: ReturnType<typeof specOf>) =>
  spec.layer
    .filter((l) => l.mark.type === 'text' && Array.isArray(l.data?.values))
    .flatMap((l) => (l.data!.values as { text: string }[]).map((r) => r.text));

/** The text content of an SVG: the text of every <text>/<tspan>, one per line. */
const svgText = (svg: string) =>
  [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)(?=<)/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

describe('reachMapChart(item)', () => {
  it('is the chart map-reach of the region question', () => {
    expect(chart.id).toBe('map-reach');
    expect(chart.items).toEqual(['A2']);
    expect(chart.title(context('nl'))).toBe('Bereik per gemeente op de kaart');
    expect(chart.title(context('en'))).toBe('Reach by municipality on the map');
  });

  it('names the least reached municipality in the title, and the unmatched one under it', () => {
    const spec = specOf(fixture);
    expect(spec.title.text.join(' ')).toBe('Het minst bereikt: Katwijk, 4,5 per 10.000 inwoners');
    expect(spec.title.subtitle.join(' ')).toBe(
      '312 respondenten in totaal; donkerder is meer; kleine aantallen worden niet getoond (privacy). ' +
        'Niet op de kaart (geen CBS-grens gevonden): Nergenshuizen.',
    );
    expect(specOf(fixture, 'en').title.text.join(' ')).toBe(
      'Least reached: Katwijk, 4.5 per 10,000 residents',
    );
  });

  it('names ties as ties', () => {
    const tie = withMunicipalities([
      cell('Leiden', 'Leidse Regio', 57, 128_000), // 4.453…
      cell('Katwijk', 'Duin- en Bollenstreek', 30, 67_000), // 4.477…
      cell('Lisse', 'Duin- en Bollenstreek', 15, 23_500),
    ]);
    expect(specOf(tie).title.text.join(' ')).toBe(
      'Het minst bereikt: Leiden en Katwijk, elk 4,5 per 10.000 inwoners',
    );
    expect(specOf(tie, 'en').title.text.join(' ')).toBe(
      'Least reached: Leiden and Katwijk, 4.5 per 10,000 residents each',
    );
  });

  it('joins every municipality with a boundary to it by CBS code, inline', () => {
    const spec = specOf(fixture);
    expect(spec.layer[0]?.data).toMatchObject({ format: { type: 'topojson', feature: 'gemeente_2025' } });
    expect(spec.layer[0]?.transform?.[0]?.lookup).toBe('properties.statcode');
    expect(lookupRows(spec)).toEqual([
      { statcode: 'GM0546', kind: 'value', value: 4.6875, status: '' },
      { statcode: 'GM0547', kind: 'value', value: expect.closeTo(7.142857, 6), status: '' },
      { statcode: 'GM0579', kind: 'suppressed', value: null, status: 'niet getoond' },
      { statcode: 'GM0537', kind: 'value', value: expect.closeTo(4.477612, 6), status: '' },
      { statcode: 'GM0575', kind: 'unknown', value: null, status: 'inwonertal onbekend' },
    ]);
    expect(spec.projection.type).toBe('mercator');
    // The whole map fits a slide beside its question at full size (960 × 656 px with its chrome).
    expect(spec.width).toBeLessThanOrEqual(960);
    expect(spec.height).toBeLessThanOrEqual(656);
  });

  it('labels each municipality with its reach, or why it has none, and credits CBS under the map', () => {
    const texts = textsOf(specOf(fixture));
    expect(texts.at(-1)).toBe(CREDIT);
    expect([...new Set(texts.slice(0, -1))].sort()).toEqual(
      [
        'Leiden',
        '4,7',
        'Leiderdorp',
        '7,1',
        'Oegstgeest',
        'niet getoond',
        'Katwijk',
        '4,5',
        'Noordwijk',
        'inwonertal onbekend',
      ].sort(),
    );
  });

  it('has a legend with the unit, from 0 to a round number above the highest reach', () => {
    const legends = specOf(fixture).layer.flatMap((l) =>
      l.encoding?.color?.legend ? [l.encoding.color.legend] : [],
    );
    expect(legends[0]).toMatchObject({
      title: ['Respondenten per', '10.000 inwoners'],
      values: [0, 2, 4, 6, 8],
    });
  });

  it('without any population figure maps where the respondents come from: counts, their legend, the most in the title', () => {
    const counts = withMunicipalities([
      cell('Leiden', 'Leidse Regio', 60, null),
      cell('Leiderdorp', 'Leidse Regio', 20, null),
      { ...cell('Oegstgeest', 'Leidse Regio', 7, null), suppressed: true, secondary: true },
      cell('Katwijk', 'Duin- en Bollenstreek', 30, null),
    ]);
    const spec = specOf(counts);
    expect(spec.title.text.join(' ')).toBe('De meeste respondenten komen uit Leiden (60)');
    expect(spec.title.subtitle.join(' ')).toContain(
      'Zonder inwonertallen (--population) aantallen respondenten, geen bereik per 10.000 inwoners.',
    );
    expect(specOf(counts, 'en').title.text.join(' ')).toBe('Most respondents come from Leiden (60)');
    const legends = spec.layer.flatMap((l) => (l.encoding?.color?.legend ? [l.encoding.color.legend] : []));
    expect(legends[0]?.title).toEqual(['Respondenten']);
    // the text alternative says what the map shows: respondents, not reach
    const nl =
      'Kaart van Zuid-Holland Noord, respondenten per gemeente (n\u00a0=\u00a0312); zonder inwonertallen geen bereik per 10.000 inwoners: Leiden: 60 respondenten; Leiderdorp: 20 respondenten; Oegstgeest: niet getoond (kleine aantallen); Katwijk: 30 respondenten.';
    expect(chart.alt(counts, context('nl'))).toBe(nl);
    expect(spec.description).toBe(nl);
    expect(chart.alt(counts, context('en'))).toBe(
      'Map of Zuid-Holland Noord, respondents by municipality (n\u00a0=\u00a0312); without population figures no reach per 10,000 residents: Leiden: 60 respondents; Leiderdorp: 20 respondents; Oegstgeest: not shown (small numbers); Katwijk: 30 respondents.',
    );
    expect([...new Set(textsOf(spec).slice(0, -1))].sort()).toEqual(
      ['Leiden', '60', 'Leiderdorp', '20', 'Oegstgeest', 'niet getoond', 'Katwijk', '30'].sort(),
    );
  });

  it('never writes the number of a suppressed municipality: not in data, labels or description', () => {
    const spec = specOf(fixture);
    // Everything but the boundaries (whose arcs are only coordinates).
    const json = JSON.stringify(spec, (_, v) => (v?.type === 'Topology' ? 'boundaries' : v));
    expect(json).toContain('"values":"boundaries"');
    expect(json).not.toContain(String(hidden.per10k).slice(0, 6)); // 2.6415…
    expect(json).not.toContain('2,6');
    expect(json).not.toContain('26500');
    expect(spec.description).toContain('Oegstgeest: niet getoond (kleine aantallen);');
    expect(spec.description).not.toMatch(/Oegstgeest: [^;]*\d/);
    expect(textsOf(spec)).not.toContain('7');
  });

  it('alt(region, ctx) lists every municipality with its reach or that it is not shown', () => {
    expect(chart.alt(fixture, context('nl'))).toBe(
      'Kaart van Zuid-Holland Noord, respondenten per 10.000 inwoners per gemeente (n\u00a0=\u00a0312): ' +
        'Leiden: 4,7 per 10.000 inwoners (60 respondenten); Leiderdorp: 7,1 per 10.000 inwoners (20 respondenten); ' +
        'Oegstgeest: niet getoond (kleine aantallen); Katwijk: 4,5 per 10.000 inwoners (30 respondenten); ' +
        'Noordwijk: 20 respondenten, inwonertal onbekend; Nergenshuizen: 12,0 per 10.000 inwoners (12 respondenten). ' +
        'Niet op de kaart (geen CBS-grens gevonden): Nergenshuizen.',
    );
    expect(chart.alt(fixture, context('en'))).toBe(
      'Map of Zuid-Holland Noord, respondents per 10,000 residents by municipality (n\u00a0=\u00a0312): ' +
        'Leiden: 4.7 per 10,000 residents (60 respondents); Leiderdorp: 7.1 per 10,000 residents (20 respondents); ' +
        'Oegstgeest: not shown (small numbers); Katwijk: 4.5 per 10,000 residents (30 respondents); ' +
        'Noordwijk: 20 respondents, population unknown; Nergenshuizen: 12.0 per 10,000 residents (12 respondents). ' +
        'Not on the map (no CBS boundary found): Nergenshuizen.',
    );
  });

  it('finds Hengelo as CBS "Hengelo (O.)" and names a code by its CBS name', () => {
    const twente = withMunicipalities([
      cell('Hengelo', 'Twente Zuid', 28, 82_000),
      cell('GM0153', 'Twente Zuid', 36, 161_000),
    ]);
    const spec = specOf(twente);
    expect(lookupRows(spec).map((r) => r.statcode)).toEqual(['GM0164', 'GM0153']);
    expect(textsOf(spec)).toEqual(expect.arrayContaining(['Hengelo', 'Enschede']));
    expect(spec.title.subtitle.join(' ')).not.toContain('Niet op de kaart');
  });

  it('draws nothing for a region without municipalities or without any boundary, and says why', () => {
    expect(chart.spec(withMunicipalities([]), context('nl'))).toBeNull();
    const nowhere = withMunicipalities([cell('Bergen', 'Leidse Regio', 12, 30_000)]);
    expect(chart.spec(nowhere, context('nl'))).toBeNull();
    expect(chart.alt(nowhere, context('nl'))).toContain(
      'Niet op de kaart (geen CBS-grens gevonden): Bergen (meerdere gemeenten: Bergen (NH.) of Bergen (L.)).',
    );
  });

  it.each(['nl', 'en'] as const)(
    'renders to SVG without warnings (%s), with the credit and the legend',
    async (lang) => {
      const warnings: string[] = [];
      const svg = await toSvg(chart.spec(fixture, context(lang))!, { onWarning: (m) => warnings.push(m) });
      expect(warnings).toEqual([]);
      expect(svg).not.toMatch(/<script|href="(?!#)/);
      const text = svgText(svg);
      const joined = text.join(' ');
      expect(text).toContain(
        lang === 'nl'
          ? CREDIT
          : 'Boundaries: © CBS / PDOK (gebiedsindelingen 2025), simplified by cartomap/nl',
      );
      expect(joined).toContain(
        lang === 'nl' ? 'Respondenten per 10.000 inwoners' : 'Respondents per 10,000 residents',
      );
      expect(text).toContain(lang === 'nl' ? 'niet getoond' : 'not shown');
      expect(text).toContain('Oegstgeest');
      expect(text.join('\n')).not.toContain('2,6');
      expect(text.join('\n')).not.toContain('2.6');
    },
  );
});

describe('legendTicks(low, high)', () => {
  it.each([
    [0, 7.14, { domain: [0, 8], values: [0, 2, 4, 6, 8], format: '.0f' }],
    [0, 15.8, { domain: [0, 20], values: [0, 5, 10, 15, 20], format: '.0f' }],
    [0, 2.55, { domain: [0, 3], values: [0, 1, 2, 3], format: '.0f' }],
    [0, 9.9, { domain: [0, 10], values: [0, 2.5, 5, 7.5, 10], format: '.1f' }],
    [0, 0.7, { domain: [0, 0.8], values: [0, 0.2, 0.4, 0.6, 0.8], format: '.1f' }],
    [42.5, 49.3, { domain: [42, 50], values: [42, 44, 46, 48, 50], format: '.0f' }],
  ])('legendTicks(%d, %d)', (low, high, expected) => {
    expect(legendTicks(low, high)).toEqual(expected);
  });
});
