/**
 * Labels of any length and any characters give charts of bounded size that render: a 10,000-
 * character unbroken label, a 5,000-character region name, 50 long options, and control
 * characters in question texts, option labels and names. The charts wrap and cut the text ("…");
 * the data table under each chart keeps it whole.
 */
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { Estimate, Indicators, RegionResult } from '../../src/analyse/types.js';
import { Codebook } from '../../src/model/codebook.js';
import { regionHeatmap } from '../../src/report/charts/heatmap-regions.js';
import type { ChartDef } from '../../src/report/charts/index.js';
import { countryMap } from '../../src/report/charts/map-country.js';
import { cleanText, fitLine, fitNames, maxOf, minOf, wrap } from '../../src/report/charts/parts.js';
import type { ReportContext } from '../../src/report/context.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { textWidth, toPng, toSvg } from '../../src/report/render/index.js';
import { codebook, context, national, region } from './chart-fixture.js';

/** 10,000 characters without a space. */
const LONG = 'Ervaringsdeskundigheid'.repeat(455).slice(0, 10_000);
/** A region name of 5,000 characters. */
const NAME = 'Holland'.repeat(715).slice(0, 5_000);
/** The largest chart a slide takes (the widest chart of the demo is 1,248 px), with a margin. */
const SLIDE = 1_300;

/** Control characters and their kin, none of which may reach an SVG. */
const CONTROLS = [
  '\u0001',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\ufeff',
  '\ufffe',
  '\uffff',
];
const LONE = '\ud800';
/** What XML 1.0 does not allow in a document (its Char production). */
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Label = { nl: string; en: string };
const both = (text: string): Label => ({ nl: text, en: text });

/**
 * The chart codebook with every question text, short label, option label, block title, phase,
 * theme and index label made by `label` (from the text it had), and the region with its name
 * `name` and its roles, subregions and municipalities labelled by `label` too.
 */
function relabel(label: (was: string) => string, name: string): { book: Codebook; region: RegionResult } {
  const input = structuredClone(codebook) as unknown as {
    questions: { text: Label; short?: Label }[];
    scales: { options: { label: Label }[] }[];
    blocks: { title: Label }[];
    phases: { label: Label }[];
    themes: { label: Label }[];
    indices: { label: Label }[];
  };
  for (const q of input.questions) {
    q.text = both(label(q.text.nl));
    if (q.short) q.short = both(label(q.short.nl));
  }
  for (const s of input.scales) for (const o of s.options) o.label = both(label(o.label.nl));
  for (const b of input.blocks) b.title = both(label(b.title.nl));
  for (const x of [...input.phases, ...input.themes, ...input.indices]) x.label = both(label(x.label.nl));
  const book = Codebook.parse(input);
  const r = structuredClone(region);
  r.name = name;
  const { byRole, bySubregion, byMunicipality } = r.response;
  for (const c of [...byRole, ...bySubregion, ...byMunicipality]) c.label = both(label(c.label.nl));
  for (const p of r.ladder) p.label = both(label(p.label.nl));
  for (const t of r.ipa) t.label = both(label(t.label.nl));
  return { book, region: r };
}

/** Width and height of an SVG in px, as its root element states them. */
function sizeOf(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/ width="([\d.]+)"/.exec(root)?.[1]),
    height: Number(/ height="([\d.]+)"/.exec(root)?.[1]),
  };
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The charts of the plan that draw something for `r`, with their specs. */
function drawn(book: Codebook, r: RegionResult): { chart: ChartDef; spec: TopLevelSpec }[] {
  const ctx = context('nl', book);
  return toReportPlan(book).charts.flatMap((chart) => {
    const spec = chart.spec(r, ctx);
    return spec ? [{ chart, spec }] : [];
  });
}

