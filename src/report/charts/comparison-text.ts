/**
 * The words and numbers of a comparison chart: which scale an item is drawn on, the
 * difference as written beside the dots, the order of the rows, and the text alternative.
 */
import type { Comparison, Estimate } from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import { formatNumber, formatPercent, type Lang } from '../labels/index.js';
import { isShown, itemLabel, say, scaleEnds, scaleOf, signed, suppressedMark } from './parts.js';
import type { ChartContext } from './types.js';

/** The scale of a panel: its domain, tick values and axis title. */
export interface Kind {
  id: string;
  domain: [number, number];
  values: number[];
  title: string;
  percent: boolean;
}

/** The scale an item is drawn on: its Likert or ladder scale, 0–100 for an index, 0–1 for a share. */
export function kindOf(c: Comparison, codebook: Codebook, lang: Lang): Kind {
  if (c.a.indicator.includes('share')) {
    return {
      id: 'share',
      domain: [0, 1],
      values: [0, 0.25, 0.5, 0.75, 1],
      title: say('axisShare', lang),
      percent: true,
    };
  }
  const scale = scaleOf(codebook, c.item);
  const question = codebook.questions.find((q) => q.id === c.item);
  if (scale && question) {
    const codes = scale.options.map((o) => o.code);
    const ladder = question.type === 'ladder';
    return {
      id: `${question.type}:${scale.id}`,
      domain: [Math.min(...codes), Math.max(...codes)],
      values: codes,
      title: say(ladder ? 'axisLadder' : 'axisMean', lang, { ends: scaleEnds(scale, lang) }),
      percent: false,
    };
  }
  return {
    id: 'index',
    domain: [0, 100],
    values: [0, 25, 50, 75, 100],
    title: say('axisIndex', lang),
    percent: false,
  };
}

/** A group's value as written: a percentage for shares, else one decimal (none for an index). */
function value(e: Estimate, kind: Kind, lang: Lang): string {
  return kind.percent
    ? formatPercent(e.estimate ?? 0, lang)
    : formatNumber(e.estimate ?? 0, lang, kind.id === 'index' ? 0 : 1);
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
  if (kind.percent) return say('percentPoints', ctx.lang, { d: signed(d.estimate * 100, ctx.lang, 0) });
  return signed(d.estimate, ctx.lang, 1);
}

/** Sort: largest difference first, items without a shown difference last. */
export function bySize(a: Comparison, b: Comparison): number {
  const size = (c: Comparison) => (isShown(c.difference) ? Math.abs(c.difference.estimate) : -1);
  return size(b) - size(a);
}

/** The text alternative: each item's two values, both n and the difference. */
export function toComparisonAlt(
  rows: Comparison[],
  ctx: ChartContext,
  title: string,
  a: string,
  b: string,
): string {
  const { lang } = ctx;
  const described = [...rows].sort(bySize).map((c) => {
    const label = itemLabel(ctx.codebook, c.item, lang);
    const kind = kindOf(c, ctx.codebook, lang);
    const side = (e: Estimate) => (isShown(e) ? value(e, kind, lang) : suppressedMark(e, ctx));
    return say('compareAltRow', lang, {
      label,
      a,
      va: side(c.a),
      na: formatNumber(c.a.n, lang, 0),
      b,
      vb: side(c.b),
      nb: formatNumber(c.b.n, lang, 0),
      d: differenceText(c, kind, ctx, [a, b]),
      sig: c.significant ? say('altSignificant', lang) : '',
    });
  });
  return say('compareAlt', lang, { title, rows: described.join('; ') });
}

/** How many comparisons are significant, of how many with a shown difference. */
export function countSignificant(rows: Comparison[]): { k: number; m: number } {
  const shown = rows.filter((c) => isShown(c.difference));
  return { k: shown.filter((c) => c.significant).length, m: shown.length };
}
