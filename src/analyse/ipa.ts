/**
 * Importance vs performance per theme: both means, the paired gap, and the quadrant against the
 * grand means: "kans" (important, going badly), "sterk punt", "minder urgent", "overschat".
 */
import type { IpaQuestion } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';
import { codedCounts, codedMean, valueMean, valueStats } from './coded.js';
import type { Context, Place } from './context.js';
import type { Selection } from './select.js';
import type { IpaResult, Quadrant } from './types.js';

function paired(
  ctx: Context,
  imp: IpaQuestion,
  perf: IpaQuestion,
  selection: Selection,
): { a: Float64Array; b: Float64Array } {
  const vi = new Set(ctx.scale(imp.scale).options.map((o) => o.code));
  const vp = new Set(ctx.scale(perf.scale).options.map((o) => o.code));
  const ci = ctx.column(imp.id);
  const cp = ctx.column(perf.id);
  const a = new Float64Array(selection.length);
  const b = new Float64Array(selection.length);
  selection.forEach((r, j) => {
    const x = ci?.kind === 'code' ? ci.codes[r]! : MISSING;
    const y = cp?.kind === 'code' ? cp.codes[r]! : MISSING;
    a[j] = vi.has(x) ? x : Number.NaN;
    b[j] = vp.has(y) ? y : Number.NaN;
  });
  return { a, b };
}

/** The quadrant of a theme against the grand means of importance and performance. */
export function quadrantOf(
  importance: number,
  performance: number,
  grandImportance: number,
  grandPerformance: number,
): Quadrant {
  const important = importance >= grandImportance;
  const good = performance >= grandPerformance;
  if (important) return good ? 'sterk_punt' : 'kans';
  return good ? 'overschat' : 'minder_urgent';
}

/**
 * Every theme with both halves, quadrants and the ranked opportunities and strengths;
 * `selectionFor(theme id)` gives the respondents of each theme.
 */
export function analyseIpa(
  ctx: Context,
  selectionFor: (key: string) => Selection,
  place: Place,
): { ipa: IpaResult[]; opportunities: string[]; strengths: string[] } {
  const _min = ctx.options.minCell;
  const results: IpaResult[] = [];
  for (const theme of ctx.codebook.themes) {
    const qs = ctx.codebook.questions.filter(
      (q): q is IpaQuestion => q.type === 'ipa' && q.theme === theme.id,
    );
    const imp = qs.find((q) => q.aspect === 'importance');
    const perf = qs.find((q) => q.aspect === 'performance');
    if (!imp || !perf) continue;
    const selection = selectionFor(theme.id);
    const { a, b } = paired(ctx, imp, perf, selection);
    const gap = valueStats(ctx, selection, (j) => a[j]! - b[j]!);
    const mean = (q: IpaQuestion) => {
      const column = ctx.column(q.id);
      const codes = ctx.scale(q.scale).options.map((o) => o.code);
      const counted = codedCounts(
        ctx,
        column?.kind === 'code' ? column.codes : new Int16Array(0),
        selection,
        codes,
      );
      return codedMean(ctx, place, { indicator: 'mean', item: q.id }, counted, false);
    };
    results.push({
      theme: theme.id,
      label: theme.label,
      importance: mean(imp),
      performance: mean(perf),
      gap: valueMean(ctx, place, { indicator: 'ipa_gap', item: theme.id }, gap),
      quadrant: null,
    });
  }
  const shown = results.filter((r) => r.importance.estimate !== null && r.performance.estimate !== null);
  if (shown.length > 0) {
    const gi = shown.reduce((s, r) => s + r.importance.estimate!, 0) / shown.length;
    const gp = shown.reduce((s, r) => s + r.performance.estimate!, 0) / shown.length;
    for (const r of shown) {
      r.quadrant = quadrantOf(r.importance.estimate!, r.performance.estimate!, gi, gp);
      r.gap.category = r.quadrant;
    }
  }
  const opportunities = shown
    .filter((r) => r.quadrant === 'kans' && r.gap.estimate !== null)
    .sort((x, y) => y.gap.estimate! - x.gap.estimate! || x.theme.localeCompare(y.theme))
    .map((r) => r.theme);
  const strengths = shown
    .filter((r) => r.quadrant === 'sterk_punt')
    .sort((x, y) => y.performance.estimate! - x.performance.estimate! || x.theme.localeCompare(y.theme))
    .map((r) => r.theme);
  return { ipa: results, opportunities, strengths };
}
