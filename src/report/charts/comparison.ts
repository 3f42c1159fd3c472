/**
 * Two groups side by side per item (residents vs professionals, region vs rest of the country):
 * a dot for each group joined by a line, solid where the difference is significant (BH q < 0.05,
 * both n ≥ 30; the `significant` flag from analyse) and dashed where not, with the difference
 * and both n written beside it. Items on different scales (1–5 items, ladder rungs, 0–100
 * indices, shares) get a panel each, so no axis mixes scales.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Comparison } from '../../analyse/types.js';
import { formatNumber } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import { bySize, differenceText, type Kind, kindOf } from './comparison-text.js';
import { heading, isShown, itemLabel, labelLines, rowKey, rowLabels, rowStep, SCHEMA, say } from './parts.js';
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

/** The spec of a comparison chart, or null when there is nothing to compare. */
export function toComparisonSpec(
  rows: Comparison[],
  ctx: ChartContext,
  options: ComparisonOptions,
): TopLevelSpec | null {
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
                  scale: {
                    domain: [sig, notSig],
                    range: [
                      [1, 0],
                      [6, 5],
                    ],
                  },
                  legend: {
                    title: null,
                    orient: 'top' as const,
                    direction: 'vertical' as const,
                    symbolStrokeWidth: 4,
                  },
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
                  legend: {
                    title: null,
                    orient: 'top' as const,
                    direction: 'vertical' as const,
                    symbolType: 'circle',
                  },
                },
              },
            },
          ],
        },
        {
          width: COLUMN,
          height: { step },
          title: {
            text: say('differenceHeader', lang),
            fontSize: SIZE.label,
            anchor: 'start' as const,
            offset: 12,
          },
          data: { values: texts },
          encoding: { y: { ...y, axis: null } },
          layer: [
            text({ field: 'significant', equal: true }, { fontWeight: 'bold' }, 'difference', { value: 0 }),
            text(
              {
                and: [
                  { field: 'shown', equal: true },
                  { field: 'significant', equal: false },
                ],
              },
              {},
              'difference',
              {
                value: 0,
              },
            ),
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
