/**
 * Importance–performance: each theme as a point (how well it goes now → x, how important → y),
 * dashed lines at the mean over the themes, and the four quadrants named in their corners:
 * "kans" (important, going badly), "sterk punt", "minder urgent", "overschat". Points take the
 * quadrant analyse assigned; labels are placed so they do not overlap.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { IpaResult, Quadrant, RegionResult } from '../../analyse/types.js';
import { type Lang, tr } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import {
  heading,
  isShown,
  maxOf,
  minOf,
  nSpan,
  SCHEMA,
  type Shown,
  say,
  suppressedMark,
  wrap,
} from './parts.js';
import { type Box, placeLabels } from './place-labels.js';
import { estimateCell, intervalColumn, nCell, nColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

const W = 720;
const H = 420;
const POINT_SIZE = 320;
const CORNER_SIZE = 20;
const LINE = SIZE.text + 3;

const QUADRANT_COLOR: Record<Quadrant, string> = {
  kans: COLOR.vermillion,
  sterk_punt: COLOR.green,
  minder_urgent: COLOR.grey,
  overschat: COLOR.blue,
};
const QUADRANTS: Quadrant[] = ['kans', 'sterk_punt', 'minder_urgent', 'overschat'];

type ShownIpa = IpaResult & { importance: Shown; performance: Shown; quadrant: Quadrant };
const isShownIpa = (r: IpaResult): r is ShownIpa =>
  isShown(r.importance) && isShown(r.performance) && r.quadrant !== null;

/** Axis domain around `values`: padded by 0.3, out to the half point, within 1–5. */
function domainOf(values: number[]): [number, number] {
  const low = Math.max(1, Math.floor((minOf(values) - 0.3) * 2) / 2);
  const high = Math.min(5, Math.ceil((maxOf(values) + 0.3) * 2) / 2);
  return [low, Math.max(high, low + 1)];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function message(region: RegionResult, lang: Lang): string {
  const label = (id: string) => region.ipa.find((r) => r.theme === id);
  const top = region.opportunities
    .map(label)
    .filter((r): r is IpaResult => !!r)
    .slice(0, 2)
    .map((r) => tr(r.label, lang).toLowerCase());
  if (top.length === 0) return say('ipaMessageNone', lang);
  const themes = top.join(` ${say('and', lang)} `);
  return say(top.length === 1 ? 'ipaMessage' : 'ipaMessagePlural', lang, { themes });
}

function ipaSpec(region: RegionResult, ctx: ChartContext, chart: ChartDef): TopLevelSpec | null {
  const { lang } = ctx;
  const shown = region.ipa.filter(isShownIpa);
  if (shown.length === 0) return null;
  const bounds = (e: Shown) => [e.ciLow ?? e.estimate, e.estimate, e.ciHigh ?? e.estimate];
  const xDomain = domainOf(shown.flatMap((r) => bounds(r.performance)));
  const yDomain = domainOf(shown.flatMap((r) => bounds(r.importance)));
  const px = (v: number) => ((v - xDomain[0]) / (xDomain[1] - xDomain[0])) * W;
  const py = (v: number) => H - ((v - yDomain[0]) / (yDomain[1] - yDomain[0])) * H;
  // Reference lines: the mean over the shown themes of each axis (the quadrants' grand means).
  const meanPerformance = mean(shown.map((r) => r.performance.estimate));
  const meanImportance = mean(shown.map((r) => r.importance.estimate));

  const corners = QUADRANTS.map((q) => {
    const text = say(q, lang);
    const width = textWidth(text, CORNER_SIZE, true);
    const right = q === 'sterk_punt' || q === 'overschat';
    const top = q === 'kans' || q === 'sterk_punt';
    const x = right ? W - 10 - width : 10;
    const y = top ? 8 : H - 8 - CORNER_SIZE * 1.2;
    return { quadrant: q, text, x, y, box: { x, y, width, height: CORNER_SIZE * 1.2 } as Box };
  });
  const order = [...shown].sort((a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant));
  const lines = order.map((r) => wrap(tr(r.label, lang), 190, SIZE.text, false, 2));
  const boxes = placeLabels(
    order.map((r, i) => ({
      x: px(r.performance.estimate),
      y: py(r.importance.estimate),
      r: Math.sqrt(POINT_SIZE / Math.PI) + 1,
      width: maxOf((lines[i] ?? ['']).map((l) => textWidth(l, SIZE.text))),
      height: (lines[i]?.length ?? 1) * LINE,
    })),
    { x: 0, y: 0, width: W, height: H },
    [
      ...corners.map((c) => c.box),
      // The reference lines, thin: a label may cross one when nothing else fits.
      { x: px(meanPerformance) - 2, y: 0, width: 4, height: H },
      { x: 0, y: py(meanImportance) - 2, width: W, height: 4 },
    ],
  );
  const points = order.map((r, i) => ({
    performance: r.performance.estimate,
    importance: r.importance.estimate,
    pLow: r.performance.ciLow ?? r.performance.estimate,
    pHigh: r.performance.ciHigh ?? r.performance.estimate,
    iLow: r.importance.ciLow ?? r.importance.estimate,
    iHigh: r.importance.ciHigh ?? r.importance.estimate,
    quadrant: say(r.quadrant, lang),
    lx: boxes[i]?.x ?? 0,
    ly: boxes[i]?.y ?? 0,
    lines: lines[i],
  }));
  const hidden = region.ipa.filter((r) => !isShownIpa(r)).map((r) => tr(r.label, lang));
  const subtitle = [
    say('ipaSubtitle', lang, {
      n: nSpan(
        shown.flatMap((r) => [r.importance, r.performance]),
        lang,
      ),
    }),
  ];
  if (hidden.length > 0)
    subtitle.push(say('ipaSuppressed', lang, { min: ctx.minCell, themes: hidden.join(', ') }));
  const color = {
    field: 'quadrant',
    type: 'nominal' as const,
    scale: { domain: QUADRANTS.map((q) => say(q, lang)), range: QUADRANTS.map((q) => QUADRANT_COLOR[q]) },
    legend: null,
  };
  const tick = (d: [number, number]) => Array.from({ length: (d[1] - d[0]) * 2 + 1 }, (_, i) => d[0] + i / 2);
  const x = { type: 'quantitative' as const, scale: { domain: xDomain, nice: false } };
  const y = { type: 'quantitative' as const, scale: { domain: yDomain, nice: false } };
  const dashed = { type: 'rule' as const, strokeDash: [8, 6], strokeWidth: 2, color: COLOR.rule };
  return {
    $schema: SCHEMA,
    description: chart.alt(region, ctx),
    title: heading(message(region, lang), subtitle),
    config: chartConfig(lang),
    width: W,
    height: H,
    layer: [
      { data: { values: [{ v: meanPerformance }] }, mark: dashed, encoding: { x: { ...x, field: 'v' } } },
      { data: { values: [{ v: meanImportance }] }, mark: dashed, encoding: { y: { ...y, field: 'v' } } },
      {
        data: { values: points },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: {
              x: { ...x, field: 'pLow' },
              x2: { field: 'pHigh' },
              y: { ...y, field: 'importance' },
              color,
            },
          },
          {
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: {
              y: { ...y, field: 'iLow' },
              y2: { field: 'iHigh' },
              x: { ...x, field: 'performance' },
              color,
            },
          },
          {
            mark: { type: 'point', filled: true, size: POINT_SIZE, opacity: 1 },
            encoding: {
              x: {
                ...x,
                field: 'performance',
                title: say('ipaX', lang),
                axis: { values: tick(xDomain), grid: true, format: '.1f' },
              },
              y: {
                ...y,
                field: 'importance',
                title: say('ipaY', lang),
                axis: { values: tick(yDomain), grid: true, format: '.1f' },
              },
              color,
            },
          },
          {
            mark: { type: 'text', align: 'left', baseline: 'top', lineHeight: LINE },
            encoding: {
              x: { field: 'lx', type: 'quantitative', scale: null },
              y: { field: 'ly', type: 'quantitative', scale: null },
              text: { field: 'lines', type: 'nominal' },
            },
          },
        ],
      },
      {
        data: {
          values: corners.map(({ box: _, ...c }) => ({
            ...c,
            text: c.text,
            quadrant: say(c.quadrant, lang),
          })),
        },
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: CORNER_SIZE, fontWeight: 'bold' },
        encoding: {
          x: { field: 'x', type: 'quantitative', scale: null },
          y: { field: 'y', type: 'quantitative', scale: null },
          text: { field: 'text', type: 'nominal' },
          color,
        },
      },
    ],
  };
}

