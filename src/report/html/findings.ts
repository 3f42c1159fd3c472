/**
 * The key messages of a region, in words: one sentence per finding, built only from estimates that
 * are shown (never from suppressed ones), so the headline of every screen says what the chart shows.
 */
import type { Comparison, RegionResult } from '../../analyse/types.js';
import { formatNumber, formatPercent } from '../labels/index.js';
import type { Labeller } from './labels.js';

/** A label inside a sentence: "Agendavorming" → "agendavorming" (acronyms such as "GGZ" stay). */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

const T = {
  gap: {
    nl: (phase: string, gap: string) =>
      `De grootste ambitiekloof zit bij ${phase}: gewenst ligt gemiddeld ${gap} trede hoger dan nu.`,
    en: (phase: string, gap: string) =>
      `The largest ambition gap is in ${phase}: the desired rung is on average ${gap} higher than today.`,
  },
  ladderNow: {
    nl: (share: string) =>
      `Over alle fasen heen zegt gemiddeld ${share} dat inwoners nu minstens mogen adviseren.`,
    en: (share: string) => `Across all phases, on average ${share} say residents can now at least advise.`,
  },
  weakest: {
    nl: (item: string, share: string) => `Minst op orde van de randvoorwaarden: ${item} (${share} eens).`,
    en: (item: string, share: string) => `The weakest condition: ${item} (${share} agree).`,
  },
  strongest: {
    nl: (item: string, share: string) => `Best op orde: ${item} (${share} eens).`,
    en: (item: string, share: string) => `The strongest condition: ${item} (${share} agree).`,
  },
  perspective: {
    nl: (k: number, item: string) =>
      k === 0
        ? 'Inwoners en professionals verschillen nergens aantoonbaar van elkaar.'
        : `Inwoners en professionals kijken op ${k} punt${k === 1 ? '' : 'en'} aantoonbaar anders, het sterkst bij ${item}.`,
    en: (k: number, item: string) =>
      k === 0
        ? 'Residents and professionals do not differ demonstrably on any item.'
        : `Residents and professionals differ demonstrably on ${k} item${k === 1 ? '' : 's'}, most of all on ${item}.`,
  },
  benchmark: {
    nl: (above: number, below: number) =>
      above + below === 0
        ? 'De regio wijkt nergens aantoonbaar af van de rest van het land.'
        : `Ten opzichte van de rest van het land scoort de regio op ${above} punt${above === 1 ? '' : 'en'} hoger en op ${below} lager.`,
    en: (above: number, below: number) =>
      above + below === 0
        ? 'The region does not differ demonstrably from the rest of the country on any item.'
        : `Compared with the rest of the country, the region scores higher on ${above} item${above === 1 ? '' : 's'} and lower on ${below}.`,
  },
  opportunity: {
    nl: (theme: string) => `De grootste kans: ${theme}, belangrijk maar gaat nog niet goed.`,
    en: (theme: string) => `The biggest opportunity: ${theme}, important but not going well yet.`,
  },
};

/** The largest significant difference among items on one scale (`items`), so 0–100 and 1–5 are never mixed. */
function largest(comparisons: readonly Comparison[], items: readonly string[]): Comparison | undefined {
  return comparisons
    .filter((c) => c.significant && c.difference.estimate !== null && items.includes(c.item))
    .sort((a, b) => Math.abs(b.difference.estimate!) - Math.abs(a.difference.estimate!))[0];
}

export interface Findings {
  ladder: string | null;
  conditions: string | null;
  perspective: string;
  benchmark: string | null;
  opportunity: string | null;
  all: string[];
}

/**
 * `conditionItems`: the Likert items of the conditions index (randvoorwaarden); `likertItems`:
 * every Likert item (the scale on which the largest perspective gap is chosen).
 */
export function findings(
  region: RegionResult,
  l: Labeller,
  conditionItems: readonly string[],
  likertItems: readonly string[],
): Findings {
  const lang = l.lang;
  const gaps = region.ladder.filter((p) => p.ambitiekloof.estimate !== null);
  const top = [...gaps].sort((a, b) => b.ambitiekloof.estimate! - a.ambitiekloof.estimate!)[0];
  const ladder = top
    ? T.gap[lang](inSentence(l.text(top.label)), formatNumber(top.ambitiekloof.estimate!, lang))
    : null;
  const nowShares = region.ladder
    .map((p) => p.now.shareAdviseren.estimate)
    .filter((x): x is number => x !== null);
  const ladderNow =
    nowShares.length > 0
      ? T.ladderNow[lang](formatPercent(nowShares.reduce((a, b) => a + b, 0) / nowShares.length, lang))
      : null;

  const shown = region.likert.filter(
    (x) => x.shareAgree.estimate !== null && conditionItems.includes(x.item),
  );
  const sorted = [...shown].sort((a, b) => a.shareAgree.estimate! - b.shareAgree.estimate!);
  const weakest = sorted[0];
  const strongest = sorted[sorted.length - 1];
  const conditions = weakest
    ? T.weakest[lang](inSentence(l.question(weakest.item)), formatPercent(weakest.shareAgree.estimate!, lang))
    : null;
  const strong =
    strongest && strongest !== weakest
      ? T.strongest[lang](
          inSentence(l.question(strongest.item)),
          formatPercent(strongest.shareAgree.estimate!, lang),
        )
      : null;

  const sig = region.perspective.filter((c) => c.significant);
  const big = largest(region.perspective, likertItems);
  const perspective = T.perspective[lang](sig.length, big ? inSentence(l.question(big.item)) : '');
  const above = region.benchmark.filter((c) => c.significant && c.difference.estimate! > 0).length;
  const below = region.benchmark.filter((c) => c.significant && c.difference.estimate! < 0).length;
  const benchmark = region.benchmark.length > 0 ? T.benchmark[lang](above, below) : null;
  const opportunity = region.opportunities[0]
    ? T.opportunity[lang](inSentence(l.theme(region.opportunities[0])))
    : null;
  return {
    ladder,
    conditions,
    perspective,
    benchmark,
    opportunity,
    all: [ladder, ladderNow, conditions, strong, perspective, benchmark, opportunity].filter(
      (x): x is string => x !== null,
    ),
  };
}
