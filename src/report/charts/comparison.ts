/**
 * Two groups side by side per item (residents vs professionals, region vs rest of the country):
 * a dot for each group joined by a line, solid where the difference is significant (BH q < 0.05,
 * both n ≥ 30; the `significant` flag from analyse) and dashed where not, with the difference
 * and both n written beside it. Items on different scales (1–5 items, ladder rungs, 0–100
 * indices, shares) get a panel each, so no axis mixes scales.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Comparison, Estimate } from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import { formatNumber, formatPercent, type Lang } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import {
  heading,
  isShown,
  itemLabel,
  labelLines,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  scaleEnds,
  scaleOf,
  signed,
  suppressedMark,
} from './parts.js';
import { COLOR, chartConfig, SIZE } from './theme.js';
import type { ChartContext } from './types.js';

const PLOT = 470;
const COLUMN = 250;

export interface ComparisonOptions {
  message: string;
  subtitle: string;
  /** Legend names of side a and side b. */
  a: string;
  b: string;
  description: string;
}

interface Kind {
  id: string;
  domain: [number, number];
  values: number[];
  title: string;
  percent: boolean;
}

/** The scale an item is drawn on: its Likert or ladder scale, 0–100 for an index, 0–1 for a share. */
function kindOf(c: Comparison, codebook: Codebook, lang: Lang): Kind {
  if (c.a.indicator.includes('share')) {
    return { id: 'share', domain: [0, 1], values: [0, 0.25, 0.5, 0.75, 1], title: say('axisShare', lang), percent: true };
  }
  const scale = scaleOf(codebook, c.item);
  const question = codebook.questions.find((q) => q.id === c.item);
  if (scale && question) {
    const codes = scale.options.map((o) => o.code);
    const ladder = question.type === 'ladder';
    return {
      id: `${question.type}:${scale.id}`,
      domain: [Math.min(...codes), Math.max(...codes)],
      values: codes,
      title: say(ladder ? 'axisLadder' : 'axisMean', lang, { ends: scaleEnds(scale, lang) }),
      percent: false,
    };
  }
  return { id: 'index', domain: [0, 100], values: [0, 25, 50, 75, 100], title: say('axisIndex', lang), percent: false };
}

function value(e: Estimate, kind: Kind, lang: Lang): string {
  return kind.percent ? formatPercent(e.estimate ?? 0, lang) : formatNumber(e.estimate ?? 0, lang, kind.id === 'index' ? 0 : 1);
}

function differenceText(c: Comparison, kind: Kind, ctx: ChartContext, names: [string, string]): string {
  const d = c.difference;
  if (!isShown(d)) {
    const hidden = [c.a, c.b].map((e, i) => ({ e, name: names[i] })).filter((s) => !isShown(s.e));
    const one = hidden.length === 1 ? hidden[0] : undefined;
    return one ? `${one.name}: ${suppressedMark(one.e, ctx)}` : suppressedMark(hidden[0]?.e ?? d, ctx);
  }
  if (kind.percent) return say('percentPoints', ctx.lang, { d: signed(d.estimate * 100, ctx.lang, 0) });
  return signed(d.estimate, ctx.lang, 1);
}

/** Sort: largest difference first, items without a shown difference last. */
function bySize(a: Comparison, b: Comparison): number {
  const size = (c: Comparison) => (isShown(c.difference) ? Math.abs(c.difference.estimate) : -1);
  return size(b) - size(a);
}

