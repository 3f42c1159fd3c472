/**
 * Numeric questions of one block (years, hours, people) as dots with their 95% intervals on
 * one axis, the mean written after each interval and the median in the text alternative.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { NumericResult, RegionResult } from '../../analyse/types.js';
import { asTopic } from '../headlines.js';
import type { ItemGroup } from './conditions.js';
import { dotPanel } from './dots.js';
import { heading, isShown, maxOf, minOf, nSpan, SCHEMA, say, suppressedMark } from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, numberColumn, sayTable, textColumn } from './table.js';
import { chartConfig } from './theme.js';
import type { ChartContext, ChartDef, ChartTable } from './types.js';

export function resultsOf(region: RegionResult, items: readonly string[]): NumericResult[] {
  return items.flatMap((id) => region.numeric.filter((r) => r.item === id));
}

/** A domain from 0 (or the lowest bound below it) to a little past the highest bound. */
export function domainOf(results: NumericResult[]): [number, number] {
  const shown = results.map((r) => r.mean).filter(isShown);
  const low = minOf(
    shown.map((e) => e.ciLow ?? e.estimate),
    0,
  );
  const high = maxOf(
    shown.map((e) => e.ciHigh ?? e.estimate),
    1,
  );
  return [low, high * 1.25];
}

/** Decimals of the means: none from 100 up, else one. */
export function digitsOf(results: NumericResult[]): number {
  const high = maxOf(
    results.map((r) => Math.abs(r.mean.estimate ?? 0)),
    0,
  );
  return high >= 100 ? 0 : 1;
}

export function numericChart(group: ItemGroup): ChartDef {
  const chart: ChartDef = {
    id: group.id,
    items: group.items,
    title: (ctx) => ctx.labels.t(group.title),
    spec(region: RegionResult, ctx: ChartContext): TopLevelSpec | null {
      const results = resultsOf(region, group.items);
      if (!results.some((r) => isShown(r.mean))) return null;
      const { lang, labels } = ctx;
      const digits = digitsOf(results);
      const panel = dotPanel({
        rows: results.map((r) => ({ label: labels.shortLabel(r.item), e: r.mean, kind: 'item' })),
        name: 'rowLabels',
        domain: domainOf(results),
        axis: { title: say('numericAxis', lang), grid: true, format: '~g', tickMinStep: 1 },
        ctx,
        format: (v) => labels.number(v, digits),
      });
      const first = results.find((r) => isShown(r.mean));
      const message =
        results.length === 1 && first
          ? say('numericMessage', lang, {
              question: asTopic(labels.shortLabel(first.item)),
              mean: labels.number(first.mean.estimate ?? 0, digits),
            })
          : labels.t(group.title);
      return {
        $schema: SCHEMA,
        description: chart.alt(region, ctx),
        title: heading(message, [
          say('numericSubtitle', lang, {
            n: nSpan(
              results.map((r) => r.mean),
              lang,
            ),
          }),
        ]),
        config: chartConfig(lang),
        params: [panel.param],
        ...panel.view,
      } as TopLevelSpec;
    },
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const results = resultsOf(region, group.items);
      const digits = digitsOf(results);
      const rows = results.map((r) => {
        const label = labels.shortLabel(r.item);
        if (!isShown(r.mean)) return `${label}: ${suppressedMark(r.mean, ctx)}`;
        return say('numericAltRow', lang, {
          label,
          mean: labels.number(r.mean.estimate, digits),
          low: labels.number(r.mean.ciLow ?? r.mean.estimate, digits),
          high: labels.number(r.mean.ciHigh ?? r.mean.estimate, digits),
          median: isShown(r.median) ? labels.number(r.median.estimate, digits) : '–',
          n: labels.number(r.mean.n, 0),
        });
      });
      return `${labels.t(group.title)}: ${rows.join('; ')}.`;
    },
    table: (region, ctx) => numericTable(resultsOf(region, group.items), ctx, ctx.labels.t(group.title)),
  };
  return chart;
}

/** The data table of numeric questions: the mean with its interval, the median and n of each. */
export function numericTable(
  results: readonly NumericResult[],
  ctx: ChartContext,
  caption: string,
): ChartTable {
  const { lang, labels } = ctx;
  const digits = digitsOf([...results]);
  const format = (v: number) => labels.number(v, digits);
  return {
    caption,
    columns: [
      textColumn(sayTable('question', lang)),
      intervalColumn(sayTable('mean', lang), lang),
      numberColumn(sayTable('median', lang)),
      nColumn(lang),
    ],
    rows: results.map((r) => [
      labels.shortLabel(r.item),
      estimateCell(r.mean, format, ctx),
      isShown(r.mean) && isShown(r.median) ? format(r.median.estimate) : '–',
      nCell(r.mean, ctx),
    ]),
  };
}
