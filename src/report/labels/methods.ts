/**
 * The methods in words, in Dutch and English: one paragraph per choice (missing answers,
 * intervals, indices, ladder, opportunities, comparisons, small cells, weighting, provenance).
 * The HTML report, the workbook and the evidence annex print these same paragraphs.
 */
import type { WeightingFacts } from '../../analyse/types.js';
import { formatNumber, type Text } from './index.js';

const t = (nl: string, en: string): Text => ({ nl, en });

export const methodHeadings = {
  missing: t('Ontbrekende antwoorden', 'Missing answers'),
  intervals: t('Betrouwbaarheidsintervallen', 'Confidence intervals'),
  indices: t('Indexen en Cronbachs alfa', "Indices and Cronbach's alpha"),
  ladder: t('Participatieladder', 'Participation ladder'),
  ipa: t('Kansen en sterke punten', 'Opportunities and strengths'),
  comparisons: t('Vergelijkingen', 'Comparisons'),
  suppression: t('Kleine aantallen (privacy)', 'Small cells (privacy)'),
  quotes: t('Open antwoorden', 'Open answers'),
  weighting: t('Weging', 'Weighting'),
  trend: t('Vergelijking met de vorige meting', 'Comparison with the previous wave'),
  provenance: t('Herkomst', 'Provenance'),
} satisfies Record<string, Text>;

export type MethodKey = keyof typeof methodHeadings;

export const methodTexts = {
  missing: t(
    'Lege antwoorden, "weet niet" en "n.v.t." tellen als ontbrekend voor die vraag: ze tellen mee in de respons, maar nooit als lage score. Elke n is het aantal respondenten dat de vraag inhoudelijk beantwoordde (ongewogen).',
    'Blank answers, "don\'t know" and "not applicable" count as missing for that question: they count in the response, never as a low score. Every n is the number of respondents who gave a substantive answer (unweighted).',
  ),
  indices: t(
    'Een index is het gemiddelde van zijn stellingen (1–5) voor wie minstens de helft ervan beantwoordde, omgerekend naar 0–100: (gemiddelde − 1) / 4 × 100. Per index en regio staat Cronbachs alfa erbij; onder 0,6 hangen de stellingen weinig samen en is de index met voorzichtigheid te lezen.',
    "An index is the mean of its statements (1–5) for respondents who answered at least half of them, rescaled to 0–100: (mean − 1) / 4 × 100. Cronbach's alpha is given per index and region; below 0.6 the statements hang together poorly and the index should be read with care.",
  ),
  ladder: t(
    'De participatieladder loopt van 0 (niet betrokken) via informeren, raadplegen, adviseren, coproduceren en meebeslissen tot 6 (zelfbeheer), per beleidsfase, zoals het nu is en zoals het zou moeten zijn. Per fase: de verdeling, de mediane trede en het aandeel op "adviseren" of hoger (Wilson-interval). De ambitiekloof is het gemiddelde van gewenst − nu over wie beide beantwoordde, met een t-interval op die gepaarde verschillen.',
    'The participation ladder runs from 0 (not involved) through informing, consulting, advising, co-producing and co-deciding to 6 (self-management), per policy phase, as it is now and as it should be. Per phase: the distribution, the median rung and the share at "advising" or higher (Wilson interval). The ambition gap (ambitiekloof) is the mean of desired − now over respondents who answered both, with a t-interval on those paired differences.',
  ),
  ipa: t(
    'Per thema is gevraagd hoe belangrijk het is en hoe goed het nu gaat (1–5). De kwadranten liggen ten opzichte van de gemiddelden over alle thema\'s: "kans" is belangrijk maar gaat minder goed, "sterk punt" is belangrijk en gaat goed. Kansen staan op volgorde van het verschil belang − nu, met een gepaard interval.',
    'For each theme respondents rated how important it is and how well it goes now (1–5). Quadrants are drawn at the means over all themes: an "opportunity" is important but going badly, a "strength" is important and going well. Opportunities are ranked by the gap importance − performance, with a paired interval.',
  ),
  quotes: t(
    'Open antwoorden worden alleen geciteerd voor regio’s boven de drempel, nadat e-mailadressen, telefoonnummers, postcodes met huisnummer, IBAN’s en BSN’s (11-proef) automatisch zijn vervangen. Namen herkent geen programma: lees citaten na voordat u ze publiceert.',
    'Open answers are quoted only for regions above the threshold, after e-mail addresses, phone numbers, postcodes with house numbers, IBANs and BSNs (11-test) have been replaced automatically. No program recognises names: read quotes before you publish them.',
  ),
} satisfies Partial<Record<MethodKey, Text>>;