/** The spec of a comparison chart, or null when there is nothing to compare. */
export function toComparisonSpec(rows: Comparison[], ctx: ChartContext, options: ComparisonOptions): TopLevelSpec | null {
  if (rows.length === 0) return null;
  const { lang } = ctx;
  const groups = new Map<string, { kind: Kind; rows: Comparison[] }>();
  for (const c of rows) {
    const kind = kindOf(c, ctx.codebook, lang);
    const group = groups.get(kind.id) ?? { kind, rows: [] };
    group.rows.push(c);
    groups.set(kind.id, group);
  }
  const sig = say('significant', lang);
  const notSig = say('notSignificant', lang);
  const allLines: Record<string, string[]> = {};
  let next = 0;
  const panels = [...groups.values()].map(({ kind, rows: items }) => {
    const sorted = [...items].sort(bySize);
    const keyed = sorted.map((c) => {
      const key = rowKey(next++);
      allLines[key] = labelLines(itemLabel(ctx.codebook, c.item, lang));
      return { key, c };
    });
    const points = keyed.flatMap(({ key, c }) =>
      [
        { who: options.a, e: c.a },
        { who: options.b, e: c.b },
      ]
        .filter((p) => isShown(p.e))
        .map((p) => ({ key, who: p.who, value: p.e.estimate })),
    );
    const lines = keyed
      .filter(({ c }) => isShown(c.a) && isShown(c.b))
      .map(({ key, c }) => ({ key, a: c.a.estimate, b: c.b.estimate, sig: c.significant ? sig : notSig }));
    const texts = keyed.map(({ key, c }) => {
      const difference = differenceText(c, kind, ctx, [options.a, options.b]);
      const n = say('nPair', lang, { a: formatNumber(c.a.n, lang, 0), b: formatNumber(c.b.n, lang, 0) });
      const shown = isShown(c.difference);
      return {
        key,
        difference,
        n: shown ? n : '',
        nx: textWidth(difference, SIZE.text, true) + 12,
        shown,
        significant: shown && c.significant,
      };
    });
    const keys = keyed.map((k) => k.key);
    const step = rowStep(Math.max(...keys.map((k) => allLines[k]?.length ?? 1)));
    const x = { type: 'quantitative' as const, scale: { domain: kind.domain, nice: false } };
    const y = { field: 'key', type: 'nominal' as const, sort: keys };
    const text = (filter: object, mark: object, field: string, xEnc: object) => ({
      transform: [{ filter }],
      mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, ...mark },
      encoding: { x: xEnc, text: { field, type: 'nominal' as const } },
    });
    return {
      spacing: 36,
      resolve: { scale: { y: 'shared' as const } },
      hconcat: [
        {
          width: PLOT,
          height: { step },
          encoding: { y: { ...y, axis: rowLabels(allLines).axis } },
          layer: [
            {
              data: { values: lines },
              mark: { type: 'rule' as const, color: '#6f6f6f' },
              encoding: {
                x: {
                  ...x,
                  field: 'a',
                  title: kind.title,
                  axis: { values: kind.values, grid: true, format: kind.percent ? '.0%' : '.0f' },
                },
                x2: { field: 'b' },
                strokeDash: {
                  field: 'sig',
                  type: 'nominal' as const,
                  scale: { domain: [sig, notSig], range: [[1, 0], [6, 5]] },
                  legend: { title: null, orient: 'top' as const, direction: 'vertical' as const, symbolStrokeWidth: 4 },
                },
                strokeWidth: { condition: { test: { field: 'sig', equal: sig }, value: 5 }, value: 3 },
              },
            },
            {
              data: { values: points },
              mark: { type: 'point' as const, filled: true, size: 380, opacity: 1 },
              encoding: {
                x: { ...x, field: 'value' },
                color: {
                  field: 'who',
                  type: 'nominal' as const,
                  scale: { domain: [options.a, options.b], range: [COLOR.blue, COLOR.orange] },
                  legend: { title: null, orient: 'top' as const, direction: 'vertical' as const, symbolType: 'circle' },
                },
              },
            },
          ],
        },
        {
          width: COLUMN,
          height: { step },
          title: { text: say('differenceHeader', lang), fontSize: SIZE.label, anchor: 'start' as const, offset: 12 },
          data: { values: texts },
          encoding: { y: { ...y, axis: null } },
          layer: [
            text({ field: 'significant', equal: true }, { fontWeight: 'bold' }, 'difference', { value: 0 }),
            text({ and: [{ field: 'shown', equal: true }, { field: 'significant', equal: false }] }, {}, 'difference', {
              value: 0,
            }),
            text({ field: 'shown', equal: false }, { color: COLOR.suppressed }, 'difference', { value: 0 }),
            text({ field: 'shown', equal: true }, { color: COLOR.muted }, 'n', {
              field: 'nx',
              type: 'quantitative',
              scale: null,
            }),
          ],
        },
      ],
    };
  });
  return {
    $schema: SCHEMA,
    description: options.description,
    title: heading(options.message, [options.subtitle]),
    config: chartConfig(lang),
    params: [rowLabels(allLines).param],
    spacing: 36,
    vconcat: panels,
  } as TopLevelSpec;
}

/** The text alternative: each item's two values, both n and the difference. */
export function toComparisonAlt(rows: Comparison[], ctx: ChartContext, title: string, a: string, b: string): string {
  const { lang } = ctx;
  const described = [...rows].sort(bySize).map((c) => {
    const label = itemLabel(ctx.codebook, c.item, lang);
    const kind = kindOf(c, ctx.codebook, lang);
    const side = (e: Estimate) => (isShown(e) ? value(e, kind, lang) : suppressedMark(e, ctx));
    return say('compareAltRow', lang, {
      label,
      a,
      va: side(c.a),
      na: formatNumber(c.a.n, lang, 0),
      b,
      vb: side(c.b),
      nb: formatNumber(c.b.n, lang, 0),
      d: differenceText(c, kind, ctx, [a, b]),
      sig: c.significant ? say('altSignificant', lang) : '',
    });
  });
  return say('compareAlt', lang, { title, rows: described.join('; ') });
}

/** How many comparisons are significant, of how many with a shown difference. */
export function countSignificant(rows: Comparison[]): { k: number; m: number } {
  const shown = rows.filter((c) => isShown(c.difference));
  return { k: shown.filter((c) => c.significant).length, m: shown.length };
}
