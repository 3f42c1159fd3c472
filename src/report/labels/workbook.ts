/**
 * Every user-facing string of the Excel workbook (regioscan.xlsx) in Dutch and English.
 * Static strings are `Text` pairs; strings with a number in them are functions returning `Text`.
 * Question, option, phase and theme labels come from the codebook, never from here.
 */
import type { ExclusionReason, RowStatus } from '../../model/ledger.js';
import type { INDICATOR_COLUMNS } from '../tidy.js';
import { html } from './html.js';
import { formatNumber, type Lang, type Text } from './index.js';

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
    nl: 'alle schattingen als één tabel, met de kolomnamen van indicators.csv (de notitie bij elke kolomkop zegt wat de kolom betekent)',
    en: 'every estimate as one table, with the column names of indicators.csv (the note on each column header says what it means)',
  },
  ledger: {
    nl: 'elke ingelezen rij: meegenomen of uitgesloten, en waarom',
    en: 'every input row: included or excluded, and why',
  },
  methods: {
    nl: 'hoe de cijfers berekend zijn; invoerbestanden',
    en: 'how the figures were computed; input files',
  },
  charts: {
    nl: 'alle grafieken onder elkaar, in de volgorde van het rapport, om af te drukken; op de andere tabbladen staat elke grafiek naast zijn tabel',
    en: 'every chart, one below the other in the order of the report, for printing; on the other sheets each chart sits beside its table',
  },
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
  numeric: { nl: 'Getallen', en: 'Numbers' },
  median: { nl: 'Mediaan', en: 'Median' },
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
  overschat: { nl: 'Gaat goed, minder belangrijk', en: 'Going well, less important' },
} satisfies Record<string, Text>;

/** The response accounting sheet: headers of the row listing and of the counts per file. */
export const ledger = {
  file: { nl: 'Bestand', en: 'File' },
  row: { nl: 'Rij', en: 'Row' },
  respondentId: { nl: 'Respondent-id', en: 'Respondent id' },
  status: { nl: 'Status', en: 'Status' },
  reason: { nl: 'Reden', en: 'Reason' },
  rows: { nl: 'Rijen gelezen', en: 'Rows read' },
  included: { nl: 'Meegenomen', en: 'Included' },
  total: { nl: 'Totaal', en: 'Total' },
  scope: {
    nl: 'Links: de rijen van deze regio; rechts: de tellingen van alle ingelezen rijen van de run. respondents.csv in de map van de run heeft elke rij, met de codes van de README (included, excluded, duplicate, …).',
    en: "Left: this region's rows; right: the counts of every input row of the run. respondents.csv in the run's folder has every row, with the README's codes (included, excluded, duplicate, …).",
  },
} satisfies Record<string, Text>;

/**
 * A row's status and reason in words: the HTML's words for the reasons, so that both reports say
 * the same; `excluded` is said only here (the HTML names the reason instead).
 */
export const rowStatus = {
  ...html.method.reasons,
  excluded: { nl: 'uitgesloten', en: 'excluded' },
} satisfies Record<RowStatus | ExclusionReason, Text>;

/** Said under a listing of excluded rows cut short: how many are shown, and where the rest is. */
export function ledgerCut(shown: number, excluded: number, total: number): Text {
  const n = (value: number, lang: Lang) => formatNumber(value, lang, 0);
  return {
    nl: `De eerste ${n(shown, 'nl')} van de ${n(excluded, 'nl')} uitgesloten rijen (van ${n(total, 'nl')} rijen in totaal); respondents.csv bevat ze allemaal.`,
    en: `The first ${n(shown, 'en')} of the ${n(excluded, 'en')} excluded rows (of ${n(total, 'en')} rows in all); respondents.csv has them all.`,
  };
}

