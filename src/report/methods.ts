/**
 * The methods of a run as paragraphs in the report language: only the choices that apply to this
 * questionnaire (no ladder paragraph without ladder questions). One list for every output.
 */
import type { RunFacts } from './facts.js';
import type { Labeller } from './labels/labeller.js';
import {
  comparisonsText,
  intervalsText,
  type MethodKey,
  methodHeadings,
  methodTexts,
  provenanceText,
  suppressionText,
  trendText,
  weightingText,
} from './labels/methods.js';

export interface MethodParagraph {
  key: MethodKey;
  heading: string;
  text: string;
}

export function toMethodParagraphs(facts: RunFacts, labels: Labeller): MethodParagraph[] {
  const m = facts.methods;
  const libraries = Object.entries(facts.libraries)
    .filter(([, v]) => v !== null)
    .map(([name, v]) => `${name} ${v}`)
    .join(', ');
  const texts: [MethodKey, { nl: string; en: string }][] = [
    ['missing', methodTexts.missing],
    ['intervals', intervalsText(m.weighted)],
    ...(facts.has.indices
      ? [['indices', methodTexts.indices] as [MethodKey, { nl: string; en: string }]]
      : []),
    ...(facts.has.ladder ? [['ladder', methodTexts.ladder] as [MethodKey, { nl: string; en: string }]] : []),
    ...(facts.has.ipa ? [['ipa', methodTexts.ipa] as [MethodKey, { nl: string; en: string }]] : []),
    ...(facts.has.comparisons
      ? [
          ['comparisons', comparisonsText(m.fdrQ, m.minComparisonN, m.weighted)] as [
            MethodKey,
            { nl: string; en: string },
          ],
        ]
      : []),
    [
      'suppression',
      suppressionText(m.minCell, m.minCount, {
        estimates: facts.disclosure.estimates,
        hidden: facts.disclosure.primary + facts.disclosure.secondary,
        counts: facts.disclosure.counts,
        countsHidden: facts.disclosure.countsPrimary + facts.disclosure.countsSecondary,
        unreported: facts.unreported.length,
      }),
    ],
    ['quotes', methodTexts.quotes],
    ['weighting', weightingText(m.weighting)],
    ...(facts.trend
      ? [
          ['trend', trendText(facts.trend.date, facts.trend.excluded.length)] as [
            MethodKey,
            { nl: string; en: string },
          ],
        ]
      : []),
    ['provenance', provenanceText(facts.version, facts.date, libraries)],
  ];
  return texts.map(([key, text]) => ({ key, heading: labels.t(methodHeadings[key]), text: labels.t(text) }));
}
