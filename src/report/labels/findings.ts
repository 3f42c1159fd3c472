/** The sentences of the key findings, in Dutch and English (numbers come in already formatted). */
const plural = (k: number, one: string, more: string) => (k === 1 ? one : more);

export const findingTexts = {
  gap: {
    nl: (phase: string, gap: string) =>
      `De grootste ambitiekloof zit bij ${phase}: gewenst ligt gemiddeld ${gap} trede hoger dan nu.`,
    en: (phase: string, gap: string) =>
      `The largest ambition gap is in ${phase}: the desired rung is on average ${gap} higher than today.`,
  },
  gapTie: {
    nl: (phases: string, gap: string) =>
      `De ambitiekloof is het grootst, en even groot, bij ${phases}: gewenst ligt gemiddeld ${gap} trede hoger dan nu.`,
    en: (phases: string, gap: string) =>
      `The ambition gap is largest, and equally large, in ${phases}: the desired rung is on average ${gap} higher than today.`,
  },
  ladderNow: {
    nl: (share: string) =>
      `Over alle fasen heen zegt gemiddeld ${share} dat inwoners nu minstens mogen adviseren.`,
    en: (share: string) => `Across all phases, on average ${share} say residents can now at least advise.`,
  },
  weakest: {
    nl: (item: string, mean: string) => `Minst op orde van de randvoorwaarden: ${item} (gemiddeld ${mean}).`,
    en: (item: string, mean: string) => `The weakest condition: ${item} (mean ${mean}).`,
  },
  weakestTie: {
    nl: (items: string, mean: string) => `Minst op orde, en gelijk: ${items} (gemiddeld ${mean}).`,
    en: (items: string, mean: string) => `The weakest conditions, tied: ${items} (mean ${mean}).`,
  },
  strongest: {
    nl: (item: string, mean: string) => `Best op orde: ${item} (gemiddeld ${mean}).`,
    en: (item: string, mean: string) => `The strongest condition: ${item} (mean ${mean}).`,
  },
  perspective: {
    nl: (k: number, item: string) =>
      k === 0
        ? 'Inwoners en professionals verschillen nergens duidelijk van elkaar.'
        : `Inwoners en professionals kijken op ${k} ${plural(k, 'punt', 'punten')} duidelijk anders${item ? `, het sterkst bij ${item}` : ''}.`,
    en: (k: number, item: string) =>
      k === 0
        ? 'Residents and professionals do not differ clearly on any item.'
        : `Residents and professionals differ clearly on ${k} ${plural(k, 'item', 'items')}${item ? `, most of all on ${item}` : ''}.`,
  },
  perspectiveIndicative: {
    nl: (j: number, nmin: number) =>
      `Op ${j} ${plural(j, 'punt', 'punten')} is er een aanwijzing voor verschil, maar een van de groepen is kleiner dan ${nmin}: lees dat als indicatie.`,
    en: (j: number, nmin: number) =>
      `On ${j} ${plural(j, 'item', 'items')} there is an indication of a difference, but one group is smaller than ${nmin}: read it as indicative.`,
  },
  benchmark: {
    nl: (above: number, below: number) =>
      above + below === 0
        ? 'De regio wijkt nergens duidelijk af van de rest van het land.'
        : `Ten opzichte van de rest van het land scoort de regio op ${above} ${plural(above, 'punt', 'punten')} duidelijk hoger en op ${below} duidelijk lager.`,
    en: (above: number, below: number) =>
      above + below === 0
        ? 'The region does not differ clearly from the rest of the country on any item.'
        : `Compared with the rest of the country, the region scores clearly higher on ${above} ${plural(above, 'item', 'items')} and clearly lower on ${below}.`,
  },
  benchmarkIndicative: {
    nl: (j: number, nmin: number) =>
      `Op ${j} ${plural(j, 'punt', 'punten')} is er een aanwijzing voor verschil met de rest van het land, bij een groep kleiner dan ${nmin}.`,
    en: (j: number, nmin: number) =>
      `On ${j} ${plural(j, 'item', 'items')} there is an indication of a difference from the rest of the country, with a group smaller than ${nmin}.`,
  },
  opportunity: {
    nl: (theme: string) => `De grootste kans: ${theme}, belangrijk maar gaat nog niet goed.`,
    en: (theme: string) => `The biggest opportunity: ${theme}, important but not going well yet.`,
  },
} as const;