/** Paragraph on intervals; the weighted variant names the estimator. */
export function intervalsText(weighted: boolean): Text {
  const base = t(
    'Elk cijfer heeft een 95%-betrouwbaarheidsinterval. Gemiddelden: gemiddelde ± t(0,975; n − 1) × s / √n. Aandelen: het Wilson-score-interval, dat altijd binnen 0–100% blijft. In de grafieken staat het interval als lijn bij elk punt of elke balk.',
    'Every figure has a 95% confidence interval. Means: mean ± t(0.975, n − 1) × s / √n. Shares: the Wilson score interval, which always stays within 0–100%. In the charts the interval is the line at each point or bar.',
  );
  if (!weighted) return base;
  return {
    nl: `${base.nl} Gewogen cijfers: de ratioschatter Σwy / Σw met de linearisatie-standaardfout en het 97,5%-punt van de normale verdeling (zoals het R-pakket survey); aandelen met Wilson op de effectieve steekproefomvang (Kish).`,
    en: `${base.en} Weighted figures: the ratio estimator Σwy / Σw with the linearisation standard error and the 97.5% point of the normal distribution (as the R package survey); shares with Wilson on the effective sample size (Kish).`,
  };
}

/** What disclosure control hid in a run, for the methods paragraph. */
export interface HiddenCounts {
  estimates: number;
  hidden: number;
  counts: number;
  countsHidden: number;
  unreported: number;
}

/** Paragraph on disclosure control with the thresholds of the run and what it hid. */
export function suppressionText(minCell: number, minCount: number, hidden: HiddenCounts): Text {
  const unreportedNl =
    hidden.unreported > 0
      ? ` ${hidden.unreported} regio${hidden.unreported === 1 ? ' had' : '’s hadden'} minder dan ${minCell} respondenten: daarvoor is geen rapport gemaakt, en ${hidden.unreported === 1 ? 'die telt' : 'die tellen'} niet mee in de landelijke cijfers.`
      : '';
  const unreportedEn =
    hidden.unreported > 0
      ? ` ${hidden.unreported} region${hidden.unreported === 1 ? ' had' : 's had'} fewer than ${minCell} respondents: no report was made for ${hidden.unreported === 1 ? 'it' : 'them'}, and ${hidden.unreported === 1 ? 'it is' : 'they are'} left out of the national figures.`
      : '';
  return {
    nl: `Geen enkel gepubliceerd getal is tot een persoon terug te voeren, ook niet door getallen van elkaar af te trekken. Een cijfer over minder dan ${minCell} respondenten wordt niet gepubliceerd; het staat als "–" met "n<${minCell}", in elke uitvoer (in indicators.csv leeg, met suppressed = true). Aantallen onder ${minCount} in de responstabellen zijn verborgen, en daarnaast zo weinig mogelijk andere aantallen, zodat geen verborgen aantal terug te rekenen is uit een totaal, uit de aantallen van inwoners en professionals, uit de subregio’s en gemeenten of uit de landelijke telling. Als één kant van de vergelijking inwoners–professionals verborgen is, is de andere het ook. Een landelijk cijfer laat de regio’s weg die dat cijfer zelf niet tonen, en de rest van het land is dat landelijke cijfer zonder de regio. Als iedereen in een groep onder de 20 hetzelfde antwoordde, of bij een gevoelige vraag bijna iedereen, wordt die vraag voor die groep niet getoond. In deze meting zijn ${hidden.hidden} van de ${hidden.estimates} cijfers en ${hidden.countsHidden} van de ${hidden.counts} aantallen verborgen.${unreportedNl}`,
    en: `No published number can be traced to a person, also not by subtracting numbers from each other. A figure over fewer than ${minCell} respondents is not published; it shows as "–" with "n<${minCell}", in every output (empty in indicators.csv, with suppressed = true). Counts under ${minCount} in the response tables are hidden, and as few other counts as needed besides, so that no hidden count can be recovered from a total, from the counts of residents and professionals, from the subregions and municipalities, or from the national count. When one side of the residents–professionals comparison is hidden, so is the other. A national figure leaves out the regions that do not show that figure themselves, and the rest of the country is that national figure without the region. When everyone in a group under 20 gave the same answer, or on a sensitive question nearly everyone, that question is not shown for that group. In this run ${hidden.hidden} of ${hidden.estimates} figures and ${hidden.countsHidden} of ${hidden.counts} counts are hidden.${unreportedEn}`,
  };
}

