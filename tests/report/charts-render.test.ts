import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { RegionResult } from '../../src/analyse/types.js';
import { Codebook } from '../../src/model/codebook.js';
import { signed, wrap } from '../../src/report/charts/parts.js';
import { placeLabels } from '../../src/report/charts/place-labels.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { fontFiles, textWidth, toPng, toSvg } from '../../src/report/render/index.js';
import {
  inLatinFonts,
  latinFontFiles,
  PNG_MAX_PIXELS,
  PNG_SCALE,
  pngScale,
  svgSize,
} from '../../src/report/render/to-png.js';
import { codebook, context, region } from './chart-fixture.js';

const charts = toReportPlan(codebook).charts;

const tiny: TopLevelSpec = {
  data: { values: [{ a: 'x', b: 1 }] },
  mark: 'bar',
  width: 100,
  height: 50,
  encoding: { x: { field: 'b', type: 'quantitative' }, y: { field: 'a', type: 'nominal' } },
};

describe('textWidth (DejaVu Sans advance widths)', () => {
  // Reference: fontTools 4.38 on node_modules/dejavu-fonts-ttf/ttf/DejaVuSans{,-Bold}.ttf,
  // sum(hmtx[cmap[ord(c)]][0]) / unitsPerEm * size: unitsPerEm 2048, 'M' 1767.
  it("textWidth('M', 2048) is 1767", () => {
    expect(textWidth('M', 2048)).toBe(1767);
  });
  it("textWidth('Vroeg betrokken', 16) is 133.5546875", () => {
    expect(textWidth('Vroeg betrokken', 16)).toBeCloseTo(133.5546875, 9);
  });
  it("textWidth('Vroeg betrokken', 16, bold) is 151.5", () => {
    expect(textWidth('Vroeg betrokken', 16, true)).toBeCloseTo(151.5, 9);
  });
  it("textWidth('Ervaringsdeskundigheid é €', 16) is 223.0390625 (accents and the euro sign)", () => {
    expect(textWidth('Ervaringsdeskundigheid é €', 16)).toBeCloseTo(223.0390625, 9);
  });
});

