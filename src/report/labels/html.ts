/** Strings of the HTML regioscan and the national overview, in Dutch and English. */
import type { Text } from './index.js';

export const html = {
  lang: { nl: 'nl', en: 'en' },
  docTitle: { nl: 'Regioscan participatie', en: 'Participation regioscan' },
  overviewTitle: { nl: 'Regioscan participatie: alle regio’s', en: 'Participation regioscan: all regions' },
  generated: { nl: 'Gemaakt op', en: 'Generated on' },
  respondents: { nl: 'respondenten', en: 'respondents' },
  municipalities: { nl: 'gemeenten', en: 'municipalities' },
  fieldwork: { nl: 'Veldwerk', en: 'Fieldwork' },
  agenda: { nl: 'Agenda van de sessie', en: 'Session agenda' },
  contents: { nl: 'Inhoud', en: 'Contents' },
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  presentHint: {
    nl: 'Presenteren: volledig scherm (F11) en blader met Page Down; elk scherm heeft één boodschap.',
    en: 'Presenting: full screen (F11) and page with Page Down; every screen carries one message.',
  },
  sections: {
    intro: { nl: '1. Kennismaking', en: '1. Introductions' },
    results: {
      nl: '2. De resultaten: wat herken je wel en niet?',
      en: '2. The results: what do you recognise, and what not?',
    },
    opportunities: {
      nl: '3. Belangrijkste kansen en uitdagingen',
      en: '3. Main opportunities and challenges',
    },
    hub: {
      nl: '4. Brainstorm: een regionale participatiehub',
      en: '4. Brainstorm: a regional participation hub',
    },
    next: { nl: '5. Conclusies en vervolgstappen', en: '5. Conclusions and next steps' },
    method: { nl: 'Verantwoording', en: 'Methods and provenance' },
  },
  introLead: {
    nl: 'Deze regioscan laat zien hoe inwoners, cliënten, patiënten en hun naasten nu betrokken worden bij beleid voor zorg en welzijn in de regio, gezien door inwoners, vertegenwoordigers en professionals.',
    en: 'This regioscan shows how residents, clients, patients and their relatives are involved in care and welfare policy in the region today, as seen by residents, representatives and professionals.',
  },
  whoResponded: { nl: 'Wie deden er mee?', en: 'Who took part?' },
  reach: { nl: 'Bereik per gemeente', en: 'Reach per municipality' },
  reachColumns: {
    place: { nl: 'Gemeente', en: 'Municipality' },
    subregion: { nl: 'Subregio', en: 'Subregion' },
    count: { nl: 'Respondenten', en: 'Respondents' },
    population: { nl: 'Inwoners', en: 'Residents' },
    per10k: { nl: 'Per 10.000 inwoners', en: 'Per 10,000 residents' },
  },
  prompt: { nl: 'Vraag aan de zaal', en: 'Question for the room' },
  prompts: {
    recognise: {
      nl: 'Herkent u dit beeld? Wat verrast u, en wat mist er?',
      en: 'Do you recognise this picture? What surprises you, and what is missing?',
    },
    ladder: {
      nl: 'Waar in de beleidscyclus wilt u als eerste een trede hoger komen, en wat is daarvoor nodig?',
      en: 'Where in the policy cycle do you want to move up a rung first, and what does that take?',
    },
    conditions: {
      nl: 'Welke randvoorwaarde pakken we samen het eerst aan?',
      en: 'Which condition should we tackle together first?',
    },
    perspective: {
      nl: 'Waar kijken inwoners en professionals verschillend tegenaan, en waarom?',
      en: 'Where do residents and professionals see things differently, and why?',
    },
    opportunities: {
      nl: 'Welke kans pakken we op, en wie doet er mee?',
      en: 'Which opportunity do we take up, and who joins in?',
    },
    hub: {
      nl: 'Wat moet een regionale participatiehub doen, wat bestaat er al, en wie neemt het voortouw?',
      en: 'What should a regional participation hub do, what already exists, and who takes the lead?',
    },
    next: {
      nl: 'Wat spreken we vandaag af, wie doet wat, en wanneer komen we terug?',
      en: 'What do we agree today, who does what, and when do we meet again?',
    },
  },
  keyMessages: { nl: 'De belangrijkste uitkomsten', en: 'Key findings' },
  opportunitiesList: {
    nl: 'Kansen (belangrijk, gaat nog niet goed)',
    en: 'Opportunities (important, not going well yet)',
  },
  strengthsList: { nl: 'Sterke punten (belangrijk, gaat goed)', en: 'Strengths (important, going well)' },
  none: { nl: 'geen', en: 'none' },
  quotes: { nl: 'In hun eigen woorden', en: 'In their own words' },
  quotesNote: {
    nl: 'Open antwoorden zijn automatisch ontdaan van e-mailadressen, telefoonnummers, postcodes, IBAN’s en BSN’s. Namen herkent geen programma: lees citaten na voordat u ze publiceert.',
    en: 'Open answers were automatically stripped of e-mail addresses, phone numbers, postcodes, IBANs and BSNs. No program recognises names: read quotes before you publish them.',
  },
  choiceColumns: {
    option: { nl: 'Antwoord', en: 'Answer' },
    share: { nl: 'Aandeel', en: 'Share' },
    interval: { nl: '95%-interval', en: '95% interval' },
  },
  nAnswered: { nl: 'n = {n} beantwoord', en: 'n = {n} answered' },
  suppressed: { nl: 'n<{min}, niet getoond', en: 'n<{min}, not shown' },
  textAlternative: { nl: 'Tekstalternatief', en: 'Text alternative' },
  chartData: { nl: 'Bekijk de cijfers', en: 'Show the numbers' },
  nextSteps: {
    nl: [
      'Kies samen twee of drie kansen om mee te beginnen.',
      'Spreek af wie de regionale participatiehub verder uitwerkt, met ervaringsdeskundigen aan tafel.',
      'Leg vast hoe deelnemers terugkoppeling krijgen over wat met hun inbreng gebeurt.',
      'Herhaal de regioscan over een jaar om te zien wat er veranderd is.',
    ],
    en: [
      'Together, choose two or three opportunities to start with.',
      'Agree who develops the regional participation hub further, with experts by experience at the table.',
      'Agree how participants hear back about what was done with their input.',
      'Repeat the regioscan in a year to see what has changed.',
    ],
  },
  method: {
    sample: { nl: 'Steekproef en respons', en: 'Sample and response' },
    accounting: { nl: 'Verantwoording van elke rij', en: 'Every row accounted for' },
    statistics: { nl: 'Statistiek', en: 'Statistics' },
    privacy: { nl: 'Privacy', en: 'Privacy' },
    provenance: { nl: 'Herkomst', en: 'Provenance' },
    warnings: { nl: 'Waarschuwingen bij het inlezen', en: 'Warnings while reading the input' },
    reasons: {
      included: { nl: 'meegenomen', en: 'included' },
      incomplete: { nl: 'niet afgerond', en: 'incomplete' },
      duplicate: { nl: 'dubbel ingevuld', en: 'duplicate' },
      outside_regions: { nl: 'buiten de regio’s', en: 'outside the regions' },
      no_answers: { nl: 'geen inhoudelijk antwoord', en: 'no substantive answer' },
      invalid: { nl: 'onleesbare rij', en: 'unreadable row' },
    },
    statisticsText: {
      nl: 'Gemiddelden met een 95%-betrouwbaarheidsinterval op basis van de t-verdeling; aandelen met het Wilson-interval. “Weet niet” en “n.v.t.” tellen niet mee als score. Een index is het gemiddelde van de items (minstens de helft beantwoord), omgerekend naar 0–100, met Cronbachs alfa als maat voor samenhang. Verschillen (regio tegenover de rest van het land, inwoners tegenover professionals) zijn getoetst met Welch’ t-toets; over alle vergelijkingen in dit rapport is de false discovery rate beheerst met Benjamini–Hochberg (q < {q}), en een verschil heet pas significant als beide groepen minstens {nmin} respondenten hebben.',
      en: 'Means with a 95% confidence interval from the t distribution; shares with the Wilson interval. “Don’t know” and “not applicable” never count as a score. An index is the mean of its items (at least half answered), rescaled to 0–100, with Cronbach’s alpha for internal consistency. Differences (region vs the rest of the country, residents vs professionals) are tested with Welch’s t-test; over all comparisons in this report the false discovery rate is controlled with Benjamini–Hochberg (q < {q}), and a difference is called significant only when both groups have at least {nmin} respondents.',
    },
    privacyText: {
      nl: 'Cijfers over minder dan {min} respondenten worden niet getoond, in alle uitvoer (grafieken, werkmap, tabellen). Aantallen onder de {count} in tabellen zijn verborgen, met aanvullende onderdrukking zodat ze niet uit totalen terug te rekenen zijn. Open antwoorden worden alleen geciteerd na het verwijderen van persoonsgegevens.',
      en: 'Figures about fewer than {min} respondents are not shown, in any output (charts, workbook, tables). Counts under {count} in tables are hidden, with complementary suppression so they cannot be recovered from totals. Open answers are quoted only after personal data have been removed.',
    },
    alpha: { nl: 'Cronbachs alfa', en: 'Cronbach’s alpha' },
    alphaLow: {
      nl: 'lage samenhang (alfa < 0,6): lees de index met voorzichtigheid',
      en: 'low consistency (alpha < 0.6): read the index with care',
    },
    file: { nl: 'Bestand', en: 'File' },
    tool: { nl: 'Herkend als', en: 'Recognised as' },
    rows: { nl: 'Rijen', en: 'Rows' },
    included: { nl: 'Meegenomen', en: 'Included' },
    fieldwork: { nl: 'Veldwerk', en: 'Fieldwork' },
    version: { nl: 'regioscan versie', en: 'regioscan version' },
  },
  overview: {
    region: { nl: 'Regio', en: 'Region' },
    respondents: { nl: 'Respondenten', en: 'Respondents' },
    index: { nl: 'Randvoorwaarden (0–100)', en: 'Conditions (0–100)' },
    gap: { nl: 'Grootste ambitiekloof', en: 'Largest ambition gap' },
    opportunity: { nl: 'Grootste kans', en: 'Top opportunity' },
    open: { nl: 'Open de regioscan', en: 'Open the regioscan' },
    national: { nl: 'Alle regio’s samen', en: 'All regions together' },
  },
} as const satisfies Record<string, unknown>;

/** Fill `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

export type HtmlText = Text;