/** Paragraph on comparisons: tests, Benjamini–Hochberg level and minimum n, and what "indicative" means. */
export function comparisonsText(fdrQ: number, minN: number, weighted = false): Text {
  const q = (lang: 'nl' | 'en') => formatNumber(fdrQ, lang, 2);
  const w = weighted
    ? {
        nl: ' Met gewichten is een verschil het verschil van de gewogen gemiddelden, met als standaardfout de wortel uit de som van hun kwadraten en een z-toets.',
        en: ' With weights a difference is the difference of the weighted means, with the square root of the sum of their squared standard errors and a z-test.',
      }
    : { nl: '', en: '' };
  const text = {
    nl: `Verschillen tussen de regio en de rest van het land (alle andere regio’s, zonder deze regio), en tussen inwoners en professionals: Welch-t-toets voor gemiddelden, z-toets voor twee aandelen. Over alle vergelijkingen van één rapport samen is de false discovery rate beheerst met Benjamini–Hochberg (q = ${q('nl')}). Een verschil heet duidelijk (significant) als de gecorrigeerde q-waarde onder ${q('nl')} ligt én beide groepen minstens ${minN} respondenten hebben; ligt q onder ${q('nl')} maar heeft een groep minder dan ${minN} respondenten, dan is het een aanwijzing, geen vaststaand verschil.`,
    en: `Differences between the region and the rest of the country (every other region, without this one), and between residents and professionals: Welch t-test for means, two-proportion z-test for shares. The false discovery rate over all comparisons of one report is controlled with Benjamini–Hochberg (q = ${q('en')}). A difference is called clear (significant) when the adjusted q-value is below ${q('en')} and both groups have at least ${minN} respondents; when q is below ${q('en')} but a group has fewer than ${minN} respondents, it is an indication, not an established difference.`,
  };
  return { nl: text.nl + w.nl, en: text.en + w.en };
}

/** Paragraph on the trend against an earlier run. */
export function trendText(date: string | null, excluded: number): Text {
  const when = { nl: date ? ` van ${date}` : '', en: date ? ` of ${date}` : '' };
  return {
    nl: `Elk cijfer is vergeleken met hetzelfde gepubliceerde cijfer van de vorige meting${when.nl}, voor dezelfde regio en groep: gemiddelden met Welch’ t-toets, aandelen met de z-toets voor twee aandelen (met gewichten: z-toetsen op de standaardfouten en de effectieve n), opnieuw opgebouwd uit de gepubliceerde n en intervallen van beide metingen. Die vergelijkingen tellen mee in Benjamini–Hochberg van het rapport; een verandering heet duidelijk onder dezelfde regel als elk ander verschil. Een vraag waarvan de tekst, de soort of de antwoordschaal veranderd is, wordt niet vergeleken (${excluded} in deze meting), net als een index of fase die erop rust; het rapport noemt ze. Een cijfer dat in een van beide metingen verborgen is, krijgt geen verandering.`,
    en: `Each figure was compared with the same published figure of the previous wave${when.en}, for the same region and group: means with Welch's t-test, shares with the two-proportion z-test (with weights: z-tests on the standard errors and the effective n), rebuilt from the published n and intervals of both waves. These comparisons count in the report's Benjamini–Hochberg; a change is called clear by the same rule as any other difference. A question whose wording, kind or answer scale changed is not compared (${excluded} in this wave), nor an index or phase resting on it; the report names them. A figure hidden in either wave gets no change.`,
  };
}