describe('wrap, fitLine, fitNames (the one text fitting of every chart)', () => {
  it('wrap(10,000 characters without a space, 284, 18, false, 2) is two full lines, the second ending in "…"', () => {
    const lines = wrap(LONG, 284, 18, false, 2);
    expect(lines).toHaveLength(2);
    const [first = '', second = ''] = lines;
    expect(second.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 18)).toBeLessThanOrEqual(284);
    // Broken by measured width: the first line takes as many characters as fit, not a fixed count.
    expect(textWidth(LONG.slice(0, first.length + 1), 18)).toBeGreaterThan(284);
    expect(`${first}${second.slice(0, -1)}`).toBe(LONG.slice(0, first.length + second.length - 1));
  });

  it('breaks a long word where its characters fill the line: more narrow ones than wide ones', () => {
    const narrow = wrap('i'.repeat(400), 200, 18, false, 3);
    const wide = wrap('W'.repeat(400), 200, 18, false, 3);
    expect(narrow[0]!.length).toBeGreaterThan(wide[0]!.length);
    for (const line of [...narrow, ...wide]) expect(textWidth(line, 18)).toBeLessThanOrEqual(200);
    expect(textWidth('i'.repeat(narrow[0]!.length + 1), 18)).toBeGreaterThan(200);
    expect(textWidth('W'.repeat(wide[0]!.length + 1), 18)).toBeGreaterThan(200);
  });

  it('keeps a label that fits as it is, and breaks between words where they fit', () => {
    expect(wrap('Vroeg betrokken', 284, 18, false, 2)).toEqual(['Vroeg betrokken']);
    expect(wrap('een twee drie', 60, 16, false, 4)).toEqual(['een', 'twee', 'drie']);
    // A long word after a short one starts on a line of its own.
    const lines = wrap(`Zie ${LONG}`, 284, 18, false, 3);
    expect(lines[0]).toBe('Zie');
    expect(lines[1]!.startsWith('Ervaringsdeskundigheid')).toBe(true);
  });

  it('fitLine(text, 120, 18, bold) is one line within 120 px, with "…" when cut', () => {
    const line = fitLine(NAME, 120, 18, true);
    expect(line.endsWith('…')).toBe(true);
    expect(textWidth(line, 18, true)).toBeLessThanOrEqual(120);
    expect(fitLine('Leiden', 120, 18, true)).toBe('Leiden');
    expect(fitLine('', 120, 18)).toBe('');
  });

  it('fitNames keeps names apart that read the same once cut, and equal names equal', () => {
    const names = fitNames([`${LONG} 1`, `${LONG} 2`, 'Eens', 'Eens'], 200, 18);
    expect(new Set(names.slice(0, 2)).size).toBe(2);
    expect(names[0]!.endsWith('(1)')).toBe(true);
    expect(names[1]!.endsWith('(2)')).toBe(true);
    expect(names.slice(2)).toEqual(['Eens', 'Eens']);
    for (const name of names) expect(textWidth(name, 18)).toBeLessThanOrEqual(200);
  });

  it('cleanText drops control characters, bidi overrides, U+FFFE/U+FFFF and lone surrogates, and keeps the rest', () => {
    expect(cleanText('Vroeg\u0001 be\u0008trokken\u001b\u007f\u009b\u202e\ufeff\ufffe\uffff\ud800')).toBe(
      'Vroeg betrokken',
    );
    // Other line breaks become spaces; tab and newline stay for wrap to break at.
    expect(cleanText('a\u0085b\u2028c\u000bd')).toBe('a b c d');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
    // Accents, the euro sign, a non-breaking space and a character outside the BMP (a pair) stay.
    expect(cleanText('é € n\u00a0=\u00a010 \ud83d\ude00')).toBe('é € n\u00a0=\u00a010 \ud83d\ude00');
    expect(wrap('Vroeg\u0001\tbetrokken\n', 284, 18)).toEqual(['Vroeg betrokken']);
  });
});

describe('maxOf, minOf', () => {
  it('maxOf and minOf take 300,000 values (a spread into Math.max overflows the stack)', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => ((i * 7919) % 300_000) - 1000);
    expect(maxOf(values)).toBe(298_999);
    expect(minOf(values)).toBe(-1000);
    expect(maxOf([], 1)).toBe(1);
    expect(minOf([2, 3], 0)).toBe(0);
  });
});

