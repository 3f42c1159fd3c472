/**
 * A group of Likert statements (the conditions, influence, or any block of them) as diverging
 * stacked bars: each statement's answer distribution centred on the middle of the scale,
 * disagreement to the left and agreement to the right, the share agreeing written after the bar;
 * beside it the share agreeing as a dot with its 95% interval. Statements are in the order of
 * the conditions profile (highest mean on top), so both charts and the summary name the same weakest.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { LikertResult, RegionResult } from '../../analyse/types.js';
import type { Scale } from '../../model/codebook.js';
import { joinNames } from '../headlines.js';
import { textWidth } from '../render/font-metrics.js';
import { groupResults, type ItemGroup, weakestOf } from './conditions.js';
import { dotPanel } from './dots.js';
import {
  fitNames,
  heading,
  isShown,
  labelLines,
  maxOf,
  nSpan,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  suppressedMark,
  tickValues,
} from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, numberColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, divergingColors, outlineOf, SIZE } from './theme.js';
import type { ChartContext, ChartDef, ChartTable } from './types.js';

/** Width of the diverging bars and of the share-agreeing panel beside them. */
const BARS = 380;
const AGREE = 150;

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

function agreeText(result: LikertResult, ctx: ChartContext): string {
  if (!isShown(result.shareAgree)) return suppressedMark(result.shareAgree, ctx);
  return say('agreeShort', ctx.lang, { pct: ctx.labels.percent(result.shareAgree.estimate) });
}

