/**
 * A frequency matrix (several questions on one answer scale, such as how often each form of
 * participation was met) as a heat map: a row per question, a column per answer, each cell the
 * share choosing it with its 95% interval written under it. Rows keep the questionnaire order.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChoiceResult, RegionResult } from '../../analyse/types.js';
import type { Scale } from '../../model/codebook.js';
import type { RegioscanRole } from '../../model/roles.js';
import { extremesBy, inSentence, joinNames } from '../headlines.js';
import { textWidth } from '../render/font-metrics.js';
import type { ItemGroup } from './conditions.js';
import {
  heading,
  isShown,
  LABEL_LINE,
  labelLines,
  nSpan,
  rowKey,
  rowLabels,
  SCHEMA,
  say,
  wrap,
} from './parts.js';
import { COLOR, chartConfig, PLOT_WIDTH, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

/** Light to dark blue: ColorBrewer Blues, readable in grey print. */
const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

function resultsOf(region: RegionResult, items: readonly string[]): ChoiceResult[] {
  return items.flatMap((id) => region.choices.filter((c) => c.item === id));
}

/** An option that means "never" or "no": the low end of a frequency scale. */
export const NEVER = /^(nooit|never|nee|no|geen|none|not at all)\b/i;

/**
 * The forms of participation: the most used form is the one with the largest share answering
 * anything but "never" (the option whose label says so; none: no such headline).
 */
function mostUsed(results: ChoiceResult[], ctx: ChartContext, scale: Scale) {
  const option = [...scale.options].find((o) => NEVER.test(o.label.nl) || NEVER.test(o.label.en));
  if (!option) return null;
  const first = option.code;
  const used = results.flatMap((r) => {
    const never = r.shares.find((e) => e.category === String(first));
    return isShown(never) ? [{ r, share: 1 - never.estimate }] : [];
  });
  const best = extremesBy(used, (u) => u.share, 'high', 2);
  if (best.length === 0) return null;
  return {
    question: joinNames(
      best.map((b) => ctx.labels.shortLabel(b.r.item)),
      ctx.lang,
    ),
    pct: ctx.labels.percent(best[0]!.share),
    option: inSentence(ctx.labels.optionLabel(best[0]!.r.item, first)),
  };
}

/** The cell with the largest share, as the message names it. */
function largest(results: ChoiceResult[], ctx: ChartContext) {
  let best: { item: string; category: string; value: number } | null = null;
  for (const r of results)
    for (const e of r.shares)
      if (isShown(e) && (!best || e.estimate > best.value))
        best = { item: r.item, category: e.category, value: e.estimate };
  if (!best) return null;
  return {
    question: ctx.labels.shortLabel(best.item),
    option: inSentence(ctx.labels.optionLabel(best.item, best.category)),
    pct: ctx.labels.percent(best.value),
  };
}

