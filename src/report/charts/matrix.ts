/**
 * A frequency matrix (several questions on one answer scale, such as how often each form of
 * participation was met) as a heat map: a row per question, a column per answer, each cell the
 * share choosing it with its 95% interval written under it. Rows keep the questionnaire order.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChoiceResult, Estimate, RegionResult } from '../../analyse/types.js';
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
  maxOf,
  nSpan,
  rowKey,
  rowLabels,
  SCHEMA,
  say,
  suppressedMark,
  wrap,
} from './parts.js';
import { estimateCell, nCell, nColumn, numberColumn, sayTable, textColumn } from './table.js';
import { COLOR, chartConfig, contrast, inkOn, PLOT_WIDTH, rampColor, SIZE } from './theme.js';
import type { ChartContext, ChartDef, ChartTable } from './types.js';

/** Light to dark blue: ColorBrewer Blues, readable in grey print. */
const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** A cell whose share is hidden. */
const HIDDEN_FILL = '#f2f2f2';

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

/**
 * The cells with the largest share, as the message names them: every cell that rounds to the same
 * percentage (see `extremesBy`), its question and option; `pairs` when tied cells differ in option.
 */
function largest(rows: readonly MatrixRow[], ctx: ChartContext) {
  const { labels, lang } = ctx;
  const cells = rows.flatMap((r) => r.shares.filter(isShown).map((e) => ({ item: r.item, e })));
  const best = extremesBy(cells, (c) => c.e.estimate, 'high', 2);
  const top = best[0];
  if (!top) return null;
  const question = (item: string) => inSentence(labels.shortLabel(item));
  const option = (c: (typeof cells)[number]) => inSentence(labels.optionLabel(c.item, c.e.category));
  const pct = labels.percent(top.e.estimate);
  const sameOption = best.every((c) => c.e.category === top.e.category);
  return {
    question: joinNames(
      best.map((c) => question(c.item)),
      lang,
    ),
    option: option(top),
    pct,
    tie: best.length > 1,
    pairs: sameOption
      ? ''
      : joinNames(
          best.map((c) => say('matrixPair', lang, { option: option(c), question: question(c.item) })),
          lang,
        ),
  };
}

/** A row of a heat map: one question and its share per answer code. */
export interface MatrixRow {
  item: string;
  shares: readonly Estimate[];
}

/** What a cell shows where its share is hidden: "n<10" when too few answered, else "niet getoond". */
function cellMark(e: Estimate | undefined, ctx: ChartContext): string {
  return e && e.n >= ctx.minCell
    ? say('cellHidden', ctx.lang)
    : say('cellSuppressed', ctx.lang, { min: ctx.minCell });
}

/**
 * The heat map of `rows` on `scale` as a view to place in a spec, with the params it reads (named
 * `${name}Rows` and `${name}Columns`, unique within a spec) and whether intervals stand in the cells.
 */