describe('a 10,000-character label and a 5,000-character region name', () => {
  const { book, region: r } = relabel(() => LONG, NAME);
  const charts = drawn(book, r);

  it('draws every chart of the plan', () => {
    expect(charts.length).toBe(toReportPlan(book).charts.length);
  });

  it.each(charts.map(({ chart, spec }) => [chart.id, spec] as const))(
    '%s: bounded, cut with "…", rendered to SVG and PNG',
    async (_, spec) => {
      const svg = await toSvg(spec);
      const size = sizeOf(svg);
      expect(size.width).toBeLessThanOrEqual(SLIDE);
      expect(size.height).toBeLessThanOrEqual(SLIDE);
      expect(svg).toContain('…');
      // No line holds more than a line's worth of the label.
      expect(svg).not.toContain(LONG.slice(0, 100));
      expect(svg).not.toContain(NAME.slice(0, 100));
      expect(pngSize(await toPng(svg, 1))).toEqual({
        width: Math.ceil(size.width),
        height: Math.ceil(size.height),
      });
    },
  );

  it.each(charts.map(({ chart }) => [chart.id, chart] as const))(
    '%s: the data table holds the labels whole',
    (_, chart) => {
      const table = chart.table(r, context('nl', book));
      const cells = [table.caption ?? '', ...table.columns.map((c) => c.label), ...table.rows.flat()];
      expect(cells.some((cell) => cell.includes(LONG) || cell.includes(NAME))).toBe(true);
    },
  );
});

describe('50 long options', () => {
  const options = Array.from({ length: 50 }, (_, i) => ({
    code: i + 1,
    label: both(`${LONG.slice(0, 400)} ${'antwoord '.repeat(30)}${i + 1}`),
    aliases: [],
  }));
  const input = structuredClone(codebook);
  for (const s of input.scales) if (s.id === 'leeftijd' || s.id === 'eens5') s.options = options;
  const book = Codebook.parse(input);
  const share = region.choices.find((c) => c.item === 'A3')?.shares[0] as Estimate;
  const r: RegionResult = {
    ...region,
    choices: region.choices.map((c) =>
      c.item === 'A3'
        ? {
            ...c,
            shares: options.map((o) => ({
              ...share,
              category: String(o.code),
              estimate: 0.02,
              ciLow: 0.01,
              ciHigh: 0.04,
            })),
          }
        : c,
    ),
  };
  const ctx = context('nl', book);
  const charts = toReportPlan(book).charts;

  it('a choice of 50 options: the 25 most chosen, a row each of at most two lines; all 50 in the table', async () => {
    // Option 50 the most chosen, 49 next, …: the bars are options 50 down to 26.
    const ranked: RegionResult = {
      ...r,
      choices: r.choices.map((c) =>
        c.item === 'A3' ? { ...c, shares: c.shares.map((e, i) => ({ ...e, estimate: 0.001 * (i + 1) })) } : c,
      ),
    };
    const chart = charts.find((c) => c.items.includes('A3') && c.id.startsWith('choice'));
    const spec = chart?.spec(ranked, ctx);
    if (!spec) throw new Error('no chart of A3');
    const svg = await toSvg(spec);
    const { width, height } = sizeOf(svg);
    expect(width).toBeLessThanOrEqual(SLIDE);
    // 25 rows of two label lines (46 px each) and the title, whatever the number of options.
    expect(height).toBeLessThanOrEqual(25 * 46 + 400);
    const labels = (spec as { params: { value: Record<string, string[]> }[] }).params[0]!.value;
    expect(Object.keys(labels)).toHaveLength(25);
    for (const lines of Object.values(labels)) expect(lines.length).toBeLessThanOrEqual(2);
    const drawn = (spec as { data: { values: { value: number }[] } }).data.values.map((v) => v.value);
    expect(drawn).toEqual(Array.from({ length: 25 }, (_, i) => 0.001 * (50 - i)));
    expect(JSON.stringify(spec)).toContain(
      'De 25 meest gekozen van 50 opties; alle opties staan in de tabel.',
    );
    expect(chart!.table(ranked, ctx).rows).toHaveLength(50);
    expect(pngSize(await toPng(svg, 1)).width).toBe(Math.ceil(width));
  });

  it('a Likert scale of 50 options: 50 legend entries, each one line and each its own colour', async () => {
    const chart = charts.find((c) => c.id === 'likert-conditions');
    const spec = chart?.spec(r, ctx);
    if (!spec) throw new Error('no Likert chart');
    // The colour of the bars' segments: one per option, in the bars' view (the first of the row).
    const bars = (
      spec as { hconcat: { layer: { encoding: { color: { scale: { domain: string[] } } } }[] }[] }
    ).hconcat[0]!;
    const domain = bars.layer[0]!.encoding.color.scale.domain;
    expect(domain).toHaveLength(50);
    expect(new Set(domain).size).toBe(50);
    for (const name of domain) expect(textWidth(name, 18)).toBeLessThanOrEqual(400);
    const svg = await toSvg(spec);
    expect(sizeOf(svg).width).toBeLessThanOrEqual(SLIDE);
    expect(pngSize(await toPng(svg, 1)).width).toBe(Math.ceil(sizeOf(svg).width));
  });
});