function matrixSpec(group: ItemGroup, role: RegioscanRole | null, chart: () => ChartDef) {
  return (region: RegionResult, ctx: ChartContext): TopLevelSpec | null => {
    const results = resultsOf(region, group.items);
    const first = results[0];
    const scale = first && ctx.labels.scaleOf(first.item);
    if (!first || !scale) return null;
    const { lang, labels } = ctx;
    const cellWidth = PLOT_WIDTH / scale.options.length;
    const columns = Object.fromEntries(
      scale.options.map((o) => [
        String(o.code),
        wrap(labels.t(o.label), cellWidth - 8, SIZE.label, false, 3),
      ]),
    );
    const lines = Object.fromEntries(
      results.map((r, i) => [rowKey(i), labelLines(labels.shortLabel(r.item))]),
    );
    const rowParam = rowLabels(lines, 'rowLabels');
    const cells = results.flatMap((r, i) =>
      scale.options.map((o) => {
        const e = r.shares.find((s) => s.category === String(o.code));
        const shown = isShown(e);
        return {
          key: rowKey(i),
          option: String(o.code),
          shown,
          value: shown ? e.estimate : null,
          text: shown ? labels.percent(e.estimate) : say('cellSuppressed', lang, { min: ctx.minCell }),
          interval:
            shown && e.ciLow !== null && e.ciHigh !== null
              ? `${labels.percent(e.ciLow)}–${labels.percent(e.ciHigh)}`
              : '',
        };
      }),
    );
    const intervalFits = cells.every((c) => textWidth(c.interval, SIZE.note) <= cellWidth - 6);
    const x = {
      field: 'option',
      type: 'ordinal' as const,
      sort: scale.options.map((o) => String(o.code)),
      axis: {
        orient: 'top' as const,
        title: null,
        labelExpr: 'columnLabels[datum.value]',
        labelAngle: 0,
        labelLineHeight: SIZE.label + 3,
        ticks: false,
        domain: false,
        // Multi-line headers grow downwards from their first line: start them that much higher.
        labelPadding: 8 + (Math.max(...Object.values(columns).map((l) => l.length)) - 1) * (SIZE.label + 3),
      },
    };
    const y = {
      field: 'key',
      type: 'nominal' as const,
      sort: results.map((_, i) => rowKey(i)),
      axis: rowParam.axis,
    };
    const dark = { test: 'datum.value >= 0.45', value: 'white' };
    const used = role === 'forms' ? mostUsed(results, ctx, scale) : null;
    const big = used ? null : largest(results, ctx);
    const n = nSpan(
      results.flatMap((r) => r.shares),
      lang,
    );
    return {
      $schema: SCHEMA,
      description: chart().alt(region, ctx),
      title: heading(
        used
          ? say('formsMessage', lang, used)
          : big
            ? say('matrixMessage', lang, big)
            : labels.t(group.title),
        [say(n ? 'matrixSubtitle' : 'matrixSubtitleNoN', lang, { n })],
      ),
      config: chartConfig(lang),
      width: PLOT_WIDTH,
      // Two lines in a cell (share and interval) or in a label: 44 px; one: 32 px.
      height: {
        step: Math.max(intervalFits ? 44 : 32, ...Object.values(lines).map((l) => l.length * LABEL_LINE + 4)),
      },
      params: [rowParam.param, { name: 'columnLabels', value: columns }],
      data: { values: cells },
      encoding: { x, y },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
          encoding: {
            color: {
              condition: {
                test: 'datum.shown',
                field: 'value',
                type: 'quantitative',
                scale: { domain: [0, 1], range: BLUES },
                legend: null,
              },
              value: '#f2f2f2',
            },
          },
        },
        {
          mark: { type: 'text', baseline: 'middle', dy: intervalFits ? -9 : 0, fontWeight: 'bold' },
          encoding: {
            text: { field: 'text', type: 'nominal' },
            color: { condition: dark, value: COLOR.text },
          },
        },
        ...(intervalFits
          ? [
              {
                mark: { type: 'text', baseline: 'middle', dy: 10, fontSize: SIZE.note },
                encoding: {
                  text: { field: 'interval', type: 'nominal' },
                  color: { condition: dark, value: COLOR.muted },
                },
              },
            ]
          : []),
      ],
    } as TopLevelSpec;
  };
}

/** The heat map of a frequency matrix. */
export function matrixChart(group: ItemGroup, role: RegioscanRole | null): ChartDef {
  const chart: ChartDef = {
    id: group.id,
    items: group.items,
    title: (ctx) => ctx.labels.t(group.title),
    spec: matrixSpec(group, role, () => chart),
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const rows = resultsOf(region, group.items).map((r) => {
        const cells = r.shares.map((e) => {
          const option = labels.optionLabel(r.item, e.category);
          return isShown(e)
            ? say('shareAltRow', lang, {
                label: option,
                pct: labels.percent(e.estimate),
                low: labels.percent(e.ciLow ?? e.estimate),
                high: labels.percent(e.ciHigh ?? e.estimate),
              })
            : `${option}: ${say('cellSuppressed', lang, { min: ctx.minCell })}`;
        });
        const n = nSpan(r.shares, lang);
        return `${labels.shortLabel(r.item)}${n ? ` (${n})` : ''}: ${cells.join(', ')}`;
      });
      return say('matrixAlt', lang, { title: labels.t(group.title), rows: rows.join('; ') });
    },
  };
  return chart;
}
