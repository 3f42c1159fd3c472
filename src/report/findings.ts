/**
 * The key messages of a region, in words: one sentence per finding, built only from estimates that
 * are shown (never from suppressed ones), by the same rules as the chart titles (`headlines.ts`), so
 * the summary and the charts name the same phase, the same weakest condition, the same count.
 */
import type { Comparison, RegionResult } from '../analyse/types.js';
import { groupResults, weakestOf } from './charts/conditions.js';
import type { ChartContext } from './charts/types.js';
import { extremes, inSentence, joinNames, verdictOf } from './headlines.js';
import { findingTexts as T } from './labels/findings.js';
import { isShown } from './shown.js';

export interface FindingsInput {
  /** The Likert items of the conditions (the report plan's). */
  conditionItems: readonly string[];
}

/** The largest significant difference among Likert items (one scale, so 1–5 and 0–100 never mix). */
function largest(comparisons: readonly Comparison[], ctx: ChartContext): Comparison | undefined {
  return comparisons
    .filter(
      (c) =>
        verdictOf(c, ctx.methods) === 'significant' &&
        isShown(c.difference) &&
        ctx.labels.question(c.item)?.type === 'likert',
    )
    .sort((a, b) => Math.abs(b.difference.estimate!) - Math.abs(a.difference.estimate!))[0];
}

/** The key messages of one region, in report order. */
export function findings(region: RegionResult, ctx: ChartContext, input: FindingsInput): string[] {
  const { lang, labels } = ctx;
  const out: string[] = [];

  const gaps = extremes(region.ladder, (p) => p.ambitiekloof, 'high', 1);
  if (gaps.length > 0) {
    const phases = joinNames(
      gaps.map((p) => inSentence(labels.t(p.label))),
      lang,
    );
    const gap = labels.number(gaps[0]!.ambitiekloof.estimate!, 1);
    out.push(T[gaps.length > 1 ? 'gapTie' : 'gap'][lang](phases, gap));
  }
  const nowShares = region.ladder.map((p) => p.now.shareAdviseren).filter(isShown);
  if (nowShares.length > 0) {
    const mean = nowShares.reduce((sum, e) => sum + e.estimate, 0) / nowShares.length;
    out.push(T.ladderNow[lang](labels.percent(mean)));
  }

  const conditions = groupResults(region, input.conditionItems);
  const weakest = weakestOf(conditions);
  if (weakest.length > 0) {
    const names = joinNames(
      weakest.map((r) => inSentence(labels.shortLabel(r.item))),
      lang,
    );
    out.push(
      T[weakest.length > 1 ? 'weakestTie' : 'weakest'][lang](
        names,
        labels.number(weakest[0]!.mean.estimate!, 1),
      ),
    );
    const strongest = extremes(conditions, (r) => r.mean, 'high', 1).filter((r) => !weakest.includes(r));
    if (strongest.length > 0) {
      const strong = joinNames(
        strongest.map((r) => inSentence(labels.shortLabel(r.item))),
        lang,
      );
      out.push(T.strongest[lang](strong, labels.number(strongest[0]!.mean.estimate!, 1)));
    }
  }

  if (region.perspective.length > 0) {
    const verdicts = region.perspective.map((c) => verdictOf(c, ctx.methods));
    const k = verdicts.filter((v) => v === 'significant').length;
    const j = verdicts.filter((v) => v === 'indicative').length;
    const big = largest(region.perspective, ctx);
    out.push(T.perspective[lang](k, big ? inSentence(labels.shortLabel(big.item)) : ''));
    if (j > 0) out.push(T.perspectiveIndicative[lang](j, ctx.methods.minComparisonN));
  }
  if (region.benchmark.length > 0) {
    const verdict = (c: Comparison) => verdictOf(c, ctx.methods);
    const above = region.benchmark.filter(
      (c) => verdict(c) === 'significant' && c.difference.estimate! > 0,
    ).length;
    const below = region.benchmark.filter(
      (c) => verdict(c) === 'significant' && c.difference.estimate! < 0,
    ).length;
    const j = region.benchmark.filter((c) => verdict(c) === 'indicative').length;
    out.push(T.benchmark[lang](above, below));
    if (j > 0) out.push(T.benchmarkIndicative[lang](j, ctx.methods.minComparisonN));
  }
  const top = region.opportunities[0];
  if (top) out.push(T.opportunity[lang](inSentence(labels.themeLabel(top))));
  return out;
}
