/**
 * Two groups side by side per item (residents vs professionals, region vs rest of the country):
 * a dot for each group with its 95% interval under it, the two joined by a line that is solid for a
 * significant difference, dotted for an indicative one (q below the level but a group too small)
 * and dashed for none; beside it the difference itself as a dot with its 95% interval around zero,
 * and the difference and both n written out. Items on different scales (1–5 items, ladder rungs,
 * 0–100 indices, shares) get a panel each, so no axis mixes scales.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Comparison } from '../../analyse/types.js';
import { type Verdict, verdictOf } from '../headlines.js';
import { bySize, differenceText, type Kind, kindOf } from './comparison-text.js';
import {
  fitLine,
  heading,
  intervalsUnderDots,
  isShown,
  labelLines,
  maxOf,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  wrap,
} from './parts.js';
import { COLOR, chartConfig, NAME_WIDTH, SIZE } from './theme.js';
import type { ChartContext } from './types.js';

// Label column, plot, difference and text together fit a slide beside its question (≤ 930 px).
const PLOT = 250;
const DIFF = 150;
const COLUMN = 140;

export interface ComparisonOptions {
  message: string;
  subtitle: string;
  /** Legend names of side a and side b. */
  a: string;
  b: string;
  description: string;
}

const DASH: Record<Exclude<Verdict, 'hidden'>, number[]> = {
  significant: [1, 0],
  indicative: [2, 4],
  none: [7, 5],
};

/** The legend text of each verdict. */
function verdictNames(ctx: ChartContext): Record<Exclude<Verdict, 'hidden'>, string> {
  return {
    significant: say('significant', ctx.lang),
    indicative: say('indicative', ctx.lang, { nmin: ctx.methods.minComparisonN }),
    none: say('notSignificant', ctx.lang),
  };
}

