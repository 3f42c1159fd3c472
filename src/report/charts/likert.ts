/**
 * One Likert block (e.g. D randvoorwaarden, E invloed) as diverging stacked bars: each
 * statement's answer distribution centred on the middle of the scale, disagreement to the left
 * and agreement to the right, sorted by the share agreeing, which is written after the bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { LikertResult, RegionResult } from '../../analyse/types.js';
import type { Scale } from '../../model/codebook.js';
import { formatNumber, formatPercent, tr } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import {
  heading,
  isShown,
  itemLabel,
  labelLines,
  nSpan,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  scaleOf,
  suppressedMark,
  tickValues,
} from './parts.js';
import { COLOR, chartConfig, divergingColors, PLOT_WIDTH, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

/** The block's items, most agreement first; items without a shown distribution last. */
function sortedItems(region: RegionResult, block: string): LikertResult[] {
  const agree = (r: LikertResult) => (isShown(r.shareAgree) ? r.shareAgree.estimate : -1);
  return region.likert.filter((r) => r.block === block).sort((a, b) => agree(b) - agree(a));
}

/** Bar segments of one item: [start, end] per option, with the middle of the scale at 0. */
function segments(result: LikertResult, scale: Scale): { option: number; x: number; x2: number }[] | null {
  const k = scale.options.length;
  const shares = scale.options.map((o) => result.distribution.find((d) => d.category === String(o.code)));
  if (!shares.every(isShown)) return null;
  const values = shares.map((s) => s?.estimate ?? 0);
  const middle = (k - 1) / 2;
  let start = -values.reduce((sum, v, i) => sum + (i < middle ? v : i === middle ? v / 2 : 0), 0);
  return values.map((v, option) => {
    const segment = { option, x: start, x2: start + v };
    start += v;
    return segment;
  });
}

function blockTitle(ctx: ChartContext, block: string): string {
  const found = ctx.codebook.blocks.find((b) => b.id === block);
  return found ? tr(found.title, ctx.lang) : block;
}

function agreeText(result: LikertResult, ctx: ChartContext): string {
  if (!isShown(result.shareAgree)) return suppressedMark(result.shareAgree, ctx);
  const n = say('n', ctx.lang, { n: formatNumber(result.shareAgree.n, ctx.lang, 0) });
  return say('agreeText', ctx.lang, { pct: formatPercent(result.shareAgree.estimate, ctx.lang), n });
}

function likertSpec(region: RegionResult, ctx: ChartContext, block: string): TopLevelSpec | null {
  const items = sortedItems(region, block);
  const first = items[0];
  const scale = first && scaleOf(ctx.codebook, first.item);
  if (!first || !scale) return null;
  const { lang } = ctx;
  const options = scale.options.map((o) => tr(o.label, lang));
  const bars = items.map((r, i) => ({ key: rowKey(i), parts: segments(r, scale), text: agreeText(r, ctx) }));
  const lines = items.map((r) => labelLines(itemLabel(ctx.codebook, r.item, lang)));

  // Domain: the widest left side, and on the right room for the longest bar plus its text.
  const left = Math.max(0.3, ...bars.map((b) => -(b.parts?.[0]?.x ?? 0)));
  const lo = Math.ceil(left * 10 - 1e-9) / 10;
  let hi = 0.3;
  for (const bar of bars) {
    const right = bar.parts?.at(-1)?.x2 ?? 0;
    const room = (12 + textWidth(bar.text, SIZE.text)) / PLOT_WIDTH;
    hi = Math.max(hi, (right + room * lo) / (1 - room));
  }
  const maxRight = Math.max(0, ...bars.map((b) => b.parts?.at(-1)?.x2 ?? 0));
  const ticks = tickValues(-lo, Math.min(1, maxRight), PLOT_WIDTH / (lo + hi), [0.1, 0.2, 0.25, 0.5], 56);

  const shownItems = items.filter((r) => isShown(r.shareAgree));
  const least = shownItems.at(-1);
  const title = blockTitle(ctx, block);
  const message = least
    ? say('likertMessage', lang, {
        block: title,
        item: itemLabel(ctx.codebook, least.item, lang),
        pct: formatPercent((least.shareAgree.estimate as number) ?? 0, lang),
      })
    : say('likertTitle', lang, { block: title });
  const labels = rowLabels(Object.fromEntries(lines.map((l, i) => [rowKey(i), l])));
  const segmentRows = bars.flatMap((b) =>
    (b.parts ?? []).map((p) => ({ key: b.key, option: options[p.option], x: p.x, x2: p.x2 })),
  );
  const textRows = bars.map((b) => ({
    key: b.key,
    x: b.parts?.at(-1)?.x2 ?? 0,
    text: b.text,
    shown: !!b.parts,
  }));
  const y = {
    field: 'key',
    type: 'nominal' as const,
    sort: bars.map((b) => b.key),
    axis: labels.axis,
  };
  const x = { type: 'quantitative' as const, scale: { domain: [-lo, hi], nice: false } };
  return {
    $schema: SCHEMA,
    description: likert(block).alt(region, ctx),
    title: heading(message, [
      say('likertSubtitle', lang, {
        n: nSpan(
          items.map((r) => r.shareAgree),
          lang,
        ),
      }),
    ]),
    config: chartConfig(lang),
    width: PLOT_WIDTH,
    height: { step: rowStep(Math.max(...lines.map((l) => l.length))) },
    params: [labels.param],
    layer: [
      {
        data: { values: segmentRows },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            ...x,
            field: 'x',
            title: say('likertAxis', lang),
            axis: { values: ticks, labelExpr: "format(abs(datum.value), '.0%')", grid: true },
          },
          x2: { field: 'x2' },
          color: {
            field: 'option',
            type: 'nominal',
            scale: { domain: options, range: divergingColors(options.length) },
            legend: { title: null, direction: 'horizontal', symbolType: 'square', columns: options.length },
          },
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: COLOR.text, strokeWidth: 1.5 },
        encoding: { x: { ...x, field: 'zero' } },
      },
      {
        data: { values: textRows },
        transform: [{ filter: { field: 'shown', equal: true } }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8 },
        encoding: { y, x: { ...x, field: 'x' }, text: { field: 'text', type: 'nominal' } },
      },
      {
        data: { values: textRows },
        transform: [{ filter: { field: 'shown', equal: false } }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10, color: COLOR.suppressed },
        encoding: { y, x: { ...x, field: 'x' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}

/** The diverging-bar chart of Likert block `block` (id `likert-<block>` in lower case). */
export function likert(block: string): ChartDef {
  return {
    id: `likert-${block.toLowerCase()}`,
    title: (ctx) => say('likertTitle', ctx.lang, { block: blockTitle(ctx, block) }),
    spec: (region, ctx) => likertSpec(region, ctx, block),
    alt(region, ctx) {
      const { lang } = ctx;
      const rows = sortedItems(region, block).map((r) => {
        const label = itemLabel(ctx.codebook, r.item, lang);
        if (!isShown(r.shareAgree)) return `${label}: ${suppressedMark(r.shareAgree, ctx)}`;
        return say('likertAltRow', lang, {
          label,
          pct: formatPercent(r.shareAgree.estimate, lang),
          mean: isShown(r.mean) ? formatNumber(r.mean.estimate, lang, 1) : '–',
          n: formatNumber(r.shareAgree.n, lang, 0),
        });
      });
      return say('likertAlt', lang, { block: blockTitle(ctx, block), rows: rows.join('; ') });
    },
  };
}