function likertSpec(group: ItemGroup, chart: () => ChartDef) {
  return (region: RegionResult, ctx: ChartContext): TopLevelSpec | null => {
    const items = groupResults(region, group.items);
    const first = items[0];
    const scale = first && ctx.labels.scaleOf(first.item);
    if (!first || !scale) return null;
    const { lang, labels } = ctx;
    const bars = items.map((r, i) => ({
      key: rowKey(i),
      parts: segments(r, scale),
      text: agreeText(r, ctx),
    }));
    const lines = items.map((r) => labelLines(labels.shortLabel(r.item)));
    const labelWidth = maxOf(
      lines.flat().map((l) => textWidth(l, SIZE.label)),
      0,
    );
    // A legend entry no wider than the bars under it, so a legend of one column stays over them.
    const options = fitNames(
      scale.options.map((o) => labels.t(o.label)),
      BARS + 24 - LEGEND_ENTRY,
      SIZE.label,
    );

    // Domain: the widest left side, and on the right room for the longest bar plus its text.
    const left = maxOf(
      bars.map((b) => -(b.parts?.[0]?.x ?? 0)),
      0.3,
    );
    const lo = Math.ceil(left * 10 - 1e-9) / 10;
    let hi = 0.3;
    for (const bar of bars) {
      const right = bar.parts?.at(-1)?.x2 ?? 0;
      const room = (12 + textWidth(bar.text, SIZE.text)) / BARS;
      hi = Math.max(hi, (right + room * lo) / (1 - room));
    }
    const maxRight = maxOf(
      bars.map((b) => b.parts?.at(-1)?.x2 ?? 0),
      0,
    );
    const ticks = tickValues(-lo, Math.min(1, maxRight), BARS / (lo + hi), [0.1, 0.2, 0.25, 0.5], 56);

    const weakest = weakestOf(items);
    const title = labels.t(group.title);
    const message =
      weakest.length > 0
        ? say('likertMessage', lang, {
            block: title,
            item: joinNames(
              weakest.map((r) => `‘${labels.shortLabel(r.item)}’`),
              lang,
            ),
            mean: labels.number(weakest[0]?.mean.estimate ?? 0, 1),
            pct: joinNames(
              weakest.map((r) => (isShown(r.shareAgree) ? labels.percent(r.shareAgree.estimate) : '–')),
              lang,
            ),
          })
        : say('likertTitle', lang, { block: title });
    const labelParam = rowLabels(Object.fromEntries(lines.map((l, i) => [rowKey(i), l])));
    const segmentRows = bars.flatMap((b) =>
      (b.parts ?? []).map((p) => ({ key: b.key, option: options[p.option], x: p.x, x2: p.x2 })),
    );
    const textRows = bars.map((b) => ({
      key: b.key,
      x: b.parts?.at(-1)?.x2 ?? 0,
      text: b.text,
      shown: !!b.parts,
    }));
    const step = rowStep(maxOf(lines.map((l) => l.length)));
    const keys = bars.map((b) => b.key);
    const y = { field: 'key', type: 'nominal' as const, sort: keys, axis: labelParam.axis };
    const x = { type: 'quantitative' as const, scale: { domain: [-lo, hi], nice: false } };
    // The share agreeing on an axis from 0 to just past the highest interval.
    const agreeAt = agreeAxis(
      maxOf(
        items.map((r) => (isShown(r.shareAgree) ? (r.shareAgree.ciHigh ?? 0) : 0)),
        0.25,
      ),
    );
    const agree = dotPanel({
      rows: items.map((r) => ({ label: labels.shortLabel(r.item), e: r.shareAgree, kind: 'item' as const })),
      name: 'agreeLabels',
      domain: [0, agreeAt.end],
      axis: { values: agreeAt.ticks, format: '.0%', title: say('agreeAxis', lang), grid: true },
      dotSize: 140,
      ctx,
      format: (v) => labels.percent(v),
      width: AGREE,
      labels: false,
      values: false,
    });
    const barsView = {
      width: BARS,
      height: { step },
      layer: [
        {
          data: { values: segmentRows },
          mark: { type: 'bar', height: { band: 0.7 }, strokeWidth: 1.5 },
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
              legend: {
                title: null,
                direction: 'horizontal',
                symbolType: 'square',
                columns: legendColumns(options, labelWidth),
              },
            },
            // Light segments get an outline in a darker shade of their colour (3:1 on white); the
            // legend merges with the colour legend, so its squares are outlined too.
            stroke: {
              field: 'option',
              type: 'nominal',
              scale: { domain: options, range: divergingColors(options.length).map(outlineOf) },
              legend: {},
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
    const agreeView = { ...agree.view, encoding: { y: { ...agree.view.encoding.y, sort: keys } } };
    return {
      $schema: SCHEMA,
      description: chart().alt(region, ctx),
      title: heading(message, [
        say('likertSubtitle', lang, {
          n: nSpan(
            items.map((r) => r.shareAgree),
            lang,
          ),
        }),
      ]),
      config: chartConfig(lang),
      params: [labelParam.param, agree.param],
      spacing: 24,
      resolve: { scale: { y: 'shared', color: 'independent', fill: 'independent', stroke: 'independent' } },
      hconcat: [barsView, agreeView],
    } as TopLevelSpec;
  };
}

/**
 * The agree panel's axis for shares up to `high`: from 0 to the next whole 10% (at most 100%),
 * with a tick at either end and one halfway, a whole 5% (0–70%: 35%). The 150 px panel has room
 * for three labels at the chart's size (a fourth is dropped by Vega, with one of the others); the
 * axis used to end at the next 25%, so that its halfway tick read 38% or 13%.
 */
export function agreeAxis(high: number): { end: number; ticks: number[] } {
  const tenths = Math.min(10, Math.max(1, Math.ceil(high * 10 - 1e-9)));
  return { end: tenths / 10, ticks: [0, tenths / 20, tenths / 10] };
}

/** What a legend entry takes besides its text (see `legendColumns`), in px. */
const LEGEND_ENTRY = 15 + 5 + 24;

/**
 * The most legend columns whose rows are no wider than the bars under them with their labels: the
 * legend belongs to the bars' view, so a wider one pushes the agree panel away and the chart past
 * a slide (English labels, seven options). Columns are as wide as their widest entry.
 */
function legendColumns(options: string[], labelWidth: number): number {
  // A symbol (√220 ≈ 15 px), its offset, the text and the padding between columns (theme.ts).
  const entries = options.map((o) => 15 + 5 + textWidth(o, SIZE.label) + 24);
  const room = labelWidth + 6 + BARS + 24;
  for (let columns = options.length; columns > 1; columns--) {
    const widths = Array.from({ length: columns }, (_, j) =>
      maxOf(entries.filter((_, i) => i % columns === j)),
    );
    if (widths.reduce((sum, w) => sum + w, 0) <= room) return columns;
  }
  return 1;
}

/** The diverging-bar chart of a group of Likert statements. */
export function likertChart(group: ItemGroup): ChartDef {
  const chart: ChartDef = {
    id: group.id,
    items: group.items,
    title: (ctx) => say('likertTitle', ctx.lang, { block: ctx.labels.t(group.title) }),
    spec: likertSpec(group, () => chart),
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const rows = groupResults(region, group.items).map((r) => {
        const label = labels.shortLabel(r.item);
        if (!isShown(r.shareAgree)) return `${label}: ${suppressedMark(r.shareAgree, ctx)}`;
        return say('likertAltRow', lang, {
          label,
          pct: labels.percent(r.shareAgree.estimate),
          low: labels.percent(r.shareAgree.ciLow ?? r.shareAgree.estimate),
          high: labels.percent(r.shareAgree.ciHigh ?? r.shareAgree.estimate),
          mean: isShown(r.mean) ? labels.number(r.mean.estimate, 1) : '–',
          n: labels.number(r.shareAgree.n, 0),
        });
      });
      return say('likertAlt', lang, { block: labels.t(group.title), rows: rows.join('; ') });
    },
    table: (region, ctx) => likertTable(group, region, ctx),
  };
  return chart;
}

/**
 * The data table of a Likert chart, statements in the chart's order: the share of each answer
 * (where the chart draws the bar), the share agreeing with its interval, the mean and n.
 */
function likertTable(group: ItemGroup, region: RegionResult, ctx: ChartContext): ChartTable {
  const { lang, labels } = ctx;
  const items = groupResults(region, group.items);
  const scale = items[0] && labels.scaleOf(items[0].item);
  const options = scale?.options ?? [];
  const percent = (v: number) => labels.percent(v);
  const mean = (v: number) => labels.number(v, 1);
  return {
    caption: sayTable('likertCaption', lang, { title: labels.t(group.title) }),
    columns: [
      textColumn(sayTable('statement', lang)),
      ...options.map((o) => numberColumn(labels.t(o.label))),
      intervalColumn(sayTable('agree', lang), lang),
      intervalColumn(sayTable('mean', lang), lang),
      nColumn(lang),
    ],
    rows: items.map((r) => {
      const drawn = scale ? segments(r, scale) : null;
      return [
        labels.shortLabel(r.item),
        ...options.map((o) => {
          const share = r.distribution.find((d) => d.category === String(o.code));
          return drawn && isShown(share) ? percent(share.estimate) : '–';
        }),
        estimateCell(r.shareAgree, percent, ctx),
        estimateCell(r.mean, mean, ctx, () => '–'),
        nCell(r.shareAgree, ctx),
      ];
    }),
  };
}
