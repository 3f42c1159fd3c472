/**
 * One single, multiple-choice or ranking question as horizontal bars: the share choosing each
 * option (for a ranking, the share naming it in their top k) with its 95% Wilson interval drawn
 * as a whisker and the percentage after it. Ordered scales (age bands, yes/maybe/no) keep their
 * order; multiple choice and rankings are sorted, most chosen on top.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChoiceResult, Estimate, RegionResult } from '../../analyse/types.js';
import { asTopic, extremes, inSentence, joinNames } from '../headlines.js';
import { textWidth } from '../render/font-metrics.js';
import {
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
} from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, PLOT_WIDTH, SIZE } from './theme.js';
import type { ChartContext, ChartDef, ChartTable } from './types.js';

export interface ChoiceGroup {
  id: string;
  item: string;
}

/**
 * The most bars a choice chart draws: a question with more options (init can find up to the
 * `options` limit in an export) shows its most chosen ones, so the chart stays a slide's height;
 * the data table and the text alternative list them all.
 */
export const MAX_BARS = 25;

/** The rows in drawing order. */
export function rowsOf(result: ChoiceResult, ctx: ChartContext): Estimate[] {
  const q = ctx.labels.question(result.item);
  if (q?.type === 'single' && result.shares.length <= MAX_BARS) return result.shares;
  const value = (e: Estimate) => (isShown(e) ? e.estimate : -1);
  return [...result.shares].sort((a, b) => value(b) - value(a));
}

/** The rows a chart draws: all of them, or the `MAX_BARS` most chosen. */
export function barsOf(result: ChoiceResult, ctx: ChartContext): Estimate[] {
  return rowsOf(result, ctx).slice(0, MAX_BARS);
}

/** "De 25 meest gekozen van 60 opties; …" when the chart draws only some options, else ''. */
export function topNote(result: ChoiceResult, ctx: ChartContext): string {
  return result.shares.length > MAX_BARS
    ? say('choiceTopNote', ctx.lang, { shown: MAX_BARS, all: result.shares.length })
    : '';
}

/** "in hun top 3" for a ranking of three, '' otherwise. */
export function kindNote(ctx: ChartContext, item: string): string {
  const q = ctx.labels.question(item);
  if (q?.type === 'rank') return say('choiceRankNote', ctx.lang, { k: q.columns.length });
  if (q?.type === 'multi') return say('choiceMultiNote', ctx.lang);
  return '';
}

/** The message of a choice question: its most chosen option(s), ties named as ties. */
export function choiceMessage(result: ChoiceResult, ctx: ChartContext): string {
  const { lang, labels } = ctx;
  const top = extremes(result.shares, (e) => e, 'high', 2);
  const q = labels.question(result.item);
  const names = joinNames(
    top.map((e) => `‘${labels.optionLabel(result.item, e.category)}’`),
    lang,
  );
  const pct = labels.percent(top[0]?.estimate ?? 0);
  if (top.length === 0) return labels.shortLabel(result.item);
  const key =
    q?.type === 'rank' ? 'choiceMessageRank' : top.length > 1 ? 'choiceMessageTie' : 'choiceMessage';
  return say(key, lang, {
    question: asTopic(labels.shortLabel(result.item)),
    options: names,
    pct,
    k: q?.type === 'rank' ? q.columns.length : 0,
  });
}

export interface ChoicePanelOptions {
  /** Name of the label param (unique within a spec). */
  name: string;
  /** Draw the x axis (default true); without it the percentages beside the bars carry the values. */
  axis?: boolean;
}

/**
 * The bars of one choice question as a view to place in a spec, with the label param it reads:
 * a bar per option, its 95% interval as a whisker, the percentage after it, a suppressed option
 * named in grey where its bar would be.
 */