/** Importance against performance per theme (the questions `items`), with the four quadrants. */
export function ipaChart(items: readonly string[]): ChartDef {
  const chart: ChartDef = {
    id: 'ipa',
    items,
    title: (ctx) => say('ipaTitle', ctx.lang),
    spec: (region, ctx) => ipaSpec(region, ctx, chart),
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const f = (v: number) => labels.number(v, 1);
      const rows = region.ipa.map((r) => {
        const label = labels.t(r.label);
        if (!isShownIpa(r)) return `${label}: ${suppressedMark(r.importance, ctx)}`;
        return say('ipaAltRow', lang, {
          label,
          imp: f(r.importance.estimate),
          impLow: f(r.importance.ciLow ?? r.importance.estimate),
          impHigh: f(r.importance.ciHigh ?? r.importance.estimate),
          perf: f(r.performance.estimate),
          perfLow: f(r.performance.ciLow ?? r.performance.estimate),
          perfHigh: f(r.performance.ciHigh ?? r.performance.estimate),
          quadrant: say(r.quadrant, lang).toLowerCase(),
          nImp: labels.number(r.importance.n, 0),
          nPerf: labels.number(r.performance.n, 0),
        });
      });
      return say('ipaAlt', lang, { rows: rows.join('; ') });
    },
    table(region, ctx) {
      const { lang, labels } = ctx;
      const f = (v: number) => labels.number(v, 1);
      const importance = sayTable('importance', lang);
      const performance = sayTable('performance', lang);
      return {
        caption: sayTable('ipaCaption', lang),
        columns: [
          textColumn(sayTable('theme', lang)),
          intervalColumn(importance, lang),
          nColumn(lang, importance),
          intervalColumn(performance, lang),
          nColumn(lang, performance),
          textColumn(sayTable('quadrant', lang)),
        ],
        rows: region.ipa.map((r) => {
          // A theme is drawn only with both numbers: one hidden hides the other.
          const shown = isShownIpa(r);
          const cell = (e: IpaResult['importance']) =>
            shown ? estimateCell(e, f, ctx) : suppressedMark(e, ctx);
          return [
            labels.t(r.label),
            cell(r.importance),
            shown ? nCell(r.importance, ctx) : '–',
            cell(r.performance),
            shown ? nCell(r.performance, ctx) : '–',
            shown ? say(r.quadrant, lang) : '–',
          ];
        }),
      };
    },
  };
  return chart;
}
