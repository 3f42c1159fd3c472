/**
 * Every user-facing string of the Excel workbook (regioscan.xlsx) in Dutch and English.
 * Static strings are `Text` pairs; strings with a number in them are functions returning `Text`.
 * Question, option, phase and theme labels come from the codebook, never from here.
 */
import type { Text } from './index.js';

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

/** The methods sheet: its title, the cell-text paragraph, and the headers of its input table. */
export const methods = {
  title: { nl: 'Methode en verantwoording', en: 'Methods and provenance' },
  text: { nl: 'Tekst in cellen', en: 'Text in cells' },
  inputs: { nl: 'Invoerbestanden', en: 'Input files' },
  warnings: { nl: 'Waarschuwingen bij het inlezen', en: 'Warnings while reading the input' },
  bytes: { nl: 'Bytes', en: 'Bytes' },
  encoding: { nl: 'Codering', en: 'Encoding' },
  delimiter: { nl: 'Scheidingsteken', en: 'Delimiter' },
  tool: { nl: 'Enquêtetool', en: 'Survey tool' },
  layout: { nl: 'Indeling', en: 'Layout' },
  code: { nl: 'Code', en: 'Code' },
  row: { nl: 'Rij', en: 'Row' },
  column: { nl: 'Kolom', en: 'Column' },
  message: { nl: 'Melding', en: 'Message' },
  textText: {
    nl: "Tekst die begint met =, +, -, @ of een tab krijgt een apostrof (') ervoor, zodat Excel hem nooit als formule uitvoert. Stuurtekens zijn verwijderd.",
    en: "Text starting with =, +, -, @ or a tab is prefixed with an apostrophe (') so that Excel never runs it as a formula. Control characters are removed.",
  },
} satisfies Record<string, Text>;

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
