/**
 * Every user-facing string of the Excel workbook (regioscan.xlsx) in Dutch and English.
 * Static strings are `Text` pairs; strings with a number in them are functions returning `Text`.
 * Question, option, phase and theme labels come from the codebook, never from here.
 */
import { formatNumber, type Text } from './index.js';

/** Sheet names: fixed sheets only (block sheets are named after the codebook block id). */
export const sheetNames = {
  overview: { nl: 'Overzicht', en: 'Overview' },
  response: { nl: 'Respons', en: 'Response' },
  indicators: { nl: 'Indicatoren', en: 'Indicators' },
  ledger: { nl: 'Verantwoording', en: 'Accounting' },
  methods: { nl: 'Methode', en: 'Methods' },
  charts: { nl: 'Grafieken', en: 'Charts' },
} satisfies Record<string, Text>;

/** What each fixed sheet holds, for the contents list on the overview sheet. */
export const sheetDescriptions = {
  response: {
    nl: 'respons naar rol, subregio en gemeente, met bereik',
    en: 'response by role, subregion and municipality, with reach',
  },
  indicators: {
    nl: 'alle schattingen als tabel (zoals indicators.csv)',
    en: 'every estimate as one table (as indicators.csv)',
  },
  ledger: {
    nl: 'elke ingelezen rij: opgenomen of uitgesloten, en waarom',
    en: 'every input row: included or excluded, and why',
  },
  methods: {
    nl: 'hoe de cijfers berekend zijn; invoerbestanden',
    en: 'how the figures were computed; input files',
  },
  charts: { nl: 'de grafieken als afbeelding', en: 'the charts as images' },
} satisfies Record<string, Text>;

/** Labels on the overview sheet. */
export const overview = {
  region: { nl: 'Regio', en: 'Region' },
  wave: { nl: 'Meetperiode', en: 'Wave' },
  respondents: { nl: 'Respondenten', en: 'Respondents' },
  generated: { nl: 'Gemaakt op', en: 'Generated on' },
  version: { nl: 'Versie', en: 'Version' },
  contents: { nl: 'Inhoud', en: 'Contents' },
  keyIndicators: { nl: 'Kernindicatoren', en: 'Key indicators' },
  opportunities: {
    nl: 'Grootste kansen: belangrijk, maar gaat nu minder goed',
    en: 'Top opportunities: important, but not going well now',
  },
  strengths: {
    nl: 'Sterke punten: belangrijk en gaat nu goed',
    en: 'Strengths: important and going well now',
  },
  none: { nl: '(geen)', en: '(none)' },
} satisfies Record<string, Text>;

