/**
 * Several groups of questions of one role as one chart: a panel per group, stacked under one
 * message, each in the shape its questions have elsewhere: questions on one answer scale as a heat
 * map (share per answer, 95% interval under it), a choice question as bars with their intervals,
 * numeric questions as dots with theirs. All panels share the label column, so their rows line up.
 * For lived-experience expertise: whether it is used and paid, and in which roles, on one slide.
 * The message is that of the first panel that has one; the text alternative lists every value.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate, RegionResult } from '../../analyse/types.js';
import type { Codebook, Scale } from '../../model/codebook.js';
import { asTopic, joinNames } from '../headlines.js';
import type { Text } from '../labels/index.js';
import { labeller } from '../labels/labeller.js';
import { choiceChart, choiceMessage, choicePanel, rowsOf as choiceRows } from './choice.js';
import { type MatrixRow, matrixAltRows, matrixMessage, matrixPanel } from './matrix.js';
import { digitsOf, numericChart, numericDots, resultsOf as numericResults } from './numeric.js';
import {
  heading,
  isShown,
  LABEL_LINE,
  labelLines,
  maxOf,
  nSpan,
  rowStep,
  SCHEMA,
  say,
  wrap,
} from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, sayTable, textColumn } from './table.js';
import { chartConfig, PLOT_WIDTH, SIZE, WIDTH } from './theme.js';
import type { ChartContext, ChartDef, ChartTable } from './types.js';

/**
 * One panel: `matrix` single-choice questions on one scale, `likert` Likert items on one scale
 * (both a heat map), `choice` one single, multiple-choice or ranking question (bars), `numeric`
 * numeric questions (dots).
 */
export interface PanelGroup {
  kind: 'matrix' | 'likert' | 'choice' | 'numeric';
  /** The block title for several questions, the question for one. */
  title: Text;
  items: readonly string[];
}

export interface PanelsGroup {
  id: string;
  /** The topic: the role's or block's title. */
  title: Text;
  panels: readonly PanelGroup[];
}

/** A panel drawn for a region: its view, the params it reads, its message, n and words. */
interface DrawnPanel {
  heading: string | null;
  params: object[];
  view: object;
  message: string | null;
  /** What the marks are, for the subtitle. */
  shape: 'heat' | 'heatNoInterval' | 'bars' | 'dots';
  estimates: (Estimate | undefined)[];
  alt: string;
  /** Rows of the data table: question, answer (or measure) and its estimate. */
  rows: { item: string; answer: string; e: Estimate | undefined; digits: number | null }[];
}

const upperFirst = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/** The rows of a heat-map panel and their scale (of the first question), or null without data. */
function heatRows(
  panel: PanelGroup,
  region: RegionResult,
  ctx: ChartContext,
): { rows: MatrixRow[]; scale: Scale } | null {
  const rows: MatrixRow[] =
    panel.kind === 'likert'
      ? panel.items.flatMap((id) =>
          region.likert.filter((r) => r.item === id).map((r) => ({ item: r.item, shares: r.distribution })),
        )
      : panel.items.flatMap((id) => region.choices.filter((c) => c.item === id));
  const scale = rows[0] && ctx.labels.scaleOf(rows[0].item);
  return rows.length > 0 && scale ? { rows, scale } : null;
}

/**
 * The heading of a panel: the question of a choice panel (its rows are the answers), with what a
 * multiple choice or ranking counts; the block title over several questions when it is not the
 * topic; none where the row labels already name the question.
 */
function headingOf(
  panel: PanelGroup,
  topic: string,
  ctx: Pick<ChartContext, 'labels' | 'lang'>,
): string | null {
  const { labels, lang } = ctx;
  const one = panel.items.length === 1 ? panel.items[0] : undefined;
  if (one && panel.kind !== 'choice') return null;
  const label = one ? labels.shortLabel(one) : labels.t(panel.title);
  if (label === topic) return null;
  const q = one ? labels.question(one) : undefined;
  if (q?.type === 'multi') return say('panelMulti', lang, { question: asTopic(label) });
  if (q?.type === 'rank') return say('panelRank', lang, { question: asTopic(label), k: q.columns.length });
  return label;
}

