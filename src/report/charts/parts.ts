/**
 * Small pieces every chart uses: glossary lookup with placeholders, label wrapping in the
 * chart font, titles, item labels from the codebook, suppression markers and number formats.
 * User text (labels from the codebook or the data) only ever goes into data values, titles and
 * params, never into a Vega expression.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate } from '../../analyse/types.js';
import type { Codebook, Scale } from '../../model/codebook.js';
import { type ChartLabel, chartLabels } from '../labels/charts.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { isShown } from '../shown.js';
import { maxOf, minOf } from './extent.js';
import { wrap } from './text-fit.js';
import { LABEL_COLUMN, SIZE, WIDTH } from './theme.js';
import type { ChartContext } from './types.js';

export { isShown, type Shown } from '../shown.js';
export { maxOf, minOf } from './extent.js';
export { cleanText, fitLine, fitNames, wrap } from './text-fit.js';

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A glossary text in `lang` with its `{name}` placeholders filled in. */
export function say(key: ChartLabel, lang: Lang, vars: Record<string, string | number> = {}): string {
  return tr(chartLabels[key], lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * Lines of a row label in the label column: at most 2, so a chart of ten rows still fits a
 * slide; a longer label ends in "…" and stands whole in the chart's data table.
 */
export function labelLines(text: string): string[] {
  return wrap(text, LABEL_COLUMN - 16, SIZE.label, false, 2);
}

/** Line height of label text in px. */
export const LABEL_LINE = SIZE.label + 2;

/** Height in px of one row whose label has `lines` lines. */
export function rowStep(lines: number): number {
  return Math.max(32, lines * LABEL_LINE + 6);
}

/**
 * An axis title that holds user text (an index name, the ends of a scale): wrapped to `width` px,
 * at most two lines, the second ending in "…" when cut; one line stays a plain string.
 */
export function axisTitle(text: string, width: number): string | string[] {
  const lines = wrap(text, width, SIZE.label, false, 2);
  return lines.length <= 1 ? (lines[0] ?? '') : lines;
}

type Title = NonNullable<TopLevelSpec['title']>;

/** The chart title: the message in bold 24 px and the subtitle lines, wrapped to the chart width. */
export function heading(message: string, subtitle: string[]): Title {
  const width = WIDTH - 40;
  return {
    text: wrap(message, width, SIZE.title, true, 3),
    subtitle: subtitle.flatMap((line) => wrap(line, width, SIZE.subtitle, false, 4)),
  };
}

/** Chart label of a question (`short ?? text`), index, phase or theme id, in `lang`. */
export function itemLabel(codebook: Codebook, id: string, lang: Lang): string {
  const question = codebook.questions.find((q) => q.id === id);
  if (question) return tr(question.short ?? question.text, lang);
  const labelled = [...codebook.indices, ...codebook.phases, ...codebook.themes].find((x) => x.id === id);
  return labelled ? tr(labelled.label, lang) : id;
}

/** The scale of a coded question, if it has one. */
export function scaleOf(codebook: Codebook, questionId: string): Scale | undefined {
  const question = codebook.questions.find((q) => q.id === questionId);
  if (!question || !('scale' in question)) return undefined;
  return codebook.scales.find((s) => s.id === question.scale);
}

/** "1 = Helemaal oneens, 5 = Helemaal eens" for a scale's lowest and highest option. */
export function scaleEnds(scale: Scale, lang: Lang): string {
  const low = scale.options[0];
  const high = scale.options[scale.options.length - 1];
  if (!low || !high) return '';
  return say('scaleEnds', lang, {
    low: low.code,
    lowLabel: tr(low.label, lang).toLowerCase(),
    high: high.code,
    highLabel: tr(high.label, lang).toLowerCase(),
  });
}

/** The marker drawn where an estimate is suppressed: "n<10, niet getoond". */
export function suppressedMark(e: Estimate | undefined, ctx: ChartContext): string {
  // Never why exactly: "everyone gave the same answer" would be the very thing hidden.
  if (e?.suppression === 'linked' || e?.suppression === 'class') return say('suppressedLinked', ctx.lang);
  if (e && e.n >= ctx.minCell) return say('suppressedSmall', ctx.lang);
  return say('suppressed', ctx.lang, { min: ctx.minCell });
}

/** "n = 100", or "n = 95–120" over the shown estimates; '' when none is shown. */
export function nSpan(estimates: readonly (Estimate | undefined)[], lang: Lang): string {
  const ns = estimates.filter(isShown).map((e) => e.n);
  if (ns.length === 0) return '';
  const low = minOf(ns);
  const high = maxOf(ns);
  const f = (n: number) => formatNumber(n, lang, 0);
  return low === high ? say('n', lang, { n: f(low) }) : say('nRange', lang, { low: f(low), high: f(high) });
}

/** A number with an explicit sign: "+1,4", "−0,3" (typographic minus), "0,0". */
export function signed(value: number, lang: Lang, digits = 1): string {
  const text = formatNumber(Math.abs(value), lang, digits);
  if (Math.round(Math.abs(value) * 10 ** digits) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/**
 * Layers drawing each point's 95% interval (`low`–`high`) as a line just under its dot, in the dot's
 * colour: `colors[0]` where the boolean field `side` holds, `colors[1]` where not. (At the n of a
 * region the interval is often narrower than the dot, so it is drawn beside it, not through it.)
 * Colours are mark properties, not a scale, so they never add a legend.
 */
export function intervalsUnderDots(values: object[], x: object, side: string, colors: [string, string]) {
  return [true, false].map((holds) => ({
    data: { values },
    transform: [{ filter: holds ? `datum.${side}` : `!datum.${side}` }],
    mark: { type: 'rule' as const, strokeWidth: 3, yOffset: 14, color: holds ? colors[0] : colors[1] },
    encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' } },
  }));
}

/** Row keys `r0`, `r1`, … (axis values; the labels are looked up by key, see `rowLabels`). */
export function rowKey(index: number): string {
  return `r${index}`;
}

/**
 * A param holding each row's label lines and the axis `labelExpr` that looks them up, so that
 * wrapped user text reaches the axis as data, never spliced into the expression. `axis` also
 * shifts labels of several lines up by half their extra height, so they centre on their row.
 */
export function rowLabels(lines: Record<string, string[]>, name = 'rowLabels') {
  const lineHeight = SIZE.label + 3;
  const counts = [...new Set(Object.values(lines).map((l) => l.length))].filter((k) => k > 1).sort();
  const labelOffset = {
    condition: counts.map((k) => ({
      test: `length(${name}[datum.value]) == ${k}`,
      value: (-(k - 1) * lineHeight) / 2,
    })),
    value: 0,
  };
  return {
    param: { name, value: lines },
    labelExpr: `${name}[datum.value]`,
    axis: {
      title: null,
      labelExpr: `${name}[datum.value]`,
      ...(counts.length > 0 ? { labelOffset } : {}),
      ticks: false,
      domain: false,
      minExtent: LABEL_COLUMN,
      maxExtent: LABEL_COLUMN,
    },
  };
}

/** Axis tick values from `low` to `high` at the smallest step of `steps` that leaves `minGap` px. */
export function tickValues(
  low: number,
  high: number,
  pxPerUnit: number,
  steps: number[],
  minGap = 64,
): number[] {
  const step = steps.find((s) => s * pxPerUnit >= minGap) ?? steps[steps.length - 1] ?? 1;
  const values: number[] = [];
  for (let i = Math.ceil(low / step - 1e-9); i * step <= high + 1e-9; i++)
    values.push(Number((i * step).toFixed(10)));
  return values;
}
