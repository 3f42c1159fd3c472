/**
 * The words and numbers of a comparison chart: which scale an item is drawn on, the
 * difference as written beside the dots, the order of the rows, and the text alternative.
 */
import type { Comparison, Estimate } from '../../analyse/types.js';
import { verdictOf } from '../headlines.js';
import { isShown, maxOf, minOf, say, scaleEnds, signed, suppressedMark } from './parts.js';
import { estimateCell, intervalColumn, nCell, nColumn, sayTable, textColumn } from './table.js';
import type { ChartContext, ChartTable } from './types.js';

/** The scale of a panel: its domain, tick values, axis title and a natural unit of difference. */
export interface Kind {
  id: string;
  domain: [number, number];
  values: number[];
  title: string;
  percent: boolean;
  /** The smallest half-width of the difference axis (one scale point, 10 index points, 10%). */
  step: number;
}

/** The scale an item is drawn on: its Likert or ladder scale, 0–100 for an index, 0–1 for a share. */
export function kindOf(c: Comparison, ctx: ChartContext): Kind {
  const { lang, labels } = ctx;
  if (c.a.indicator.includes('share')) {
    return {
      id: 'share',
      domain: [0, 1],
      values: [0, 0.25, 0.5, 0.75, 1],
      title: say('axisShare', lang),
      percent: true,
      step: 0.1,
    };
  }
  const scale = labels.scaleOf(c.item);
  const question = labels.question(c.item);
  if (scale && question) {
    const codes = scale.options.map((o) => o.code);
    const ladder = question.type === 'ladder';
    return {
      id: `${question.type}:${scale.id}`,
      domain: [minOf(codes), maxOf(codes)],
      values: codes,
      title: say(ladder ? 'axisLadder' : 'axisMean', lang, { ends: scaleEnds(scale, lang) }),
      percent: false,
      step: 1,
    };
  }
  return {
    id: 'index',
    domain: [0, 100],
    values: [0, 25, 50, 75, 100],
    title: say('axisIndex', lang),
    percent: false,
    step: 10,
  };
}

/** A value as written: a percentage for shares, else one decimal (none for an index). */
function value(x: number, kind: Kind, ctx: ChartContext): string {
  return kind.percent ? ctx.labels.percent(x) : ctx.labels.number(x, kind.id === 'index' ? 0 : 1);
}

/**
 * Decimals to write a comparison's difference and its interval with: one for a mean, none for an
 * index or percentage points, and up to two more where a clear (significant) difference would read
 * as zero at that many. At a national n a difference of 0.04 on a 5-point scale is clear, and
 * "0,0" beside "clearly different" reads as a contradiction; "+0,04" does not.
 */
export function differenceDigits(c: Comparison, kind: Kind): number {
  const base = kind.percent || kind.id === 'index' ? 0 : 1;
  const size = Math.abs(c.difference.estimate ?? 0) * (kind.percent ? 100 : 1);
  let digits = base;
  while (c.significant && digits < base + 2 && Math.round(size * 10 ** digits) === 0) digits++;
  return digits;
}

/** The difference as written ("−1,1"), or which side is suppressed. */
export function differenceText(
  c: Comparison,
  kind: Kind,
  ctx: ChartContext,
  names: [string, string],
): string {
  const d = c.difference;
  if (!isShown(d)) {
    const hidden = [c.a, c.b].map((e, i) => ({ e, name: names[i] })).filter((s) => !isShown(s.e));
    const one = hidden.length === 1 ? hidden[0] : undefined;
    return one ? `${one.name}: ${suppressedMark(one.e, ctx)}` : suppressedMark(hidden[0]?.e ?? d, ctx);
  }
  const digits = differenceDigits(c, kind);
  if (kind.percent) return say('percentPoints', ctx.lang, { d: signed(d.estimate * 100, ctx.lang, digits) });
  return signed(d.estimate, ctx.lang, digits);
}