function drawPanel(
  panel: PanelGroup,
  index: number,
  region: RegionResult,
  ctx: ChartContext,
  topic: string,
): DrawnPanel | null {
  const { labels, lang } = ctx;
  const name = `p${index}`;
  const headingText = headingOf(panel, topic, ctx);
  if (panel.kind === 'matrix' || panel.kind === 'likert') {
    const heat = heatRows(panel, region, ctx);
    if (!heat) return null;
    const drawn = matrixPanel(heat.rows, heat.scale, ctx, name);
    return {
      heading: headingText,
      params: drawn.params,
      view: drawn.view,
      message: matrixMessage(heat.rows, ctx),
      shape: drawn.intervalFits ? 'heat' : 'heatNoInterval',
      estimates: heat.rows.flatMap((r) => r.shares),
      alt: say('matrixAlt', lang, { title: labels.t(panel.title), rows: matrixAltRows(heat.rows, ctx) }),
      rows: heat.rows.flatMap((r) =>
        heat.scale.options.map((o) => ({
          item: r.item,
          answer: labels.optionLabel(r.item, o.code),
          e: r.shares.find((e) => e.category === String(o.code)),
          digits: null,
        })),
      ),
    };
  }
  if (panel.kind === 'choice') {
    const item = panel.items[0];
    const result = region.choices.find((c) => c.item === item);
    if (!item || !result || result.shares.length === 0) return null;
    const drawn = choicePanel(result, ctx, { name, axis: false });
    return {
      heading: headingText,
      params: [drawn.param],
      view: drawn.view,
      message: choiceMessage(result, ctx),
      shape: 'bars',
      estimates: result.shares,
      alt: upperFirst(choiceChart({ id: name, item }).alt(region, ctx)),
      rows: choiceRows(result, ctx).map((e) => ({
        item,
        answer: labels.optionLabel(item, e.category),
        e,
        digits: null,
      })),
    };
  }
  const results = numericResults(region, panel.items);
  if (!results.some((r) => isShown(r.mean))) return null;
  const drawn = numericDots(results, ctx, name);
  const first = results.find((r) => isShown(r.mean));
  return {
    heading: headingText,
    params: drawn.params,
    view: drawn.view,
    message:
      results.length === 1 && first
        ? say('numericMessage', lang, {
            question: asTopic(labels.shortLabel(first.item)),
            mean: labels.number(first.mean.estimate ?? 0, digitsOf(first)),
          })
        : null,
    shape: 'dots',
    estimates: results.map((r) => r.mean),
    alt: numericChart({ id: name, title: panel.title, items: panel.items }).alt(region, ctx),
    rows: results.map((r) => ({
      item: r.item,
      answer: sayTable('mean', lang),
      e: r.mean,
      digits: digitsOf(r),
    })),
  };
}

function drawAll(group: PanelsGroup, region: RegionResult, ctx: ChartContext): DrawnPanel[] {
  const topic = ctx.labels.t(group.title);
  return group.panels.flatMap((p, i) => drawPanel(p, i, region, ctx, topic) ?? []);
}

/**
 * The subtitle: how to read the marks that are there, and the n of the questions: "Aandeel per
 * antwoord, met het 95%-interval onder elk percentage en als lijn; donkerder is meer. n = 202–330 per vraag."
 */
