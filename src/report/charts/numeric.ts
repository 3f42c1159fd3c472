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

/** Decimals of a mean: none from 100 up, else one. */
export function digitsOf(result: NumericResult): number {
  return meanDigits(result.mean.estimate ?? 0);
}

const meanDigits = (mean: number): number => (Math.abs(mean) >= 100 ? 0 : 1);

/**
 * Whether numeric questions can share one axis: the largest value shown is at most ten times the
 * scale of the smallest. Years involved (6) and hours a month (40) can; a number of children (2)
 * beside an income (2,400 euros), or a 14-digit code beside an age, cannot: on one axis the small
 * ones are a dot on zero.
 */
export function sharesAxis(results: readonly NumericResult[]): boolean {
  const scales = results
    .map((r) => r.mean)
    .filter(isShown)
    .map((e) => Math.max(Math.abs(e.ciLow ?? e.estimate), Math.abs(e.ciHigh ?? e.estimate)))
    .filter((v) => v > 0);
  return scales.length < 2 || maxOf(scales, 0) <= 10 * minOf(scales, Number.POSITIVE_INFINITY);
}

/**
 * Axis numbers in the locale's groups, never in exponent notation: Vega gives a `g` format the
 * precision of the tick step, so 100 read `1e+2` and 2·10¹³ `2e+13`.
 */
function axisFormat(domain: [number, number]): string {
  return Math.max(Math.abs(domain[0]), Math.abs(domain[1])) >= 1e6 ? ',.0f' : ',~r';
}

/** Room at each end of a numeric axis: a dot at zero is not drawn over its label. */
const AXIS_PADDING = 14;

/**
 * The dots of numeric questions: one axis for all when their scales compare (`sharesAxis`), else
 * one axis each, stacked, its title under the last. `name` names the row-label params.
 */
export function numericDots(
  results: readonly NumericResult[],
  ctx: ChartContext,
  name: string,
): { params: object[]; view: object } {
  const { lang, labels } = ctx;
  const panel = (rows: readonly NumericResult[], key: string, titled: boolean) => {
    const domain = domainOf([...rows]);
    return dotPanel({
      rows: rows.map((r) => ({ label: labels.shortLabel(r.item), e: r.mean, kind: 'item' })),
      name: key,
      domain,
      axis: {
        title: titled ? say('numericAxis', lang) : null,
        grid: true,
        format: axisFormat(domain),
        tickMinStep: 1,
        tickCount: 6,
      },
      ctx,
      // Each mean with its own decimals (`digitsOf`): 1.8 children, 2,400 euros.
      format: (v) => labels.number(v, meanDigits(v)),
      padding: AXIS_PADDING,
    });
  };
  if (sharesAxis(results)) {
    const one = panel(results, name, true);
    return { params: [one.param], view: one.view };
  }
  const panels = results.map((r, i) => panel([r], `${name}${i}`, i === results.length - 1));
  return { params: panels.map((p) => p.param), view: { vconcat: panels.map((p) => p.view), spacing: 10 } };
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
      const dots = numericDots(results, ctx, 'rowLabels');
      const first = results.find((r) => isShown(r.mean));
      const message =
        results.length === 1 && first
          ? say('numericMessage', lang, {
              question: asTopic(labels.shortLabel(first.item)),
              mean: labels.number(first.mean.estimate ?? 0, digitsOf(first)),
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
        params: dots.params,
        ...dots.view,
      } as TopLevelSpec;
    },
    alt(region, ctx) {
      const { lang, labels } = ctx;
      const results = resultsOf(region, group.items);
      const rows = results.map((r) => {
        const digits = digitsOf(r);
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
  return {
    caption,
    columns: [
      textColumn(sayTable('question', lang)),
      intervalColumn(sayTable('mean', lang), lang),
      numberColumn(sayTable('median', lang)),
      nColumn(lang),
    ],
    rows: results.map((r) => {
      const format = (v: number) => labels.number(v, digitsOf(r));
      return [
        labels.shortLabel(r.item),
        estimateCell(r.mean, format, ctx),
        isShown(r.mean) && isShown(r.median) ? format(r.median.estimate) : '–',
        nCell(r.mean, ctx),
      ];
    }),
  };
}