describe('control characters in question texts, option labels and names', () => {
  const dirty = (was: string) =>
    `${CONTROLS.join('')}${was.replace(' ', ` ${CONTROLS[0]}${LONE}`)}${CONTROLS[1]}`;
  const { book, region: r } = relabel(dirty, `Zuid\u0001-Holland\u001b Noord${LONE}`);
  const charts = drawn(book, r);

  it.each(charts.map(({ chart, spec }) => [chart.id, spec] as const))(
    '%s: renders to SVG and PNG, none of them in the SVG',
    async (_, spec) => {
      const svg = await toSvg(spec);
      expect(svg).not.toMatch(XML_INVALID);
      for (const c of CONTROLS) expect(svg).not.toContain(c);
      expect(pngSize(await toPng(svg, 1)).width).toBe(Math.ceil(sizeOf(svg).width));
    },
  );

  it('the words stay: the ladder names its phases and the conditions their statements', async () => {
    const svg = async (id: string) => {
      const spec = charts.find((c) => c.chart.id === id)?.spec;
      if (!spec) throw new Error(`no ${id}`);
      return toSvg(spec);
    };
    expect(await svg('ladder')).toContain('Agendavorming');
    expect(await svg('conditions')).toContain('Vroeg betrokken');
  });

  it('toSvg leaves out what XML does not allow, also from a spec that did not fit its text', async () => {
    const spec: TopLevelSpec = {
      title: 'Titel\u0001 met\u0008 stuurtekens\uffff',
      data: { values: [{ a: 'x\u001b', b: 1 }] },
      mark: 'bar',
      encoding: { x: { field: 'b', type: 'quantitative' }, y: { field: 'a', type: 'nominal' } },
    };
    const svg = await toSvg(spec);
    expect(svg).not.toMatch(XML_INVALID);
    expect(svg).toContain('Titel met stuurtekens');
    expect(pngSize(await toPng(svg, 1)).width).toBe(Math.ceil(sizeOf(svg).width));
  });
});

describe('the overview with a 5,000-character region name', () => {
  const { book, region: r } = relabel((was) => was, NAME);
  const indicators = { codebook: book, regions: [r], national, unreported: [] } as unknown as Indicators;
  const ctx = {
    ...context('nl', book),
    minCount: 5,
    plan: { conditionsIndex: book.indices[0] },
  } as unknown as ReportContext;

  it.each([
    ['heatmap-regions', regionHeatmap],
    ['map-country', countryMap],
  ] as const)('%s: bounded, the name cut on the chart and whole in the table', async (_, chart) => {
    const spec = chart.spec(indicators, ctx);
    if (!spec) throw new Error('nothing drawn');
    const svg = await toSvg(spec);
    const { width, height } = sizeOf(svg);
    expect(width).toBeLessThanOrEqual(SLIDE);
    expect(height).toBeLessThanOrEqual(SLIDE);
    expect(svg).not.toContain(NAME.slice(0, 100));
    expect(svg).toContain('…');
    expect(pngSize(await toPng(svg, 1)).width).toBe(Math.ceil(width));
    expect(chart.table(indicators, ctx).rows.flat()).toContain(NAME);
  });
});