/** Paragraph on weighting: how the weights were made and what they do. */
export function weightingText(w: WeightingFacts | null): Text {
  if (!w)
    return t(
      'De cijfers zijn niet gewogen: ze beschrijven wie meededen, niet vanzelf de hele regio.',
      'The figures are unweighted: they describe who took part, not necessarily the whole region.',
    );
  const f = (lang: 'nl' | 'en', x: number, d = 2) => formatNumber(x, lang, d);
  const how = {
    nl:
      w.source === 'rake'
        ? `De cijfers zijn gewogen door raking (iteratief proportioneel passen) naar de bevolking per ${w.margins.join(', ')}: na ${w.iterations} rondes wijkt geen marge meer dan ${formatNumber((w.maxError ?? 0) * 100, 'nl', 4)}% af.`
        : `De cijfers zijn gewogen met de gewichten in kolom ${w.column}.`,
    en:
      w.source === 'rake'
        ? `The figures are weighted by raking (iterative proportional fitting) to the population by ${w.margins.join(', ')}: after ${w.iterations} passes no margin is off by more than ${formatNumber((w.maxError ?? 0) * 100, 'en', 4)}%.`
        : `The figures are weighted with the weights in column ${w.column}.`,
  };
  const cap = {
    nl: w.cap
      ? ` Gewichten boven ${f('nl', w.cap, 1)} × het gemiddelde zijn afgetopt (${w.capped} keer).`
      : '',
    en: w.cap ? ` Weights above ${f('en', w.cap, 1)} × the mean were trimmed (${w.capped} times).` : '',
  };
  return {
    nl: `${how.nl}${cap.nl} Het kleinste gewicht is ${f('nl', w.min)} en het grootste ${f('nl', w.max)} keer het gemiddelde; het design-effect van de weging (1 + CV²) is ${f('nl', w.designEffect)}, dus ${w.n} respondenten tellen als ${f('nl', w.nEff, 0)} (Kish). Intervallen gebruiken de gewichten zoals ze zijn (de winst in precisie door raking telt niet mee, dus ze zijn iets te ruim). Elke n blijft het ongewogen aantal respondenten, en of een cijfer getoond mag worden hangt af van respondenten, niet van gewichten.`,
    en: `${how.en}${cap.en} The smallest weight is ${f('en', w.min)} and the largest ${f('en', w.max)} times the mean; the design effect of weighting (1 + CV²) is ${f('en', w.designEffect)}, so ${w.n} respondents count as ${f('en', w.nEff, 0)} (Kish). Intervals take the weights as given (the precision raking gains is not counted, so they are slightly wide). Every n remains the unweighted number of respondents, and whether a figure may be shown depends on respondents, not on weights.`,
  };
}

/** "Made with regioscan 0.1.0 on 2026-03-01." */
export function provenanceText(version: string, date: string, libraries: string): Text {
  return {
    nl: `Gemaakt met regioscan ${version} op ${date} (${libraries}). De sha256 van elk invoerbestand identificeert precies welke gegevens zijn gebruikt.`,
    en: `Made with regioscan ${version} on ${date} (${libraries}). The sha256 of each input file identifies exactly which data were used.`,
  };
}