function subtitleOf(drawn: readonly DrawnPanel[], ctx: ChartContext): string {
  const { lang } = ctx;
  const shapes = new Set(drawn.map((d) => d.shape));
  const heat = shapes.has('heat') || shapes.has('heatNoInterval');
  const where = [
    ...(shapes.has('heat') ? [say('panelsUnder', lang)] : []),
    ...(shapes.has('bars') ? [say('panelsLine', lang)] : []),
  ];
  const shares =
    heat || shapes.has('bars')
      ? (where.length > 0
          ? say('panelsWith', lang, { shares: say('panelsShares', lang), where: joinNames(where, lang) })
          : say('panelsShares', lang)) + (heat ? `; ${say('panelsDarker', lang)}.` : '.')
      : '';
  const n = nSpan(
    drawn.flatMap((d) => d.estimates),
    lang,
  );
  return [shares, shapes.has('dots') ? say('panelsDots', lang) : '', n ? say('panelsN', lang, { n }) : '']
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * Every estimate of the panels as one table, in the chart's order: question, answer (or "mean"),
 * the value with its interval as the chart writes it (or the marker of a hidden one), and n.
 */
function tableOf(drawn: readonly DrawnPanel[], topic: string, ctx: ChartContext): ChartTable {
  const { labels, lang } = ctx;
  const dots = drawn.some((d) => d.shape === 'dots');
  const what = dots
    ? drawn.every((d) => d.shape === 'dots')
      ? sayTable('mean', lang)
      : `${sayTable('share', lang)} / ${sayTable('mean', lang).toLowerCase()}`
    : sayTable('share', lang);
  return {
    caption: dots ? topic : sayTable('matrixCaption', lang, { title: topic }),
    columns: [
      textColumn(sayTable('question', lang)),
      textColumn(sayTable('answer', lang)),
      intervalColumn(what, lang),
      nColumn(lang),
    ],
    rows: drawn.flatMap((d) =>
      d.rows.map(({ item, answer, e, digits }) => [
        labels.shortLabel(item),
        answer,
        estimateCell(e, (v) => (digits === null ? labels.percent(v) : labels.number(v, digits)), ctx),
        nCell(e, ctx),
      ]),
    ),
  };
}

/** The title of a panel: bold, in label size, over the whole panel with its labels. */
function panelTitle(text: string) {
  return {
    text: wrap(text, WIDTH - 40, SIZE.label, true, 2),
    fontSize: SIZE.label,
    fontWeight: 'bold' as const,
    anchor: 'start' as const,
    frame: 'bounds' as const,
    offset: 12,
    lineHeight: SIZE.label + 4,
  };
}

/** Spacing between panels, in px. */
const SPACING = 28;

/**
 * The height in px the chart can take, from the codebook alone: every option drawn, labels wrapped
 * as in the longer language, a message and a subtitle of two lines each. The plan draws the
 * panels as one chart only when this fits a slide beside its question.
 */
export function panelsHeight(group: Omit<PanelsGroup, 'id'>, codebook: Codebook): number {
  const { panels } = group;
  const heights = (['nl', 'en'] as const).map((lang) => {
    const labels = labeller(codebook, lang);
    const topic = labels.t(group.title);
    const lines = (texts: string[]) =>
      maxOf(
        texts.map((t) => labelLines(t).length),
        1,
      );
    const body = panels.map((p) => {
      const first = p.items[0] ?? '';
      const scale = labels.scaleOf(first);
      const title = headingOf(p, topic, { labels, lang });
      const heading = title ? panelTitle(title).text.length * (SIZE.label + 4) + 12 : 0;
      if (p.kind === 'matrix' || p.kind === 'likert') {
        const options = scale?.options ?? [];
        const header = maxOf(
          options.map(
            (o) => wrap(labels.t(o.label), PLOT_WIDTH / options.length - 8, SIZE.label, false, 3).length,
          ),
          1,
        );
        const step = Math.max(44, lines(p.items.map((id) => labels.shortLabel(id))) * LABEL_LINE + 4);
        return heading + header * (SIZE.label + 3) + 12 + p.items.length * step;
      }
      if (p.kind === 'choice') {
        const options = scale?.options ?? [];
        return heading + options.length * rowStep(lines(options.map((o) => labels.t(o.label))));
      }
      // Dots with their axis and its title under them.
      return heading + p.items.length * rowStep(lines(p.items.map((id) => labels.shortLabel(id)))) + 56;
    });
    const title = 2 * (SIZE.title + 6) + 20 + 2 * (SIZE.subtitle + 6) + 8;
    return 2 * 16 + title + body.reduce((a, b) => a + b, 0) + SPACING * (panels.length - 1);
  });
  return maxOf(heights);
}

/** One chart of several panels, one per group of the role's questions. */
export function panelsChart(group: PanelsGroup): ChartDef {
  const chart: ChartDef = {
    id: group.id,
    items: group.panels.flatMap((p) => p.items),
    title: (ctx) => ctx.labels.t(group.title),
    spec(region, ctx): TopLevelSpec | null {
      const drawn = drawAll(group, region, ctx);
      if (drawn.length === 0) return null;
      const message = drawn.find((d) => d.message)?.message ?? ctx.labels.t(group.title);
      return {
        $schema: SCHEMA,
        description: chart.alt(region, ctx),
        title: heading(message, [subtitleOf(drawn, ctx)]),
        config: chartConfig(ctx.lang),
        params: drawn.flatMap((d) => d.params),
        spacing: SPACING,
        vconcat: drawn.map((d) => ({ ...(d.heading ? { title: panelTitle(d.heading) } : {}), ...d.view })),
      } as TopLevelSpec;
    },
    alt(region, ctx) {
      return drawAll(group, region, ctx)
        .map((d) => d.alt)
        .join(' ');
    },
    table: (region, ctx) => tableOf(drawAll(group, region, ctx), ctx.labels.t(group.title), ctx),
  };
  return chart;
}