/** Column headers shared by the result tables. */
export const headers = {
  id: { nl: 'Id', en: 'Id' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  question: { nl: 'Vraag', en: 'Question' },
  option: { nl: 'Antwoord', en: 'Option' },
  n: { nl: 'n', en: 'n' },
  value: { nl: 'Waarde', en: 'Value' },
  ciLow: { nl: '95%-BI onder', en: '95% CI low' },
  ciHigh: { nl: '95%-BI boven', en: '95% CI high' },
  note: { nl: 'Opmerking', en: 'Note' },
  mean: { nl: 'Gemiddelde', en: 'Mean' },
  shareAgree: { nl: '% (helemaal) eens', en: '% (strongly) agree' },
  share: { nl: 'Aandeel', en: 'Share' },
  dontKnow: { nl: 'Weet niet / n.v.t.', en: "Don't know / n/a" },
} satisfies Record<string, Text>;

/** The response sheet. */
export const response = {
  byRole: { nl: 'Respons naar rol', en: 'Response by role' },
  bySubregion: { nl: 'Respons naar subregio', en: 'Response by subregion' },
  byMunicipality: { nl: 'Respons naar gemeente', en: 'Response by municipality' },
  role: { nl: 'Rol', en: 'Role' },
  subregion: { nl: 'Subregio', en: 'Subregion' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  count: { nl: 'Respondenten', en: 'Respondents' },
  population: { nl: 'Inwoners', en: 'Population' },
  per10k: { nl: 'Per 10.000 inwoners', en: 'Per 10,000 residents' },
  total: { nl: 'Totaal', en: 'Total' },
} satisfies Record<string, Text>;

/** Section titles and headers of the block sheets. */
export const blocks = {
  likert: { nl: 'Stellingen', en: 'Statements' },
  indices: { nl: 'Indexen (0–100)', en: 'Indices (0–100)' },
  indicesBySubregion: { nl: 'Indexen per subregio', en: 'Indices by subregion' },
  ladder: { nl: 'Participatieladder per beleidsfase', en: 'Participation ladder by policy phase' },
  ladderDistribution: {
    nl: 'Participatieladder: verdeling over de treden',
    en: 'Participation ladder: distribution',
  },
  ipa: { nl: 'Belang en hoe goed het nu gaat, per thema', en: 'Importance and performance by theme' },
  choices: { nl: 'Keuzevragen', en: 'Choice questions' },
  index: { nl: 'Index', en: 'Index' },
  score: { nl: 'Score (0–100)', en: 'Score (0–100)' },
  alpha: { nl: 'Cronbachs alfa', en: "Cronbach's alpha" },
  alphaN: { nl: 'n (alfa)', en: 'n (alpha)' },
  alphaLow: { nl: 'alfa < 0,6: items hangen weinig samen', en: 'alpha < 0.6: low internal consistency' },
  phase: { nl: 'Fase', en: 'Phase' },
  moment: { nl: 'Moment', en: 'Moment' },
  now: { nl: 'nu', en: 'now' },
  desired: { nl: 'gewenst', en: 'desired' },
  medianRung: { nl: 'Mediane trede', en: 'Median rung' },
  shareAdviseren: { nl: '% adviseren of hoger', en: '% advising or higher' },
  meanRung: { nl: 'Gemiddelde trede', en: 'Mean rung' },
  ambitiekloof: { nl: 'Ambitiekloof (gewenst − nu)', en: 'Ambition gap (desired − now)' },
  nPairs: { nl: 'n (beide)', en: 'n (both)' },
  theme: { nl: 'Thema', en: 'Theme' },
  importance: { nl: 'Belang', en: 'Importance' },
  performance: { nl: 'Gaat nu', en: 'Performance' },
  gap: { nl: 'Verschil (belang − nu)', en: 'Gap (importance − performance)' },
  quadrant: { nl: 'Kwadrant', en: 'Quadrant' },
  difference: { nl: 'Verschil', en: 'Difference' },
  pValue: { nl: 'p', en: 'p' },
  qValue: { nl: 'q (BH)', en: 'q (BH)' },
  significant: { nl: 'Significant', en: 'Significant' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  perspective: {
    nl: 'Perspectief: inwoners − professionals',
    en: 'Perspective: residents − professionals',
  },
  benchmark: { nl: 'Regio − rest van het land', en: 'Region − rest of the country' },
  residents: { nl: 'Inwoners', en: 'Residents' },
  professionals: { nl: 'Professionals', en: 'Professionals' },
  region: { nl: 'Regio', en: 'Region' },
  rest: { nl: 'Rest van het land', en: 'Rest of the country' },
} satisfies Record<string, Text>;

/** Quadrants of the importance–performance analysis. */
export const quadrants = {
  kans: { nl: 'Kans', en: 'Opportunity' },
  sterk_punt: { nl: 'Sterk punt', en: 'Strength' },
  minder_urgent: { nl: 'Minder urgent', en: 'Low priority' },
  overschat: { nl: 'Overschat', en: 'Possible overkill' },
} satisfies Record<string, Text>;

/** The response accounting sheet. */
export const ledger = {
  file: { nl: 'Bestand', en: 'File' },
  rows: { nl: 'Rijen gelezen', en: 'Rows read' },
  included: { nl: 'Opgenomen', en: 'Included' },
  total: { nl: 'Totaal', en: 'Total' },
  incomplete: { nl: 'Onvolledig', en: 'Incomplete' },
  duplicate: { nl: 'Dubbel', en: 'Duplicate' },
  outside_regions: { nl: "Buiten de regio's", en: 'Outside the regions' },
  no_answers: { nl: 'Geen antwoorden', en: 'No answers' },
  invalid: { nl: 'Ongeldig', en: 'Invalid' },
  scope: {
    nl: 'Links: de rijen van deze regio; rechts: de tellingen van alle ingelezen rijen van de run. respondents.csv in de map van de run heeft elke rij.',
    en: "Left: this region's rows; right: the counts of every input row of the run. respondents.csv in the run's folder has every row.",
  },
} satisfies Record<string, Text>;

/** Said under a listing cut short: how many rows are shown, and where the rest is. */
export function ledgerCut(shown: number, total: number): Text {
  return {
    nl: `De eerste ${shown} van ${total} rijen; respondents.csv bevat ze allemaal.`,
    en: `The first ${shown} of ${total} rows; respondents.csv has them all.`,
  };
}

/** The methods sheet: headings and input-file headers. */
export const methods = {
  title: { nl: 'Methode en verantwoording', en: 'Methods and provenance' },
  missing: { nl: 'Ontbrekende antwoorden', en: 'Missing answers' },
  intervals: { nl: 'Betrouwbaarheidsintervallen', en: 'Confidence intervals' },
  indices: { nl: 'Indexen en Cronbachs alfa', en: "Indices and Cronbach's alpha" },
  ladder: { nl: 'Participatieladder', en: 'Participation ladder' },
  ipa: { nl: 'Kansen en sterke punten', en: 'Opportunities and strengths' },
  suppression: { nl: 'Kleine aantallen (privacy)', en: 'Small cells (privacy)' },
  comparisons: { nl: 'Vergelijkingen', en: 'Comparisons' },
  weighting: { nl: 'Weging', en: 'Weighting' },
  text: { nl: 'Tekst in cellen', en: 'Text in cells' },
  inputs: { nl: 'Invoerbestanden', en: 'Input files' },
  warnings: { nl: 'Waarschuwingen bij het inlezen', en: 'Warnings while reading the input' },
  provenance: { nl: 'Herkomst', en: 'Provenance' },
  bytes: { nl: 'Bytes', en: 'Bytes' },
  encoding: { nl: 'Codering', en: 'Encoding' },
  delimiter: { nl: 'Scheidingsteken', en: 'Delimiter' },
  tool: { nl: 'Enquêtetool', en: 'Survey tool' },
  layout: { nl: 'Indeling', en: 'Layout' },
  code: { nl: 'Code', en: 'Code' },
  row: { nl: 'Rij', en: 'Row' },
  column: { nl: 'Kolom', en: 'Column' },
  message: { nl: 'Melding', en: 'Message' },
  missingText: {
    nl: 'Lege antwoorden, "weet niet" en "n.v.t." tellen als ontbrekend voor die vraag: ze tellen mee in de respons, maar nooit als lage score. Elke n is het aantal respondenten dat de vraag inhoudelijk beantwoordde (ongewogen).',
    en: 'Blank answers, "don\'t know" and "not applicable" count as missing for that question: they count in the response, never as a low score. Every n is the number of respondents who gave a substantive answer (unweighted).',
  },
  indicesText: {
    nl: 'Een index is het gemiddelde van zijn stellingen (1–5) voor wie minstens de helft ervan beantwoordde, omgerekend naar 0–100: (gemiddelde − 1) / 4 × 100. Per index en regio staat Cronbachs alfa erbij; onder 0,6 hangen de stellingen weinig samen en is de index met voorzichtigheid te lezen.',
    en: "An index is the mean of its statements (1–5) for respondents who answered at least half of them, rescaled to 0–100: (mean − 1) / 4 × 100. Cronbach's alpha is given per index and region; below 0.6 the statements hang together poorly and the index should be read with care.",
  },
  ladderText: {
    nl: 'De participatieladder loopt van 0 (niet betrokken) via informeren, raadplegen, adviseren, coproduceren en meebeslissen tot 6 (zelfbeheer), per beleidsfase, zoals het nu is en zoals het zou moeten zijn. Per fase: de verdeling, de mediane trede en het aandeel op "adviseren" of hoger (Wilson-interval). De ambitiekloof is het gemiddelde van gewenst − nu over wie beide beantwoordde, met een t-interval op die gepaarde verschillen.',
    en: 'The participation ladder runs from 0 (not involved) through informing, consulting, advising, co-producing and co-deciding to 6 (self-management), per policy phase, as it is now and as it should be. Per phase: the distribution, the median rung and the share at "advising" or higher (Wilson interval). The ambition gap (ambitiekloof) is the mean of desired − now over respondents who answered both, with a t-interval on those paired differences.',
  },
  ipaText: {
    nl: 'Per thema is gevraagd hoe belangrijk het is en hoe goed het nu gaat (1–5). De kwadranten liggen ten opzichte van de gemiddelden over alle thema\'s: "kans" is belangrijk maar gaat minder goed, "sterk punt" is belangrijk en gaat goed. Kansen staan op volgorde van het verschil belang − nu.',
    en: 'For each theme respondents rated how important it is and how well it goes now (1–5). Quadrants are drawn at the means over all themes: an "opportunity" is important but going badly, a "strength" is important and going well. Opportunities are ranked by the gap importance − performance.',
  },
  textText: {
    nl: "Tekst die begint met =, +, -, @ of een tab krijgt een apostrof (') ervoor, zodat Excel hem nooit als formule uitvoert. Stuurtekens zijn verwijderd.",
    en: "Text starting with =, +, -, @ or a tab is prefixed with an apostrophe (') so that Excel never runs it as a formula. Control characters are removed.",
  },
} satisfies Record<string, Text>;

/** Paragraph on intervals; the weighted variant names the estimator. */
export function intervalsText(weighted: boolean): Text {
  const base: Text = {
    nl: 'Elk cijfer heeft een 95%-betrouwbaarheidsinterval. Gemiddelden: gemiddelde ± t(0,975; n − 1) × s / √n. Aandelen: het Wilson-score-interval, dat altijd binnen 0–100% blijft.',
    en: 'Every figure has a 95% confidence interval. Means: mean ± t(0.975, n − 1) × s / √n. Shares: the Wilson score interval, which always stays within 0–100%.',
  };
  if (!weighted) return base;
  return {
    nl: `${base.nl} Gewogen cijfers: de ratioschatter Σwy / Σw met de linearisatie-standaardfout en het 97,5%-punt van de normale verdeling (zoals het R-pakket survey); aandelen met Wilson op de effectieve steekproefomvang (Kish).`,
    en: `${base.en} Weighted figures: the ratio estimator Σwy / Σw with the linearisation standard error and the 97.5% point of the normal distribution (as the R package survey); shares with Wilson on the effective sample size (Kish).`,
  };
}

/** Paragraph on small-cell suppression with the thresholds of the run. */
export function suppressionText(minCell: number, minCount: number): Text {
  return {
    nl: `Een cijfer over minder dan ${minCell} respondenten wordt niet gepubliceerd: het cijfer en zijn n staan als "–" met de opmerking "n<${minCell}", in elke uitvoer (in de tabel Indicatoren en in indicators.csv zijn ze leeg, met suppressed = TRUE). In de responstabellen worden aantallen onder ${minCount} onderdrukt, en zo nodig ook een tweede cel, zodat geen enkel aantal uit de totalen terug te rekenen is. Open antwoorden staan niet in dit werkboek.`,
    en: `A figure over fewer than ${minCell} respondents is not published: the figure and its n show as "–" with the note "n<${minCell}", in every output (in the Indicators table and in indicators.csv they are empty, with suppressed = TRUE). In the response tables counts below ${minCount} are suppressed, plus a second cell where needed, so that no count can be recovered from the totals. Open answers are not in this workbook.`,
  };
}

/** Paragraph on comparisons: tests, Benjamini–Hochberg level and minimum n. */
export function comparisonsText(fdrQ: number, minN: number): Text {
  const q = (lang: 'nl' | 'en') => formatNumber(fdrQ, lang, 2);
  return {
    nl: `Verschillen tussen de regio en de rest van het land, en tussen inwoners en professionals: Welch-t-toets voor gemiddelden, z-toets voor twee aandelen. Over alle vergelijkingen samen is de false discovery rate beheerst met Benjamini–Hochberg (q = ${q('nl')}). Een verschil heet significant als de gecorrigeerde q-waarde onder ${q('nl')} ligt én beide groepen minstens ${minN} respondenten hebben.`,
    en: `Differences between the region and the rest of the country, and between residents and professionals: Welch t-test for means, two-proportion z-test for shares. The false discovery rate over all comparisons together is controlled with Benjamini–Hochberg (q = ${q('en')}). A difference is called significant when the adjusted q-value is below ${q('en')} and both groups have at least ${minN} respondents.`,
  };
}

/** Paragraph on weighting. */
export function weightingText(weighted: boolean): Text {
  return weighted
    ? {
        nl: 'De cijfers zijn gewogen. De n blijft het ongewogen aantal respondenten.',
        en: 'The figures are weighted. Every n remains the unweighted number of respondents.',
      }
    : { nl: 'De cijfers zijn niet gewogen.', en: 'The figures are unweighted.' };
}

/** "Made with regioscan 0.1.0 on 2026-03-01." */
export function provenanceText(version: string, date: string): Text {
  return {
    nl: `Gemaakt met regioscan ${version} op ${date}. De sha256 hieronder identificeert elk invoerbestand.`,
    en: `Made with regioscan ${version} on ${date}. The sha256 below identifies each input file.`,
  };
}

/** Note beside a suppressed estimate: "n<10". */
export function suppressedNote(minCell: number): Text {
  return { nl: `n<${minCell}`, en: `n<${minCell}` };
}

/** Note beside a suppressed count in the response tables. */
export function suppressedCountNote(minCount: number): Text {
  return { nl: `n<${minCount} of aanvullend onderdrukt`, en: `n<${minCount} or secondary suppression` };
}

/** Legend line under a sheet title. */
export function legend(minCell: number): Text {
  return {
    nl: `– = niet gepubliceerd: minder dan ${minCell} respondenten (zie Methode). Aandelen in %, gemiddelden op 1–5, indexen op 0–100.`,
    en: `– = not published: fewer than ${minCell} respondents (see Methods). Shares in %, means on 1–5, indices on 0–100.`,
  };
}

/** Rank questions: what the share means. */
export function rankNote(k: number): Text {
  return {
    nl: `Rangordevraag: aandeel dat dit antwoord in de top ${k} zette.`,
    en: `Ranking question: share who put this option in their top ${k}.`,
  };
}

/** Overview row label of an ambitiekloof. */
export function ambitiekloofLabel(phase: string): Text {
  return { nl: `Ambitiekloof ${phase}`, en: `Ambition gap, ${phase}` };
}