export function matrixPanel(rows: readonly MatrixRow[], scale: Scale, ctx: ChartContext, name: string) {
  const { labels } = ctx;
  const cellWidth = PLOT_WIDTH / scale.options.length;
  const columns = Object.fromEntries(
    scale.options.map((o) => [String(o.code), wrap(labels.t(o.label), cellWidth - 8, SIZE.label, false, 3)]),
  );
  const lines = Object.fromEntries(rows.map((r, i) => [rowKey(i), labelLines(labels.shortLabel(r.item))]));
  const rowParam = rowLabels(lines, `${name}Rows`);
  const cells = rows.flatMap((r, i) =>
    scale.options.map((o) => {
      const e = r.shares.find((s) => s.category === String(o.code));
      const shown = isShown(e);
      const fill = shown ? rampColor(BLUES, e.estimate) : HIDDEN_FILL;
      return {
        key: rowKey(i),
        option: String(o.code),
        shown,
        value: shown ? e.estimate : null,
        fill,
        ink: inkOn(fill),
        muted: contrast(COLOR.muted, fill) >= 4.5 ? COLOR.muted : inkOn(fill),
        text: shown ? labels.percent(e.estimate) : cellMark(e, ctx),
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
      labelExpr: `${name}Columns[datum.value]`,
      labelAngle: 0,
      labelLineHeight: SIZE.label + 3,
      ticks: false,
      domain: false,
      // Multi-line headers grow downwards from their first line: start them that much higher.
      labelPadding: 8 + (maxOf(Object.values(columns).map((l) => l.length)) - 1) * (SIZE.label + 3),
    },
  };
  const y = {
    field: 'key',
    type: 'nominal' as const,
    sort: rows.map((_, i) => rowKey(i)),
    axis: rowParam.axis,
  };
  // Colours are worked out per cell (fill, and text that reads on it at 4.5:1), not by a scale.
  const colour = (field: string) => ({ field, type: 'nominal' as const, scale: null, legend: null });
  return {
    intervalFits,
    params: [rowParam.param, { name: `${name}Columns`, value: columns }],
    view: {
      width: PLOT_WIDTH,
      // Two lines in a cell (share and interval) or in a label: 44 px; one: 32 px.
      height: {
        step: maxOf(
          Object.values(lines).map((l) => l.length * LABEL_LINE + 4),
          intervalFits ? 44 : 32,
        ),
      },
      data: { values: cells },
      encoding: { x, y },
      layer: [
        {
          // An outline at 3:1 on white, so the lightest cells show their edge.
          mark: { type: 'rect' as const, stroke: COLOR.outline, strokeWidth: 1 },
          encoding: { color: colour('fill') },
        },
        {
          mark: {
            type: 'text' as const,
            baseline: 'middle' as const,
            dy: intervalFits ? -9 : 0,
            fontWeight: 'bold' as const,
          },
          encoding: {
            text: { field: 'text', type: 'nominal' as const },
            color: colour('ink'),
          },
        },
        ...(intervalFits
          ? [
              {
                mark: { type: 'text' as const, baseline: 'middle' as const, dy: 10, fontSize: SIZE.note },
                encoding: {
                  text: { field: 'interval', type: 'nominal' as const },
                  color: colour('muted'),
                },
              },
            ]
          : []),
      ],
    },
  };
}

/** The text alternative of a heat map's rows: every share with its interval, or why it is hidden. */
export function matrixAltRows(rows: readonly MatrixRow[], ctx: ChartContext): string {
  const { lang, labels } = ctx;
  return rows
    .map((r) => {
      const cells = r.shares.map((e) => {
        const option = labels.optionLabel(r.item, e.category);
        return isShown(e)
          ? say('shareAltRow', lang, {
              label: option,
              pct: labels.percent(e.estimate),
              low: labels.percent(e.ciLow ?? e.estimate),
              high: labels.percent(e.ciHigh ?? e.estimate),
            })
          : `${option}: ${suppressedMark(e, ctx)}`;
      });
      const n = nSpan(r.shares, lang);
      return `${labels.shortLabel(r.item)}${n ? ` (${n})` : ''}: ${cells.join(', ')}`;
    })
    .join('; ');
}

/** The message of a heat map that is not of the forms of participation: its largest share. */
export function matrixMessage(rows: readonly MatrixRow[], ctx: ChartContext): string | null {
  const best = largest(rows, ctx);
  if (!best) return null;
  const { tie, ...vars } = best;
  if (vars.pairs) return say('matrixMessageTiePairs', ctx.lang, vars);
  return say(tie ? 'matrixMessageTie' : 'matrixMessage', ctx.lang, vars);
}

function matrixSpec(group: ItemGroup, role: RegioscanRole | null, chart: () => ChartDef) {
  return (region: RegionResult, ctx: ChartContext): TopLevelSpec | null => {
    const results = resultsOf(region, group.items);
    const first = results[0];
    const scale = first && ctx.labels.scaleOf(first.item);
    if (!first || !scale) return null;
    const { lang, labels } = ctx;
    const panel = matrixPanel(results, scale, ctx, 'matrix');
    const used = role === 'forms' ? mostUsed(results, ctx, scale) : null;
    const n = nSpan(
      results.flatMap((r) => r.shares),
      lang,
    );
    return {
      $schema: SCHEMA,
      description: chart().alt(region, ctx),
      title: heading(
        used ? say('formsMessage', lang, used) : (matrixMessage(results, ctx) ?? labels.t(group.title)),
        [say(n ? 'matrixSubtitle' : 'matrixSubtitleNoN', lang, { n })],
      ),
      config: chartConfig(lang),
      params: panel.params,
      ...panel.view,
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
      return say('matrixAlt', ctx.lang, {
        title: ctx.labels.t(group.title),
        rows: matrixAltRows(resultsOf(region, group.items), ctx),
      });
    },
    table(region, ctx) {
      const results = resultsOf(region, group.items);
      const scale = results[0] && ctx.labels.scaleOf(results[0].item);
      return matrixTable(results, scale?.options ?? [], ctx, ctx.labels.t(group.title));
    },
  };
  return chart;
}

/**
 * The data table of a heat map: a row per question, a column per answer, each cell its share with
 * the interval (or the cell's marker where it is hidden), and n.
 */
export function matrixTable(
  rows: readonly MatrixRow[],
  options: Scale['options'],
  ctx: ChartContext,
  title: string,
): ChartTable {
  const { lang, labels } = ctx;
  return {
    caption: sayTable('matrixCaption', lang, { title }),
    columns: [
      textColumn(sayTable('question', lang)),
      ...options.map((o) => numberColumn(labels.t(o.label))),
      nColumn(lang),
    ],
    rows: rows.map((r) => {
      const shares = options.map((o) => r.shares.find((e) => e.category === String(o.code)));
      return [
        labels.shortLabel(r.item),
        ...shares.map((e) => estimateCell(e, (v) => labels.percent(v), ctx, cellMark)),
        nCell(shares.find(isShown), ctx),
      ];
    }),
  };
}
