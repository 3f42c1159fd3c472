/**
 * The conditions profile (randvoorwaarden): the mean of each condition with its 95% interval,
 * weakest at the bottom, and under it the conditions index for the region, each subregion and
 * all regions together, so a lagging subregion stands out.
 *
 * A dot plot, not the spider chart the questionnaire notes mention: in a spider chart the
 * order of the spokes is arbitrary yet shapes the polygon, areas grow with the square of the
 * scores, intervals cannot be drawn, and values on slanted axes are hard to read from the back
 * of a room. Dots on one shared horizontal scale are compared at a glance.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate, RegionResult } from '../../analyse/types.js';
import type { Codebook, Index } from '../../model/codebook.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { textWidth } from '../render/font-metrics.js';
import {
  heading,
  isShown,
  itemLabel,
  labelLines,
  rowKey,
  rowLabels,
  rowStep,
  SCHEMA,
  say,
  scaleEnds,
  scaleOf,
  suppressedMark,
  wrap,
} from './parts.js';
import { COLOR, chartConfig, PLOT_WIDTH, SIZE } from './theme.js';
import type { ChartContext, ChartDef } from './types.js';

const BLOCK = 'D';

/** The index over the conditions: the first whose items all lie in block D. */
function conditionsIndex(codebook: Codebook): Index | undefined {
  const inBlock = (id: string) => codebook.questions.some((q) => q.id === id && q.block === BLOCK);
  return codebook.indices.find((index) => index.items.every(inBlock));
}

interface Row {
  label: string;
  e: Estimate | undefined;
  kind: 'item' | 'region' | 'subregion' | 'lagging' | 'national';
}

function itemRows(region: RegionResult, ctx: ChartContext): Row[] {
  const mean = (r: Row) => (isShown(r.e) ? r.e.estimate : Number.NEGATIVE_INFINITY);
  return region.likert
    .filter((r) => r.block === BLOCK)
    .map((r): Row => ({ label: itemLabel(ctx.codebook, r.item, ctx.lang), e: r.mean, kind: 'item' }))
    .sort((a, b) => mean(b) - mean(a));
}

function indexRows(region: RegionResult, ctx: ChartContext, index: Index): Row[] {
  const total = region.indices.find((i) => i.index === index.id)?.score;
  const subs = region.indicesBySubregion.map((s): Row => {
    const e = s.scores.find((x) => x.item === index.id);
    const lagging = isShown(e) && isShown(total) && e.ciHigh !== null && e.ciHigh < total.estimate;
    return { label: s.subregion, e, kind: lagging ? 'lagging' : 'subregion' };
  });
  const national = ctx.national.indices.find((i) => i.index === index.id)?.score;
  return [
    { label: say('regionTotal', ctx.lang, { region: region.name }), e: total, kind: 'region' },
    ...subs,
    { label: say('allRegions', ctx.lang), e: national, kind: 'national' },
  ];
}

const KIND_COLORS = {
  domain: ['item', 'region', 'subregion', 'lagging', 'national'],
  range: [COLOR.blue, COLOR.blue, COLOR.sky, COLOR.vermillion, COLOR.grey],
};

/** One dot-and-interval panel over `domain`, with a value after each interval. */
function panel(
  rows: Row[],
  name: string,
  domain: [number, number],
  axis: object,
  ctx: ChartContext,
  digits: number,
) {
  const labels = rowLabels(Object.fromEntries(rows.map((r, i) => [rowKey(i), labelLines(r.label)])), name);
  const values = rows.map((r, i) => {
    const shown = isShown(r.e);
    return {
      key: rowKey(i),
      kind: r.kind,
      shown,
      value: shown ? r.e?.estimate : null,
      low: shown ? (r.e?.ciLow ?? r.e?.estimate) : null,
      high: shown ? (r.e?.ciHigh ?? r.e?.estimate) : null,
      textX: shown ? (r.e?.ciHigh ?? r.e?.estimate) : domain[0],
      text: shown ? formatNumber(r.e?.estimate ?? 0, ctx.lang, digits) : suppressedMark(r.e, ctx),
    };
  });
  const x = { type: 'quantitative' as const, scale: { domain, nice: false } };
  const shownOnly = { filter: { field: 'shown', equal: true } };
  return {
    param: labels.param,
    view: {
      width: PLOT_WIDTH,
      height: { step: rowStep(Math.max(...rows.map((r) => labelLines(r.label).length))) },
      data: { values },
      encoding: {
        y: { field: 'key', type: 'nominal' as const, sort: values.map((v) => v.key), axis: labels.axis },
      },
      layer: [
        {
          transform: [shownOnly],
          mark: { type: 'rule' as const, strokeWidth: 3, color: COLOR.rule },
          encoding: { x: { ...x, field: 'low', axis }, x2: { field: 'high' } },
        },
        {
          transform: [shownOnly],
          mark: { type: 'point' as const, filled: true, size: 360, opacity: 1 },
          encoding: {
            x: { ...x, field: 'value' },
            color: { field: 'kind', type: 'nominal' as const, scale: KIND_COLORS, legend: null },
          },
        },
        {
          transform: [shownOnly],
          mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 12 },
          encoding: { x: { ...x, field: 'textX' }, text: { field: 'text', type: 'nominal' as const } },
        },
        {
          transform: [{ filter: { field: 'shown', equal: false } }],
          mark: {
            type: 'text' as const,
            align: 'left' as const,
            baseline: 'middle' as const,
            dx: 12,
            color: COLOR.suppressed,
          },
          encoding: { x: { ...x, field: 'textX' }, text: { field: 'text', type: 'nominal' as const } },
        },
      ],
    },
  };
}

