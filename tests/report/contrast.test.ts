/**
 * Contrast of every chart of the demo run and of the fixture region (both languages), read from
 * the Vega-Lite specs: every colour a mark is drawn in stands out from the white background at 3:1
 * (WCAG 2.2 SC 1.4.11, non-text contrast), and every text at 4.5:1, large text at 3:1 (SC 1.4.3),
 * text in a heat-map cell against that cell.
 *
 * The colours are walked out of the spec: mark properties (color, fill, stroke, with their
 * opacity), encoded values and conditions, scale ranges, colours a layer takes from its data
 * (`scale: null`), the legends' outlines and the config's text and axis colours. A mark passes
 * when all its fills reach 3:1, or when it has an outline (stroke) that does: a light cell with a
 * dark edge still shows where it is. Not checked: marks in the background colour (white masks,
 * text halos, gaps between cells), marks the spec declares decoration (`aria: false`, such as the
 * grey neighbours around a map), and grid lines (the values are written on the axes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { divergingColors, inkOn, outlineOf, rampColor } from '../../src/report/charts/theme.js';
import { allSpecs, type NamedSpec } from './demo-specs.js';

// ---- WCAG 2.2, written out from its definitions ----------------------------------------------
// Relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance): each sRGB channel
// c/255 is linearised as c/12.92 when c <= 0.04045, else ((c + 0.055) / 1.055)^2.4, and
// L = 0.2126 R + 0.7152 G + 0.0722 B. Contrast ratio (#dfn-contrast-ratio): (L1 + 0.05) / (L2 + 0.05),
// L1 the lighter. Large text (#dfn-large-scale): at least 18 pt, or 14 pt bold (1 pt = 4/3 px).

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };

function rgbOf(color: string): [number, number, number] {
  const hex = NAMED[color.toLowerCase()] ?? color;
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex);
  if (!m) throw new Error(`not a colour the test can read: ${color}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminanceOf([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The colour seen when `color` is drawn at `opacity` over white. */
function overWhite(color: string, opacity = 1): [number, number, number] {
  return rgbOf(color).map((c) => c * opacity + 255 * (1 - opacity)) as [number, number, number];
}

