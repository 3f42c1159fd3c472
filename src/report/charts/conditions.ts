/**
 * The conditions profile (randvoorwaarden): the mean of each condition with its 95% interval,
 * weakest at the bottom. The conditions index for the region, each subregion and all regions
 * together is a chart of its own (`indexChart`), so a lagging subregion is its own message.
 *
 * A dot plot, not the spider chart the questionnaire notes mention: in a spider chart the
 * order of the spokes is arbitrary yet shapes the polygon, areas grow with the square of the
 * scores, intervals cannot be drawn, and values on slanted axes are hard to read from the back
 * of a room. Dots on one shared horizontal scale are compared at a glance.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { LikertResult, RegionResult } from '../../analyse/types.js';
import type { Index } from '../../model/codebook.js';
import { byMean, extremes, inSentence, joinNames } from '../headlines.js';
import type { Text } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import { type DotRow, dotPanel } from './dots.js';
import { describeRows, indexRows, laggingOf } from './index-rows.js';
import {
  axisTitle,
  cleanText,
  heading,
  isShown,
  maxOf,
  minOf,
  nSpan,
  SCHEMA,
  say,
  scaleEnds,
  wrap,
} from './parts.js';
import { dotTable, sayTable } from './table.js';
import { chartConfig, PLOT_WIDTH, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

/** The statements of a conditions chart: which items, under which block title. */
export interface ItemGroup {
  id: string;
  title: Text;
  items: readonly string[];
}

/** The group's Likert results, highest mean first (the weakest at the bottom). */
export function groupResults(region: RegionResult, items: readonly string[]): LikertResult[] {
  const results = region.likert.filter((r) => items.includes(r.item));
  return byMean(
    results,
    (r) => r.mean,
    (r) => r.shareAgree,
  );
}

/** The weakest statements of a group: the lowest mean as written (one decimal), ties all named. */
export function weakestOf(results: readonly LikertResult[]): LikertResult[] {
  return extremes(results, (r) => r.mean, 'low', 1);
}

function itemRows(results: LikertResult[], ctx: ChartContext): DotRow[] {
  return results.map((r) => ({ label: ctx.labels.shortLabel(r.item), e: r.mean, kind: 'item' }));
}

function message(results: LikertResult[], ctx: ChartContext): string {
  const { lang, labels } = ctx;
  const weakest = weakestOf(results);
  if (weakest.length === 0) return say('conditionsTitle', lang);
  return say(weakest.length > 1 ? 'conditionsMessageTie' : 'conditionsMessage', lang, {
    item: joinNames(
      weakest.map((r) => `‘${labels.shortLabel(r.item)}’`),
      lang,
    ),
    mean: labels.number(weakest[0]?.mean.estimate ?? 0, 1),
  });
}

function conditionsSpec(group: ItemGroup) {
  return (region: RegionResult, ctx: ChartContext): TopLevelSpec | null => {
    const { lang, labels } = ctx;
    const results = groupResults(region, group.items);
    const scale = results[0] && labels.scaleOf(results[0].item);
    if (!scale || results.length === 0) return null;
    const codes = scale.options.map((o) => o.code);
    const domain: [number, number] = [minOf(codes), maxOf(codes)];
    const spacing = PLOT_WIDTH / Math.max(1, domain[1] - domain[0]);
    const options = Object.fromEntries(
      scale.options.map((o) => [String(o.code), wrap(labels.t(o.label), spacing - 12, SIZE.label, false, 2)]),
    );
    // Names on the axis only when no word has to be broken; else the codes, explained in the title.
    const fits = scale.options.every((o) =>
      cleanText(labels.t(o.label))
        .split(/\s+/)
        .every((word) => textWidth(word, SIZE.label) <= spacing - 12),
    );
    const itemAxis = {
      values: codes,
      title: say('meanAxis', lang, { ends: scaleEnds(scale, lang) }),
      grid: true,
      ...(fits ? { labelExpr: 'optionLabels[datum.value]', labelOverlap: false, labelFlush: false } : {}),
    };
    const panel = dotPanel({
      rows: itemRows(results, ctx),
      name: 'itemLabels',
      domain,
      axis: itemAxis,
      ctx,
      format: (v) => labels.number(v, 1),
    });
    const n = nSpan(
      results.map((r) => r.mean),
      lang,
    );
    return {
      $schema: SCHEMA,
      description: chartAlt(group)(region, ctx),
      title: heading(message(results, ctx), [
        say('conditionsSubtitleItems', lang, { ends: scaleEnds(scale, lang), n }),
      ]),
      config: chartConfig(lang),
      params: [panel.param, { name: 'optionLabels', value: options }],
      ...panel.view,
    } as TopLevelSpec;
  };
}