function message(items: Row[], index: Row[], lang: Lang): string {
  const weakest = items.filter((r) => isShown(r.e)).at(-1);
  const base = weakest
    ? say('conditionsMessage', lang, {
        item: weakest.label,
        mean: formatNumber(weakest.e?.estimate ?? 0, lang, 1),
      })
    : say('conditionsTitle', lang);
  const lagging = index
    .filter((r) => r.kind === 'lagging')
    .sort((a, b) => (a.e?.estimate ?? 0) - (b.e?.estimate ?? 0))[0];
  return lagging ? say('conditionsLagging', lang, { message: base, subregion: lagging.label }) : base;
}

function conditionsSpec(region: RegionResult, ctx: ChartContext): TopLevelSpec | null {
  const { lang } = ctx;
  const items = itemRows(region, ctx);
  const first = region.likert.find((r) => r.block === BLOCK);
  const scale = first && scaleOf(ctx.codebook, first.item);
  if (!first || !scale || items.length === 0) return null;
  const codes = scale.options.map((o) => o.code);
  const domain: [number, number] = [Math.min(...codes), Math.max(...codes)];
  const spacing = PLOT_WIDTH / Math.max(1, domain[1] - domain[0]);
  const options = Object.fromEntries(
    scale.options.map((o) => [String(o.code), wrap(tr(o.label, lang), spacing - 12, SIZE.label, false, 2)]),
  );
  const fits = Object.values(options).every((l) =>
    l.every((line) => textWidth(line, SIZE.label) <= spacing - 12),
  );
  const itemAxis = {
    values: codes,
    title: say('meanAxis', lang, { ends: scaleEnds(scale, lang) }),
    grid: true,
    ...(fits ? { labelExpr: 'optionLabels[datum.value]', labelOverlap: false, labelFlush: false } : {}),
  };
  const top = panel(items, 'itemLabels', domain, itemAxis, ctx, 1);
  const index = conditionsIndex(ctx.codebook);
  const rows = index ? indexRows(region, ctx, index) : [];
  const indexName = index ? tr(index.label, lang) : '';
  const bottom =
    index && rows.some((r) => isShown(r.e))
      ? panel(
          rows,
          'indexLabels',
          [0, 100],
          { values: [0, 25, 50, 75, 100], title: say('indexAxis', lang, { index: indexName }), grid: true },
          ctx,
          0,
        )
      : null;
  const subtitle = say('conditionsSubtitle', lang, { ends: scaleEnds(scale, lang), index: indexName });
  return {
    $schema: SCHEMA,
    description: conditions.alt(region, ctx),
    title: heading(message(items, rows, lang), [subtitle]),
    config: chartConfig(lang),
    params: [top.param, { name: 'optionLabels', value: options }, ...(bottom ? [bottom.param] : [])],
    spacing: 40,
    vconcat: bottom ? [top.view, bottom.view] : [top.view],
  } as TopLevelSpec;
}

/** Mean per condition with interval, and the conditions index per subregion. */
export const conditions: ChartDef = {
  id: 'conditions',
  title: (ctx) => say('conditionsTitle', ctx.lang),
  spec: conditionsSpec,
  alt(region, ctx) {
    const { lang } = ctx;
    const describe = (rows: Row[], digits: number) =>
      rows
        .map((r) =>
          isShown(r.e)
            ? say('valueRow', lang, {
                label: r.label,
                value: formatNumber(r.e.estimate, lang, digits),
                n: formatNumber(r.e.n, lang, 0),
              })
            : `${r.label}: ${suppressedMark(r.e, ctx)}`,
        )
        .join('; ');
    const index = conditionsIndex(ctx.codebook);
    const items = itemRows(region, ctx);
    return say('conditionsAlt', lang, {
      title: say('conditionsTitle', lang),
      items: describe(items, 1),
      index: index ? tr(index.label, lang) : '',
      scores: index ? describe(indexRows(region, ctx, index), 0) : '',
    });
  },
};
