/**
 * The rules by which a headline picks what it names, shared by chart titles, the key findings and
 * the workbook, so the summary and the chart always name the same thing:
 *  - an extreme is every item that shows the same value as the extreme (ties are named as ties);
 *  - the weakest condition is the lowest mean (the conditions profile's measure), ties by share agreeing;
 *  - a difference is significant (q below the FDR level, both sides at least the minimum n),
 *    indicative (q below the level, one side smaller than that), or not shown to differ.
 */
import type { Comparison, Estimate, MethodFacts } from '../analyse/types.js';
import type { Lang } from './labels/index.js';
import { isShown } from './shown.js';

/**
 * The items of `list` whose value, written with `digits` decimals (`digits` of a percentage when
 * `percent`), equals that of the lowest (`'low'`) or highest (`'high'`); null values are never chosen.
 */
export function extremesBy<T>(
  list: readonly T[],
  value: (item: T) => number | null,
  direction: 'low' | 'high',
  digits: number,
): T[] {
  const valued = list.flatMap((x) => {
    const v = value(x);
    return v === null || !Number.isFinite(v) ? [] : [{ x, v }];
  });
  if (valued.length === 0) return [];
  const best = valued.reduce((a, b) => ((direction === 'low' ? b.v < a.v : b.v > a.v) ? b : a));
  const rounded = (v: number) => Math.round(v * 10 ** digits);
  return valued.filter((e) => rounded(e.v) === rounded(best.v)).map((e) => e.x);
}

/**
 * The items of `list` whose shown estimate, written with `digits` decimals, equals that of the
 * lowest (`'low'`) or highest (`'high'`); empty when none is shown.
 */
export function extremes<T>(
  list: readonly T[],
  estimateOf: (item: T) => Estimate | undefined,
  direction: 'low' | 'high',
  digits: number,
): T[] {
  return extremesBy(
    list,
    (x) => {
      const e = estimateOf(x);
      return isShown(e) ? e.estimate : null;
    },
    direction,
    digits,
  );
}

/**
 * Items in the order of the conditions profile: highest mean first, ties broken by the share
 * agreeing; items with nothing shown last.
 */
export function byMean<T>(list: readonly T[], mean: (x: T) => Estimate, agree: (x: T) => Estimate): T[] {
  const key = (e: Estimate) => (isShown(e) ? e.estimate : Number.NEGATIVE_INFINITY);
  return [...list].sort((a, b) => key(mean(b)) - key(mean(a)) || key(agree(b)) - key(agree(a)));
}

export type Verdict = 'significant' | 'indicative' | 'none' | 'hidden';

/** What a comparison shows, by the rule of the methods (BH q level, minimum n on both sides). */
export function verdictOf(c: Comparison, methods: Pick<MethodFacts, 'fdrQ' | 'minComparisonN'>): Verdict {
  if (!isShown(c.difference)) return 'hidden';
  if (c.significant) return 'significant';
  const small = Math.min(c.a.n, c.b.n) < methods.minComparisonN;
  return c.qValue !== null && c.qValue < methods.fdrQ && small ? 'indicative' : 'none';
}

/** Names joined as a sentence writes them: "a", "a en b", "a, b en c". */
export function joinNames(names: readonly string[], lang: Lang): string {
  const and = lang === 'nl' ? 'en' : 'and';
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** A question as the topic of a headline: "Wat is uw leeftijd?" → "Wat is uw leeftijd" (then ": …"). */
export function asTopic(label: string): string {
  return label.replace(/\s*[?:.!]+\s*$/u, '');
}

/** A label inside a sentence: "Agendavorming" → "agendavorming" (acronyms such as "GGZ" stay). */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