export function choicePanel(result: ChoiceResult, ctx: ChartContext, options: ChoicePanelOptions) {
  const { lang, labels } = ctx;
  const rows = barsOf(result, ctx);
  const lines = rows.map((e) => labelLines(labels.optionLabel(result.item, e.category)));
  const labelParam = rowLabels(Object.fromEntries(lines.map((l, i) => [rowKey(i), l])), options.name);
  const values = rows.map((e, i) => {
    const shown = isShown(e);
    return {
      key: rowKey(i),
      shown,
      value: shown ? e.estimate : null,
      low: shown ? (e.ciLow ?? e.estimate) : null,
      high: shown ? (e.ciHigh ?? e.estimate) : null,
      textX: shown ? (e.ciHigh ?? e.estimate) : 0,
      text: shown ? labels.percent(e.estimate) : suppressedMark(e, ctx),
    };
  });
  // Room after the longest whisker for its percentage.
  const widest = maxOf(values.map((v) => textWidth(v.text, SIZE.text)));
  const reach = maxOf(
    values.map((v) => v.high ?? 0),
    0.1,
  );
  const end = Math.min(1, reach / Math.max(0.25, 1 - (widest + 20) / PLOT_WIDTH));
  const x = { type: 'quantitative' as const, scale: { domain: [0, end], nice: false } };
  const shownOnly = { filter: { field: 'shown', equal: true } };
  return {
    param: labelParam.param,
    view: {
      width: PLOT_WIDTH,
      height: {
        step: rowStep(
          maxOf(
            lines.map((l) => l.length),
            1,
          ),
        ),
      },
      data: { values },
      encoding: {
        y: { field: 'key', type: 'nominal' as const, sort: values.map((v) => v.key), axis: labelParam.axis },
      },
      layer: [
        {
          transform: [shownOnly],
          mark: { type: 'bar' as const, height: { band: 0.6 }, color: COLOR.blue },
          encoding: {
            x: {
              ...x,
              field: 'value',
              title: say('shareAxis', lang),
              axis:
                options.axis === false ? null : { format: '.0%', tickCount: 5, grid: true, labelFlush: true },
            },
          },
        },
        {
          transform: [shownOnly],
          mark: { type: 'rule' as const, strokeWidth: 2.5, color: COLOR.text },
          encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' } },
        },
        {
          transform: [shownOnly],
          mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 8 },
          encoding: { x: { ...x, field: 'textX' }, text: { field: 'text', type: 'nominal' as const } },
        },
        {
          transform: [{ filter: { field: 'shown', equal: false } }],
          mark: {
            type: 'text' as const,
            align: 'left' as const,
            baseline: 'middle' as const,
            dx: 4,
            color: COLOR.suppressed,
          },
          encoding: { x: { ...x, field: 'textX' }, text: { field: 'text', type: 'nominal' as const } },
        },
      ],
    },
  };
}

function choiceSpec(group: ChoiceGroup, chart: () => ChartDef) {
  return (region: RegionResult, ctx: ChartContext): TopLevelSpec | null => {
    const result = region.choices.find((c) => c.item === group.item);
    if (!result || result.shares.length === 0) return null;
    const { lang } = ctx;
    const panel = choicePanel(result, ctx, { name: 'rowLabels' });
    const span = nSpan(result.shares, lang);
    const subtitle = [
      kindNote(ctx, group.item),
      span ? say('choiceSubtitle', lang, { n: span }) : '',
      topNote(result, ctx),
    ]
      .filter((s) => s !== '')
      .join(' ');
    return {
      $schema: SCHEMA,
      description: chart().alt(region, ctx),
      title: heading(choiceMessage(result, ctx), [subtitle]),
      config: chartConfig(lang),
      params: [panel.param],
      ...panel.view,
    } as TopLevelSpec;
  };
}

/** The bar chart of one choice question. */
export function choiceChart(group: ChoiceGroup): ChartDef {
  const chart: ChartDef = {
    id: group.id,
    items: [group.item],
    title: (ctx) => ctx.labels.shortLabel(group.item),
    spec: choiceSpec(group, () => chart),
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const result = region.choices.find((c) => c.item === group.item);
      const rows = result
        ? rowsOf(result, ctx).map((e) => {
            const label = labels.optionLabel(group.item, e.category);
            return isShown(e)
              ? say('shareAltRow', lang, {
                  label,
                  pct: labels.percent(e.estimate),
                  low: labels.percent(e.ciLow ?? e.estimate),
                  high: labels.percent(e.ciHigh ?? e.estimate),
                })
              : `${label}: ${suppressedMark(e, ctx)}`;
          })
        : [];
      const span = result ? nSpan(result.shares, lang) : '';
      const n = span ? ` (${span})` : '';
      return say('choiceAlt', lang, {
        question: inSentence(labels.shortLabel(group.item)),
        note: kindNote(ctx, group.item),
        n,
        rows: rows.join('; '),
      });
    },
    table(region, ctx) {
      const result = region.choices.find((c) => c.item === group.item);
      return choiceTable(result ?? { item: group.item, block: '', shares: [] }, ctx);
    },
  };
  return chart;
}

/** The data table of a choice question, options in the chart's order: share with interval, n. */
export function choiceTable(result: ChoiceResult, ctx: ChartContext): ChartTable {
  const { lang, labels } = ctx;
  const note = kindNote(ctx, result.item);
  return {
    caption: [labels.shortLabel(result.item), note].filter((s) => s !== '').join(' · '),
    columns: [
      textColumn(sayTable('answer', lang)),
      intervalColumn(sayTable('share', lang), lang),
      nColumn(lang),
    ],
    rows: rowsOf(result, ctx).map((e) => [
      labels.optionLabel(result.item, e.category),
      estimateCell(e, (v) => labels.percent(v), ctx),
      nCell(e, ctx),
    ]),
  };
}