/** A region too large to list every row of: the sheet lists its excluded rows, if any. */
export function ledgerExcludedOnly(excluded: number, total: number): Text {
  const n = (value: number, lang: Lang) => formatNumber(value, lang, 0);
  if (excluded === 0)
    return {
      nl: `Geen van de ${n(total, 'nl')} rijen is uitgesloten; respondents.csv bevat ze allemaal.`,
      en: `None of the ${n(total, 'en')} rows was excluded; respondents.csv has them all.`,
    };
  return {
    nl: `Van de ${n(total, 'nl')} rijen staan hier de ${n(excluded, 'nl')} uitgesloten; respondents.csv bevat ze allemaal.`,
    en: `Of the ${n(total, 'en')} rows, the ${n(excluded, 'en')} excluded ones are listed here; respondents.csv has them all.`,
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

export { tools } from './provenance.js';

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

/** Shown for a p- or q-value below 0.001 (the cell keeps the number). */
export const pBelow = { nl: '< 0,001', en: '< 0.001' } satisfies Text;

/**
 * How a TRUE/FALSE cell reads in LibreOffice (Excel shows its own TRUE/FALSE or WAAR/ONWAAR);
 * English keeps TRUE/FALSE, as R and the CSV write them.
 */
export const truth = {
  yes: { nl: 'ja', en: 'TRUE' },
  no: { nl: 'nee', en: 'FALSE' },
} satisfies Record<string, Text>;

/** The note on the header of the tidy sheet's first column: why the headers are the CSV's names. */
export const tidyNote = {
  nl: 'De kolomnamen zijn die van indicators.csv, in elke taal dezelfde, zodat R (readxl), pandas en Power Query dit tabblad als één tabel lezen, met dezelfde kolommen als het CSV-bestand. De notitie bij elke kolomkop zegt wat de kolom betekent. Codes (indicator, level, suppression, all) staan in de README.',
  en: 'The column names are those of indicators.csv, the same in every language, so that R (readxl), pandas and Power Query read this sheet as one table with the columns of the CSV file. The note on each column header says what the column means. Codes (indicator, level, suppression, all) are listed in the README.',
} satisfies Text;

/** What each column of the tidy sheet means: the note on its header. */
export const tidyColumns = {
  region: {
    nl: 'Regio: de naam van de regio, of all voor alle respondenten van de run (landelijk).',
    en: 'Region: the name of the region, or all for every respondent of the run (national).',
  },
  subregion: {
    nl: 'Subregio: de naam, of all waar niet naar subregio uitgesplitst is.',
    en: 'Subregion: its name, or all where not split by subregion.',
  },
  group: {
    nl: 'Groep: all, of rol=inwoner / rol=professional voor de twee kanten van het perspectief.',
    en: 'Group: all, or rol=inwoner / rol=professional for the two sides of the perspective gap.',
  },
  indicator: {
    nl: 'Indicator: de code van de maat (mean = gemiddelde, share = aandeel, …; zie de README).',
    en: 'Indicator: the code of the measure (mean, share, …; see the README).',
  },
  item: {
    nl: 'Item: de vraagcode uit het codeboek (of de code van de index, fase of het thema).',
    en: 'Item: the question id of the codebook (or the id of the index, phase or theme).',
  },
  category: {
    nl: 'Categorie: de antwoordcode bij rijen per antwoord (of de plaatsnaam, of het kwadrant); leeg als er geen is.',
    en: 'Category: the answer code of per-answer rows (or the place name, or the quadrant); empty otherwise.',
  },
  n: {
    nl: 'n: het aantal respondenten dat de vraag beantwoordde (ongewogen); leeg als het getal niet gepubliceerd is.',
    en: 'n: respondents who answered (unweighted); empty when the figure is not published.',
  },
  estimate: {
    nl: 'Schatting: gemiddelde, aandeel (0–1), score of verschil.',
    en: 'Estimate: mean, share (0–1), score or difference.',
  },
  ci_low: { nl: 'Ondergrens van het 95%-betrouwbaarheidsinterval.', en: 'Lower bound of the 95% interval.' },
  ci_high: { nl: 'Bovengrens van het 95%-betrouwbaarheidsinterval.', en: 'Upper bound of the 95% interval.' },
  suppressed: {
    nl: 'Niet gepubliceerd: ja (WAAR) als het getal verborgen is; n, schatting en interval zijn dan leeg.',
    en: 'Suppressed: TRUE when the figure is hidden; n, estimate and interval are empty then.',
  },
  n_other: {
    nl: 'n van de andere kant van een vergelijking (of van de vorige meting).',
    en: 'n of the other side of a comparison (or of the earlier run).',
  },
  p_value: { nl: 'p-waarde van de toets.', en: 'p-value of the test.' },
  q_value: {
    nl: 'q-waarde: de p-waarde gecorrigeerd voor alle vergelijkingen van het rapport (Benjamini–Hochberg).',
    en: 'q-value: the p-value adjusted over all comparisons of the report (Benjamini–Hochberg).',
  },
  significant: {
    nl: 'Significant: ja (WAAR) als q < 0,05 en beide kanten n ≥ 30 hebben.',
    en: 'Significant: TRUE when q < 0.05 and both sides have n ≥ 30.',
  },
  level: {
    nl: 'Niveau: all (hele run), region (regio), subregion (subregio) of municipality (gemeente).',
    en: 'Level: all (the whole run), region, subregion or municipality.',
  },
  item_label: { nl: 'De korte tekst van het item.', en: 'The short label of the item.' },
  category_label: { nl: 'Het label van de categorie.', en: 'The label of the category.' },
  suppression: {
    nl: 'Waarom niet gepubliceerd: small (te weinig respondenten) of protected (verborgen om een ander getal te beschermen).',
    en: 'Why not published: small (too few respondents) or protected (hidden to protect another figure).',
  },
  n_eff: {
    nl: 'Effectieve n (Kish) bij gewogen cijfers.',
    en: "Kish's effective n of a weighted figure.",
  },
} satisfies Record<(typeof INDICATOR_COLUMNS)[number], Text>;