/** " (95%-interval −0,2 tot +0,1)" after a shown difference, at its digits; "" without one. */
function differenceInterval(c: Comparison, kind: Kind, ctx: ChartContext): string {
  const d = c.difference;
  if (!isShown(d) || d.ciLow === null || d.ciHigh === null) return '';
  const digits = differenceDigits(c, kind);
  const at = (x: number) => signed(kind.percent ? x * 100 : x, ctx.lang, digits);
  return ` (${say('interval', ctx.lang, { low: at(d.ciLow), high: at(d.ciHigh) })})`;
}

/** Sort: largest difference first, items without a shown difference last. */
export function bySize(a: Comparison, b: Comparison): number {
  const size = (c: Comparison) => (isShown(c.difference) ? Math.abs(c.difference.estimate) : -1);
  return size(b) - size(a);
}

/** The text alternative: each item's two values with intervals and n, the difference and what it shows. */
export function toComparisonAlt(
  rows: Comparison[],
  ctx: ChartContext,
  title: string,
  a: string,
  b: string,
): string {
  const { lang, labels } = ctx;
  const described = [...rows].sort(bySize).map((c) => {
    const kind = kindOf(c, ctx);
    const side = (e: Estimate) =>
      isShown(e)
        ? say('valueWithInterval', lang, {
            value: value(e.estimate, kind, ctx),
            low: value(e.ciLow ?? e.estimate, kind, ctx),
            high: value(e.ciHigh ?? e.estimate, kind, ctx),
            n: labels.number(e.n, 0),
          })
        : suppressedMark(e, ctx);
    const verdict = verdictOf(c, ctx.methods);
    return say('compareAltRow', lang, {
      label: labels.shortLabel(c.item),
      a,
      va: side(c.a),
      b,
      vb: side(c.b),
      d: differenceText(c, kind, ctx, [a, b]),
      interval: differenceInterval(c, kind, ctx),
      verdict: verdict === 'hidden' ? '' : say(`alt_${verdict}`, lang),
    });
  });
  return say('compareAlt', lang, { title, rows: described.join('; ') });
}

/** The legend text of each verdict, as the chart names it. */
const VERDICT = { significant: 'significant', indicative: 'indicative', none: 'notSignificant' } as const;

/**
 * The data table of a comparison: a row per item in the chart's order (by scale, then largest
 * difference first), each side with its interval and n, the difference with its interval and
 * what it shows.
 */
export function toComparisonTable(
  rows: Comparison[],
  ctx: ChartContext,
  title: string,
  a: string,
  b: string,
): ChartTable {
  const { lang, labels } = ctx;
  const kinds = new Map<string, Comparison[]>();
  for (const c of rows) {
    const id = kindOf(c, ctx).id;
    kinds.set(id, [...(kinds.get(id) ?? []), c]);
  }
  const ordered = [...kinds.values()].flatMap((group) => [...group].sort(bySize));
  return {
    caption: title,
    columns: [
      textColumn(sayTable('item', lang)),
      intervalColumn(a, lang),
      nColumn(lang, a),
      intervalColumn(b, lang),
      nColumn(lang, b),
      intervalColumn(sayTable('difference', lang), lang),
      textColumn(sayTable('verdict', lang)),
    ],
    rows: ordered.map((c) => {
      const kind = kindOf(c, ctx);
      const format = (v: number) => value(v, kind, ctx);
      const interval = differenceInterval(c, kind, ctx);
      const verdict = verdictOf(c, ctx.methods);
      return [
        labels.shortLabel(c.item),
        estimateCell(c.a, format, ctx),
        nCell(c.a, ctx),
        estimateCell(c.b, format, ctx),
        nCell(c.b, ctx),
        `${differenceText(c, kind, ctx, [a, b])}${interval}`,
        verdict === 'hidden' ? '–' : say(VERDICT[verdict], lang, { nmin: ctx.methods.minComparisonN }),
      ];
    }),
  };
}

/** How many comparisons are significant, how many indicative, of how many with a shown difference. */
export function countVerdicts(rows: Comparison[], ctx: ChartContext): { k: number; j: number; m: number } {
  const verdicts = rows.map((c) => verdictOf(c, ctx.methods)).filter((v) => v !== 'hidden');
  return {
    k: verdicts.filter((v) => v === 'significant').length,
    j: verdicts.filter((v) => v === 'indicative').length,
    m: verdicts.length,
  };
}