function ratio(a: [number, number, number], b: [number, number, number]): number {
  const [l1, l2] = [luminanceOf(a), luminanceOf(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
const onWhite = (color: string, opacity = 1) => ratio(overWhite(color, opacity), WHITE);
const isBackground = (color: string) => onWhite(color) < 1.0001;
const isLarge = (px: number, bold: boolean) => px >= 24 || (bold && px >= (14 * 4) / 3);

describe('the WCAG contrast ratio as written in this test', () => {
  it('gives the published values: black on white 21:1, #767676 4.54:1 and #949494 3.03:1 (WebAIM contrast checker)', () => {
    expect(onWhite('#000000')).toBeCloseTo(21, 5);
    expect(onWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(onWhite('#949494')).toBeCloseTo(3.03, 2);
    expect(onWhite('#ffffff')).toBe(1);
  });

  it('fails the colours the charts no longer use: Okabe–Ito orange #E69F00 (2.25:1) and sky blue #56B4E9 (2.31:1)', () => {
    expect(onWhite('#E69F00')).toBeCloseTo(2.25, 2);
    expect(onWhite('#56B4E9')).toBeCloseTo(2.31, 2);
    expect(onWhite('#0072B2')).toBeCloseTo(5.19, 2);
    expect(onWhite('#D55E00')).toBeCloseTo(3.87, 2);
  });
});

describe('theme helpers', () => {
  it('outlineOf(fill) reaches 3:1 on white for every colour of every diverging scale (2 to 9 options)', () => {
    for (let k = 2; k <= 9; k++)
      for (const fill of divergingColors(k))
        expect(onWhite(outlineOf(fill)), `${k}: ${fill}`).toBeGreaterThanOrEqual(3);
    // A colour that stands out already is its own outline.
    expect(outlineOf('#5e3c99')).toBe('#5e3c99');
  });

  it('inkOn(fill) reads at 4.5:1 on every shade of a light-to-dark ramp', () => {
    const ramp = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
    for (let t = 0; t <= 1.0001; t += 0.01) {
      const fill = rampColor(ramp, t);
      expect(ratio(rgbOf(inkOn(fill)), rgbOf(fill)), fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});

// ---- the walk through a spec ---------------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One colour used by a mark, with what it must reach and against what. */
interface Use {
  where: string;
  color: string;
  opacity: number;
  /** `fill`/`stroke` of a mark (3:1 on white, the stroke saving a light fill), `text`. */
  as: 'fill' | 'stroke' | 'text';
  /** The background of a text, when it is not white (a cell). */
  on?: string;
  need: number;
}

/** The colours an encoding channel can take (value, conditions, scale range, data field). */
function channelColors(
  def: unknown,
  rows: readonly Json[] | undefined,
): { colors: string[]; unread: string[] } {
  const colors: string[] = [];
  const unread: string[] = [];
  const visit = (d: unknown) => {
    if (!isObject(d)) return;
    if (typeof d.value === 'string') colors.push(d.value);
    const conditions = Array.isArray(d.condition) ? d.condition : d.condition ? [d.condition] : [];
    for (const c of conditions) visit(c);
    if (typeof d.field !== 'string') return;
    const scale = d.scale;
    if (scale === null) {
      for (const row of rows ?? []) if (typeof row[d.field] === 'string') colors.push(row[d.field] as string);
    } else if (isObject(scale) && Array.isArray(scale.range)) colors.push(...(scale.range as string[]));
    else unread.push(`field ${d.field} coloured by a default scheme`);
  };
  visit(def);
  return { colors, unread };
}

interface Walk {
  uses: Use[];
  problems: string[];
}

/** The rows of a `data` with inline values, if it has them (a topology is not rows). */
function rowsOf(data: unknown): Json[] | undefined {
  return isObject(data) && Array.isArray(data.values) ? (data.values as Json[]) : undefined;
}

function walkView(
  node: Json,
  where: string,
  rows: Json[] | undefined,
  encoding: Json,
  config: Json,
  out: Walk,
  siblings: readonly Json[] = [],
): void {
  const data = rowsOf(node.data) ?? rows;
  const enc = { ...encoding, ...(isObject(node.encoding) ? node.encoding : {}) };
  for (const key of ['layer', 'hconcat', 'vconcat', 'concat'] as const) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    for (const [i, child] of children.entries()) {
      const inherited = key === 'layer' ? enc : {};
      walkView(child as Json, `${where}/${key}[${i}]`, data, inherited, config, out, children as Json[]);
    }
  }
  if (node.mark !== undefined) walkMark(node, where, data, enc, config, out, siblings);
}

function walkMark(
  node: Json,
  where: string,
  rows: Json[] | undefined,
  enc: Json,
  config: Json,
  out: Walk,
  siblings: readonly Json[],
): void {
  const mark: Json = typeof node.mark === 'string' ? { type: node.mark } : (node.mark as Json);
  if (mark.aria === false) return; // decoration, declared so
  const type = mark.type as string;
  const opacity = (key: string) => Number(mark[key] ?? mark.opacity ?? 1);
  const from = (channel: string) => {
    const { colors, unread } = channelColors(enc[channel], rows);
    out.problems.push(...unread.map((u) => `${where}: ${u}`));
    return colors;
  };
  const own = (key: string) => (typeof mark[key] === 'string' ? [mark[key] as string] : []);

  if (type === 'text') {
    const textConfig = isObject(config.text) ? config.text : {};
    const size = Number(mark.fontSize ?? textConfig.fontSize ?? 11);
    const bold = mark.fontWeight === 'bold' || Number(mark.fontWeight) >= 700;
    const need = isLarge(size, bold) ? 3 : 4.5;
    const encoded = [...from('color'), ...from('fill')];
    const colors = own('fill').length ? own('fill') : own('color').length ? own('color') : encoded;
    const inked = [enc.color, enc.fill].find(
      (d) => isObject(d) && d.scale === null && typeof d.field === 'string',
    ) as Json | undefined;
    const cell = inked && siblings.find((s) => s !== node && cellFillField(s, rows));
    if (inked && cell) {
      // Text on the cell of the same datum: read against the cell's fill.
      const fillField = cellFillField(cell, rows)!;
      for (const row of rows ?? [])
        if (typeof row[inked.field as string] === 'string' && row.text !== '')
          out.uses.push({
            where,
            color: row[inked.field as string] as string,
            opacity: 1,
            as: 'text',
            on: row[fillField] as string,
            need,
          });
      return;
    }
    const fallback = colors.length > 0 ? colors : [String(textConfig.color ?? '#000000')];
    for (const color of fallback)
      out.uses.push({ where, color, opacity: opacity('fillOpacity'), as: 'text', need });
    return;
  }

  const lines = type === 'rule' || type === 'line' || type === 'trail';
  const filled = type === 'point' ? mark.filled === true : mark.filled !== false;
  const color = [...own('color'), ...from('color')];
  const fills = lines ? [] : [...own('fill'), ...from('fill'), ...(filled ? color : [])];
  const strokeWidth = Number(mark.strokeWidth ?? (lines || !filled ? 1 : mark.stroke || enc.stroke ? 1 : 0));
  const strokes =
    strokeWidth > 0 ? [...own('stroke'), ...from('stroke'), ...(lines || !filled ? color : [])] : [];
  for (const c of fills)
    out.uses.push({ where, color: c, opacity: opacity('fillOpacity'), as: 'fill', need: 3 });
  for (const c of strokes)
    out.uses.push({ where, color: c, opacity: opacity('strokeOpacity'), as: 'stroke', need: 3 });
  checkLegends(enc, where, out);
}

/** The data field a sibling cell layer (rect or bar) takes its fill from, with `scale: null`. */
function cellFillField(layer: Json, rows: Json[] | undefined): string | undefined {
  const mark = typeof layer.mark === 'string' ? layer.mark : (layer.mark as Json | undefined)?.type;
  if (mark !== 'rect' && mark !== 'bar') return undefined;
  const own = rowsOf(layer.data);
  if (own && rows && JSON.stringify(own) !== JSON.stringify(rows)) return undefined;
  const enc = isObject(layer.encoding) ? layer.encoding : {};
  const def = [enc.color, enc.fill].find(
    (d) => isObject(d) && d.scale === null && typeof d.field === 'string',
  );
  return isObject(def) ? (def.field as string) : undefined;
}

/**
 * A legend shows the colours of its channel as symbols or a gradient: where one of them is too
 * light for white, the legend outlines them (its own stroke colour, or a stroke channel on the
 * same field that merges into the legend).
 */
function checkLegends(enc: Json, where: string, out: Walk): void {
  for (const channel of ['color', 'fill']) {
    const def = enc[channel];
    if (!isObject(def) || def.legend === null || typeof def.field !== 'string') continue;
    if (isObject(def.scale) || def.scale === undefined) {
      const range =
        isObject(def.scale) && Array.isArray(def.scale.range) ? (def.scale.range as string[]) : [];
      const light = range.filter((c) => !isBackground(c) && onWhite(c) < 3);
      if (light.length === 0) continue;
      const legend = isObject(def.legend) ? def.legend : {};
      const own = [legend.symbolStrokeColor, legend.gradientStrokeColor].filter((c) => typeof c === 'string');
      const stroke = isObject(enc.stroke) && enc.stroke.field === def.field ? enc.stroke : undefined;
      const outlines = [
        ...(own as string[]),
        ...(stroke && isObject(stroke.scale) && Array.isArray(stroke.scale.range)
          ? (stroke.scale.range as string[])
          : []),
      ];
      const ok = outlines.length > 0 && outlines.every((c) => onWhite(c) >= 3);
      if (!ok)
        out.problems.push(`${where}: legend of ${channel} shows ${light.join(', ')} without an outline`);
    }
  }
}

/** The text and axis colours of the config (titles, labels, axis lines). */
function walkConfig(config: Json, where: string, out: Walk): void {
  const get = (path: string[]) => path.reduce<unknown>((x, k) => (isObject(x) ? x[k] : undefined), config);
  const title = isObject(config.title) ? config.title : {};
  const texts: [string[], number, boolean][] = [
    [['title', 'color'], Number(title.fontSize ?? 13), true],
    [['title', 'subtitleColor'], Number(title.subtitleFontSize ?? 12), false],
    [['axis', 'labelColor'], Number(get(['axis', 'labelFontSize']) ?? 10), false],
    [['axis', 'titleColor'], Number(get(['axis', 'titleFontSize']) ?? 11), false],
    [['legend', 'labelColor'], Number(get(['legend', 'labelFontSize']) ?? 10), false],
    [['text', 'color'], Number(get(['text', 'fontSize']) ?? 11), false],
  ];
  for (const [path, size, bold] of texts) {
    const color = get(path);
    if (typeof color === 'string')
      out.uses.push({
        where: `${where}/config/${path.join('.')}`,
        color,
        opacity: 1,
        as: 'text',
        need: isLarge(size, bold) ? 3 : 4.5,
      });
  }
  for (const path of [
    ['axis', 'domainColor'],
    ['axis', 'tickColor'],
  ]) {
    const color = get(path);
    if (typeof color === 'string')
      out.uses.push({ where: `${where}/config/${path.join('.')}`, color, opacity: 1, as: 'stroke', need: 3 });
  }
}

/** Every colour use of a spec, and what the walk could not read. */
function walkSpec({ name, spec }: NamedSpec): Walk {
  const out: Walk = { uses: [], problems: [] };
  const root = spec as unknown as Json;
  const config = isObject(root.config) ? root.config : {};
  walkConfig(config, name, out);
  walkView(root, name, undefined, {}, config, out);
  return out;
}

/** The contrast a use reaches: on white, or on its cell. */
function reached(use: Use): number {
  return use.on ? ratio(rgbOf(use.color), rgbOf(use.on)) : ratio(overWhite(use.color, use.opacity), WHITE);
}

/**
 * What fails: a text below its level; a mark whose fills are not all at 3:1 and whose outline
 * (if any) is not either. Background-coloured uses are knock-outs, not marks.
 */
function failures(walk: Walk): string[] {
  const failed: string[] = [...walk.problems];
  const byMark = new Map<string, Use[]>();
  for (const use of walk.uses) {
    if (use.as === 'text') {
      if (!use.on && isBackground(use.color)) continue;
      const r = reached(use);
      if (r < use.need)
        failed.push(
          `${use.where}: text ${use.color}${use.on ? ` on ${use.on}` : ''} ${r.toFixed(2)}:1 < ${use.need}`,
        );
      continue;
    }
    if (isBackground(use.color) && use.opacity === 1) continue;
    byMark.set(use.where, [...(byMark.get(use.where) ?? []), use]);
  }
  for (const [where, uses] of byMark) {
    const fills = uses.filter((u) => u.as === 'fill');
    const strokes = uses.filter((u) => u.as === 'stroke');
    const ok = (list: Use[]) => list.length > 0 && list.every((u) => reached(u) >= u.need);
    if (ok(strokes) || (fills.length > 0 && ok(fills))) continue;
    const worst = [...fills, ...strokes].sort((a, b) => reached(a) - reached(b))[0]!;
    failed.push(`${where}: ${worst.as} ${worst.color} ${reached(worst).toFixed(2)}:1 < 3`);
  }
  return failed;
}

let specs: NamedSpec[];
beforeAll(async () => {
  specs = await allSpecs();
});

describe('contrast of the charts', () => {
  it('the walk finds the colours: marks, cell text on its cell, legends and config', () => {
    const walks = specs.map(walkSpec);
    const uses = walks.flatMap((w) => w.uses);
    expect(walks.flatMap((w) => w.problems)).toEqual([]);
    const colors = new Set(uses.map((u) => u.color.toLowerCase()));
    for (const c of ['#0072b2', '#d55e00', '#222222', '#555555', '#ffffff'])
      expect(colors.has(c), c).toBe(true);
    // Heat-map text is read against its cell.
    expect(uses.some((u) => u.as === 'text' && u.on !== undefined && u.color === '#ffffff')).toBe(true);
  });

  it('every mark reaches 3:1 on white (or its outline does), every text 4.5:1 (large text 3:1)', () => {
    const failed = specs.flatMap((s) => failures(walkSpec(s)));
    expect(failed.slice(0, 20)).toEqual([]);
  });

  it('the test catches a light mark, a light text and a light legend', () => {
    const spec = (layer: Json) =>
      ({ name: 'probe', spec: { data: { values: [{ v: 1, c: 'a' }] }, ...layer } }) as unknown as NamedSpec;
    expect(failures(walkSpec(spec({ mark: { type: 'bar', color: '#E69F00' } })))).toHaveLength(1);
    expect(failures(walkSpec(spec({ mark: { type: 'bar', color: '#E69F00', stroke: '#8c8c8c' } })))).toEqual(
      [],
    );
    expect(failures(walkSpec(spec({ mark: { type: 'text', color: '#8c8c8c', fontSize: 18 } })))).toHaveLength(
      1,
    );
    expect(
      failures(
        walkSpec(spec({ mark: { type: 'text', color: '#8c8c8c', fontSize: 20, fontWeight: 'bold' } })),
      ),
    ).toEqual([]);
    expect(
      failures(
        walkSpec(
          spec({
            mark: { type: 'rect', stroke: '#333333' },
            encoding: {
              color: { field: 'c', type: 'nominal', scale: { domain: ['a'], range: ['#fdb863'] } },
            },
          }),
        ),
      ),
    ).toHaveLength(1);
    expect(
      failures(
        walkSpec(spec({ mark: { type: 'point', filled: true }, encoding: { color: { field: 'c' } } })),
      ),
    ).toHaveLength(1);
  });
});