function chartAlt(group: ItemGroup) {
  return (region: RegionResult, ctx: ChartContext): string => {
    const items = describeRows(itemRows(groupResults(region, group.items), ctx), ctx, 1);
    return say('conditionsAltItems', ctx.lang, { title: say('conditionsTitle', ctx.lang), items });
  };
}

/** Mean per condition with its interval, weakest at the bottom (the index per subregion is a chart of its own). */
export function conditionsChart(group: ItemGroup): ChartDef {
  return {
    id: 'conditions',
    items: group.items,
    title: (ctx) => say('conditionsTitle', ctx.lang),
    spec: conditionsSpec(group),
    alt: chartAlt(group),
    table(region, ctx) {
      const { lang, labels } = ctx;
      const results = groupResults(region, group.items);
      const scale = results[0] && labels.scaleOf(results[0].item);
      return dotTable(
        itemRows(results, ctx),
        {
          name: sayTable('statement', lang),
          value: sayTable('mean', lang),
          caption: sayTable('meanCaption', lang, {
            title: say('conditionsTitle', lang),
            ends: scale ? scaleEnds(scale, lang) : '1–5',
          }),
        },
        (v) => labels.number(v, 1),
        ctx,
      );
    },
  };
}

/** An index on its own (one the codebook does not mark as the conditions index): region, subregions, country. */
export function indexChart(index: Index, id: string): ChartDef {
  const chart: ChartDef = {
    id,
    items: [index.id],
    title: (ctx) => ctx.labels.t(index.label),
    spec(region, ctx) {
      const { lang, labels } = ctx;
      const rows = indexRows(region, ctx, index);
      // The country's row alone is no chart of this region.
      if (!rows.some((r) => r.kind !== 'national' && isShown(r.e))) return null;
      const name = labels.t(index.label);
      const panel = dotPanel({
        rows,
        name: 'indexLabels',
        domain: [0, 100],
        axis: {
          values: [0, 25, 50, 75, 100],
          title: axisTitle(say('indexAxis', lang, { index: name }), PLOT_WIDTH + 80),
          grid: true,
        },
        ctx,
        format: (v) => labels.number(v, 0),
      });
      const total = rows[0]?.e;
      const lagging = laggingOf(rows);
      const base =
        total && !total.suppressed && total.estimate !== null
          ? say('indexMessage', lang, {
              index: name,
              region: region.name,
              score: labels.number(total.estimate, 0),
            })
          : name;
      const items = index.items.map((id) => inSentence(labels.shortLabel(id)));
      return {
        $schema: SCHEMA,
        description: chart.alt(region, ctx),
        title: heading(
          lagging ? say('conditionsLagging', lang, { message: base, subregion: lagging.label }) : base,
          [say('indexSubtitle', lang, { items: joinNames(items, lang), n: nSpan([total], lang) })],
        ),
        config: chartConfig(lang),
        params: [panel.param],
        ...panel.view,
      } as TopLevelSpec;
    },
    alt(region, ctx) {
      return `${ctx.labels.t(index.label)} (0–100): ${describeRows(indexRows(region, ctx, index), ctx, 0)}.`;
    },
    table(region, ctx) {
      const { lang, labels } = ctx;
      const name = labels.t(index.label);
      return dotTable(
        indexRows(region, ctx, index),
        { name: sayTable('area', lang), value: sayTable('score', lang), caption: `${name} (0–100)` },
        (v) => labels.number(v, 0),
        ctx,
      );
    },
  };
  return chart;
}