describe('wrap', () => {
  it('wrap(text, 200, 16) keeps every line within 200 px and every word', () => {
    const text = 'Inwoners en professionals voeren het gesprek als gelijkwaardige partners';
    const lines = wrap(text, 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
  it('wrap cuts after maxLines lines with an ellipsis', () => {
    const lines = wrap('een twee drie vier vijf zes zeven acht negen tien', 60, 16, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('signed', () => {
  it('signed(2.4, nl) is "+2,4", signed(-0.6, en) is "−0.6" with a typographic minus, signed(-0.04, nl) is "0,0"', () => {
    expect(signed(2.4, 'nl')).toBe('+2,4');
    expect(signed(-0.6, 'en')).toBe('\u22120.6');
    expect(signed(-0.04, 'nl')).toBe('0,0');
  });
});

describe('placeLabels', () => {
  it('puts the labels of two close points apart and inside the plot', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 200 };
    const boxes = placeLabels(
      [
        { x: 100, y: 100, r: 10, width: 80, height: 20 },
        { x: 105, y: 110, r: 10, width: 80, height: 20 },
      ],
      bounds,
    );
    const [a, b] = boxes;
    if (!a || !b) throw new Error('missing box');
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart).toBe(true);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(300);
    }
  });
});

describe('toSvg', () => {
  it('gives byte-identical SVG for the same spec, also after rendering other charts in between', async () => {
    const spec = charts.find((c) => c.id === 'ladder')?.spec(region, context('nl'));
    if (!spec) throw new Error('no ladder spec');
    const first = await toSvg(spec);
    for (const chart of charts) {
      const other = chart.spec(region, context('en'));
      if (other) await toSvg(other);
    }
    expect(await toSvg(spec)).toBe(first);
  });

  it('gives identical SVGs when called concurrently', async () => {
    const spec = charts.find((c) => c.id === 'conditions')?.spec(region, context('nl'));
    if (!spec) throw new Error('no conditions spec');
    const [a, b, c] = await Promise.all([toSvg(spec), toSvg(tiny), toSvg(spec)]);
    expect(a).toBe(c);
    expect(b).not.toBe(a);
  });

  it('refuses data from a URL (inline data only)', async () => {
    const remote = { ...tiny, data: { url: 'file:///etc/passwd' } } as TopLevelSpec;
    await expect(toSvg(remote)).rejects.toThrow(/inline data only/);
  });

  it('reports Vega-Lite warnings through onWarning', async () => {
    const warnings: string[] = [];
    const bad = {
      ...tiny,
      encoding: { ...tiny.encoding, fontStyle: { value: 'italic' } },
    } as unknown as TopLevelSpec;
    await toSvg(bad, { onWarning: (m) => warnings.push(m) });
    expect(warnings.join(' ')).toMatch(/fontStyle/);
  });
});

describe('toPng', () => {
  it('toPng(svg) is a PNG (signature 89 50 4E 47 0D 0A 1A 0A) PNG_SCALE (1.5) times the SVG size by default', async () => {
    const svg = await toSvg(tiny);
    const png = await toPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    // IHDR: width at byte 16, height at byte 20 (big-endian).
    expect(view.getUint32(16)).toBe(Math.round(1.5 * svgWidth));
    expect((await toPng(svg, 1)).length).toBeLessThan(png.length);
  });

  it("gives resvg's memory back chart by chart: 30 charts of 2,400 × 2,400 px (23 MB of pixels each) leave the process less than 200 MB larger", async () => {
    // resvg frees a chart's pixels only when V8 collects their wrapper; without toPng's young
    // collection the 30 charts stay in memory (about 0.7 GB) until V8 runs out of room.
    const big =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="2400"><rect x="10" y="10" width="2380" height="2380" fill="#2a6f97"/></svg>';
    await toPng(big, 1);
    const before = process.memoryUsage.rss();
    for (let i = 0; i < 30; i++) await toPng(big, 1);
    expect(process.memoryUsage.rss() - before).toBeLessThan(200 * 2 ** 20);
  });

  it('svgSize reads the root element of a Vega SVG, not a nested rect; null without a size', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="923" height="2087.5" viewBox="0 0 923 2087.5"><rect width="10" height="20"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 923, height: 2087.5 });
    expect(
      svgSize('<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="20"/></svg>'),
    ).toBeNull();
  });

  it('pngScale: PNG_SCALE for a chart that fits a 1280×720 slide; a taller chart gets at most 1920×1080 pixels', () => {
    expect(pngScale({ width: 1248, height: 720 })).toBe(PNG_SCALE);
    expect(pngScale(null)).toBe(PNG_SCALE);
    // 923 × 2087 SVG pixels at 1.5 would be 4.33 million; sqrt(2,073,600 / 1,926,301) = 1.0375.
    const scale = pngScale({ width: 923, height: 2087 });
    expect(scale).toBeCloseTo(1.0375, 4);
    expect(923 * scale * 2087 * scale).toBeCloseTo(PNG_MAX_PIXELS, 0);
  });

  it('toPng(svg) of a chart taller than a screen has at most PNG_MAX_PIXELS pixels, its shape kept', async () => {
    const tall =
      '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="2100"><rect x="10" y="10" width="880" height="2080" fill="#2a6f97"/></svg>';
    const png = await toPng(tall);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    expect(width * height).toBeLessThanOrEqual(PNG_MAX_PIXELS + width + height);
    expect(width * height).toBeGreaterThan(0.99 * PNG_MAX_PIXELS);
    expect(width / height).toBeCloseTo(900 / 2100, 2);
  });

  it('toPng gives identical bytes for the same SVG', async () => {
    const svg = await toSvg(tiny);
    expect(Buffer.from(await toPng(svg)).equals(Buffer.from(await toPng(svg)))).toBe(true);
  });
});

describe('toPng with the Latin cut of DejaVu Sans', () => {
  const svgOf = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="60"><text x="10" y="40" font-family="DejaVu Sans" font-size="24px">${text}</text><text x="10" y="56" font-family="DejaVu Sans" font-weight="bold" font-size="12px">${text}</text></svg>`;
  const withFonts = (svg: string, fonts: { regular: string; bold: string }) =>
    Buffer.from(
      new Resvg(svg, {
        font: {
          fontFiles: [fonts.regular, fonts.bold],
          loadSystemFonts: false,
          defaultFontFamily: 'DejaVu Sans',
          sansSerifFamily: 'DejaVu Sans',
        },
        background: 'white',
        fitTo: { mode: 'zoom', value: PNG_SCALE },
      })
        .render()
        .asPng(),
    );

  it('covers Dutch, other Latin scripts, Greek and the symbols the charts use, not Cyrillic, CJK or emoji', () => {
    expect(
      inLatinFonts(svgOf('Zoë, Łódź, Ærøskøbing, Şanlıurfa, Nguyễn: α = 0,8 ≥ 0,7 – “n” … ± × € ↑ ✓')),
    ).toBe(true);
    expect(inLatinFonts(svgOf('Жуковский'))).toBe(false);
    expect(inLatinFonts(svgOf('北京'))).toBe(false);
    expect(inLatinFonts(svgOf('goed 👍'))).toBe(false);
  });

  it('draws Latin text to the same pixels as the whole fonts', async () => {
    const svg = svgOf('Gelijkwaardig gesprek: 51% eens (n = 95–101) … ≥ 0,7');
    expect(Buffer.from(await toPng(svg)).equals(withFonts(svg, fontFiles()))).toBe(true);
  });

  it('draws text outside the Latin cut with the whole fonts, not as missing glyphs', async () => {
    const svg = svgOf('Жуковский');
    const png = Buffer.from(await toPng(svg));
    expect(png.equals(withFonts(svg, fontFiles()))).toBe(true);
    expect(png.equals(withFonts(svg, latinFontFiles()))).toBe(false);
  });
});

describe('labels are data, never expression code', () => {
  const evil = `x'); alert(1); ('" + datum.a + "`;
  const input = structuredClone(codebook);
  for (const q of input.questions) {
    if (q.id === 'D1') q.short = { nl: evil, en: evil };
  }
  const evilCodebook = Codebook.parse(input);
  const evilRegion: RegionResult = { ...region, name: evil };

  /** Every string in the spec that Vega parses as an expression. */
  function expressions(node: unknown, out: string[] = []): string[] {
    if (Array.isArray(node)) for (const x of node) expressions(x, out);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (
          ['labelExpr', 'expr', 'test', 'filter', 'calculate', 'signal', 'update'].includes(key) &&
          typeof value === 'string'
        ) {
          out.push(value);
        }
        expressions(value, out);
      }
    }
    return out;
  }

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: a label with quotes and code stays out of every expression and shows as text',
    async (_, chart) => {
      const ctx = context('nl', evilCodebook);
      const spec = chart.spec(evilRegion, ctx);
      if (!spec) throw new Error('nothing drawn');
      for (const expression of expressions(spec)) {
        expect(expression).not.toContain('alert');
        expect(expression).not.toContain(evilRegion.name);
      }
      const svg = await toSvg(spec);
      expect(svg).not.toContain('<script');
    },
  );
});