/** The spec of a comparison chart, or null when there is nothing to compare. */
export function toComparisonSpec(
  rows: Comparison[],
  ctx: ChartContext,
  options: ComparisonOptions,
): TopLevelSpec | null {
  if (rows.length === 0) return null;
  const { lang, labels } = ctx;
  // The two sides name the legend and a hidden side in the text column: a region's name, for one.
  const a = fitLine(options.a, NAME_WIDTH, SIZE.label);
  const b = fitLine(options.b, NAME_WIDTH, SIZE.label);
  const groups = new Map<string, { kind: Kind; rows: Comparison[] }>();
  for (const c of rows) {
    const kind = kindOf(c, ctx);
    const group = groups.get(kind.id) ?? { kind, rows: [] };
    group.rows.push(c);
    groups.set(kind.id, group);
  }
  const names = verdictNames(ctx);
  const used = new Set(rows.map((c) => verdictOf(c, ctx.methods)).filter((v) => v !== 'hidden'));
  const legendVerdicts = (['significant', 'indicative', 'none'] as const).filter((v) => used.has(v));
  const allLines: Record<string, string[]> = {};
  let next = 0;
  const panels = [...groups.values()].map(({ kind, rows: items }) => {
    const sorted = [...items].sort(bySize);
    const keyed = sorted.map((c) => {
      const key = rowKey(next++);
      allLines[key] = labelLines(labels.shortLabel(c.item));
      return { key, c, verdict: verdictOf(c, ctx.methods) };
    });
    const points = keyed.flatMap(({ key, c }) =>
      [
        { who: a, e: c.a },
        { who: b, e: c.b },
      ]
        .filter((p) => isShown(p.e))
        .map((p) => ({
          key,
          who: p.who,
          isA: p.who === a,
          value: p.e.estimate,
          low: p.e.ciLow ?? p.e.estimate,
          high: p.e.ciHigh ?? p.e.estimate,
        })),
    );
    const lines = keyed
      .filter(({ c, verdict }) => isShown(c.a) && isShown(c.b) && verdict !== 'hidden')
      .map(({ key, c, verdict }) => ({
        key,
        a: c.a.estimate,
        b: c.b.estimate,
        verdict: names[verdict as Exclude<Verdict, 'hidden'>],
      }));
    const differences = keyed.flatMap(({ key, c, verdict }) => {
      const d = c.difference;
      if (!isShown(d)) return [];
      return [
        {
          key,
          value: d.estimate,
          low: d.ciLow ?? d.estimate,
          high: d.ciHigh ?? d.estimate,
          strong: verdict === 'significant',
        },
      ];
    });
    const texts = keyed.map(({ key, c, verdict }) => {
      const shown = isShown(c.difference);
      return {
        key,
        difference: differenceText(c, kind, ctx, [a, b]),
        n: shown ? say('nPair', lang, { a: labels.number(c.a.n, 0), b: labels.number(c.b.n, 0) }) : '',
        shown,
        significant: verdict === 'significant',
      };
    });
    const keys = keyed.map((k) => k.key);
    const step = Math.max(44, rowStep(maxOf(keys.map((k) => allLines[k]?.length ?? 1))));
    const x = { type: 'quantitative' as const, scale: { domain: kind.domain, nice: false } };
    const y = { field: 'key', type: 'nominal' as const, sort: keys };
    const spread = maxOf(
      differences.map((d) => Math.max(Math.abs(d.low), Math.abs(d.high))),
      kind.step,
    );
    const dx = {
      type: 'quantitative' as const,
      scale: { domain: [-spread * 1.1, spread * 1.1], nice: false },
    };
    const text = (filter: object, mark: object, field: string, dy: number) => ({
      transform: [{ filter }],
      mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dy, x: 0, ...mark },
      encoding: { text: { field, type: 'nominal' as const } },
    });
    return {
      spacing: 20,
      resolve: { scale: { y: 'shared' as const } },
      hconcat: [
        {
          width: PLOT,
          height: { step },
          encoding: { y: { ...y, axis: rowLabels(allLines).axis } },
          layer: [
            {
              data: { values: lines },
              mark: { type: 'rule' as const, color: '#6f6f6f', strokeWidth: 3 },
              encoding: {
                x: {
                  ...x,
                  field: 'a',
                  // Wrapped to the plot, so a long scale name does not push the next panel away.
                  title: wrap(kind.title, PLOT + 40, SIZE.label),
                  axis: { values: kind.values, grid: true, format: kind.percent ? '.0%' : '.0f' },
                },
                x2: { field: 'b' },
                strokeDash: {
                  field: 'verdict',
                  type: 'nominal' as const,
                  scale: {
                    domain: legendVerdicts.map((v) => names[v]),
                    range: legendVerdicts.map((v) => DASH[v]),
                  },
                  // Under the plots: the two legends side by side at the top would be wider than the chart.
                  legend: {
                    title: null,
                    orient: 'bottom' as const,
                    direction: 'horizontal' as const,
                    symbolStrokeWidth: 4,
                  },
                },
              },
            },
            ...intervalsUnderDots(points, x, 'isA', [COLOR.blue, COLOR.vermillion]),
            {
              data: { values: points },
              mark: { type: 'point' as const, filled: true, size: 300, opacity: 1 },
              encoding: {
                x: { ...x, field: 'value' },
                color: {
                  field: 'who',
                  type: 'nominal' as const,
                  scale: { domain: [a, b], range: [COLOR.blue, COLOR.vermillion] },
                  legend: {
                    title: null,
                    orient: 'top' as const,
                    direction: 'horizontal' as const,
                    symbolType: 'circle',
                  },
                },
              },
            },
          ],
        },
        {
          width: DIFF,
          height: { step },
          layer: [
            {
              data: { values: [{ zero: 0 }] },
              mark: { type: 'rule' as const, color: COLOR.text, strokeWidth: 1.5 },
              encoding: {
                x: {
                  ...dx,
                  field: 'zero',
                  title: wrap(say('differenceAxis', lang), DIFF + 40, SIZE.label),
                  axis: { tickCount: 3, grid: true },
                },
              },
            },
            {
              data: { values: differences },
              mark: { type: 'rule' as const, strokeWidth: 3, color: COLOR.rule },
              encoding: { y: { ...y, axis: null }, x: { ...dx, field: 'low' }, x2: { field: 'high' } },
            },
            ...[true, false].map((strong) => ({
              data: { values: differences },
              transform: [{ filter: strong ? 'datum.strong' : '!datum.strong' }],
              mark: {
                type: 'point' as const,
                filled: true,
                size: 200,
                opacity: 1,
                shape: 'diamond',
                color: strong ? COLOR.text : COLOR.grey,
              },
              encoding: { y: { ...y, axis: null }, x: { ...dx, field: 'value' } },
            })),
          ],
        },
        {
          width: COLUMN,
          height: { step },
          data: { values: texts },
          encoding: { y: { ...y, axis: null } },
          layer: [
            text({ field: 'significant', equal: true }, { fontWeight: 'bold' }, 'difference', -9),
            text(
              {
                and: [
                  { field: 'shown', equal: true },
                  { field: 'significant', equal: false },
                ],
              },
              {},
              'difference',
              -9,
            ),
            text({ field: 'shown', equal: false }, { color: COLOR.suppressed }, 'difference', 0),
            text({ field: 'shown', equal: true }, { color: COLOR.muted, fontSize: SIZE.note }, 'n', 11),
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
