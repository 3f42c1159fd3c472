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
    nl: 'Presenteren: druk op P of op de knop. Elk scherm heeft één boodschap en één vraag aan de zaal.',
    en: 'To present, press P or the button. Every screen has one message and one question for the room.',
  },
  deck: {
    start: { nl: '▶ Presenteren', en: '▶ Present' },
    keys: {
      nl: '→ of klik: volgende · ←: terug · F: volledig scherm · O: overzicht · N: notities · Esc: stoppen',
      en: '→ or click: next · ←: back · F: full screen · O: overview · N: notes · Esc: stop',
    },
    next: { nl: 'Hierna:', en: 'Next:' },
    notes: { nl: 'Notities voor de gespreksleider', en: 'Notes for the facilitator' },
    shows: { nl: 'Wat de grafiek laat zien', en: 'What the chart shows' },
    sure: { nl: 'Hoe zeker we zijn', en: 'How sure we are' },
    ask: { nl: 'Wat u kunt vragen', en: 'What to ask' },
    cover: { nl: 'Welkom', en: 'Welcome' },
    agenda: { nl: 'Agenda', en: 'Agenda' },
  },
  notes: {
    estimate: {
      nl: 'Elk getal komt van de mensen die de vraag beantwoordden (n staat bij de grafiek). Het lijntje is het 95%-interval: hoe korter, hoe zekerder het getal. Groepen kleiner dan {min} laten we niet zien, om niemand herkenbaar te maken.',
      en: 'Every number comes from the people who answered the question (n is shown with the chart). The line is the 95% interval: the shorter, the surer the number. Groups smaller than {min} are not shown, so nobody can be recognised.',
    },
    comparison: {
      nl: 'Een verschil heet hier pas ‘duidelijk’ als het na correctie voor het aantal vergelijkingen overeind blijft (Benjamini-Hochberg, q < {q}) en beide groepen minstens {nmin} mensen tellen. Met een kleinere groep is het een aanwijzing, geen bewijs. Kleine verschillen zijn vaak toeval.',
      en: 'A difference is called ‘clear’ here only when it holds after correcting for the number of comparisons (Benjamini-Hochberg, q < {q}) and both groups have at least {nmin} people. With a smaller group it is a hint, not proof. Small differences are often chance.',
    },
    counts: {
      nl: 'Dit zijn aantallen deelnemers, geen schattingen. Aantallen kleiner dan {min} laten we niet zien.',
      en: 'These are counts of participants, not estimates. Counts smaller than {min} are not shown.',
    },
    selfSelected: {
      nl: 'Wie meedeed, koos daar zelf voor: de cijfers gelden voor de deelnemers, niet zonder meer voor iedereen in de regio.',
      en: 'People chose to take part: the figures hold for the participants, not automatically for everyone in the region.',
    },
    weighted: {
      nl: 'De cijfers zijn gewogen (zie de verantwoording); n is het aantal mensen dat antwoordde.',
      en: 'The figures are weighted (see the methods); n is the number of people who answered.',
    },
    quotes: {
      nl: 'Citaten zijn stemmen, geen cijfers: ze laten zien wat er achter de cijfers zit. Persoonsgegevens zijn eruit gehaald; lees ze na voor u ze deelt.',
      en: 'Quotes are voices, not figures: they show what lies behind the numbers. Personal data were removed; read them before you share them.',
    },
    followUp: {
      intro: {
        nl: 'Laat iedereen kort zeggen wie hij is en vanuit welke rol. Noem waar de cijfers vandaan komen: {n} deelnemers in {region}.',
        en: 'Let everyone say briefly who they are and in which role. Say where the figures come from: {n} participants in {region}.',
      },
      results: {
        nl: 'Doorvragen: wat herkent u wel, wat niet? Welke ervaring hoort daarbij? Schrijf op wat niet herkend wordt: dat is ook een uitkomst.',
        en: 'Follow up: what do you recognise, what not? Which experience goes with it? Note what is not recognised: that is an outcome too.',
      },
      opportunities: {
        nl: 'Doorvragen: wat is nodig om dit op te pakken, en wie doet mee? Kies er samen twee of drie.',
        en: 'Follow up: what does it take to pick this up, and who joins in? Choose two or three together.',
      },
      hub: {
        nl: 'Doorvragen: wat bestaat er al waarop een hub kan bouwen? Wie moet aan tafel, en wie ontbreekt nog?',
        en: 'Follow up: what already exists that a hub can build on? Who must be at the table, and who is still missing?',
      },
      next: {
        nl: 'Leg vast: welke afspraak, wie is eigenaar, en wanneer komen we terug? Vul daarna het sessiebestand in (regioscan session-template).',
        en: 'Record: which agreement, who owns it, and when do we meet again? Then fill in the session file (regioscan session-template).',
      },
    },
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
    questionnaire: {
      nl: 'De vragenlijst: waar staat elke vraag?',
      en: 'The questionnaire: where is each question?',
    },
  },
  questionnaire: {
    lead: {
      nl: 'Elke vraag van de vragenlijst, en waar dit rapport haar laat zien.',
      en: 'Every question of the questionnaire, and where this report shows it.',
    },
    id: { nl: 'Vraag-id', en: 'Question id' },
    question: { nl: 'Vraag', en: 'Question' },
    type: { nl: 'Soort', en: 'Kind' },
    where: { nl: 'Waar in dit rapport', en: 'Where in this report' },
    noData: {
      nl: 'niet getoond: geen antwoorden om te laten zien in deze regio',
      en: 'not shown: no answers to show in this region',
    },
    quoted: {
      nl: 'citaten (na het verwijderen van persoonsgegevens)',
      en: 'quotes (after removing personal data)',
    },
    region: {
      nl: 'bepaalt de regio van dit rapport; alle regio’s naast elkaar staan in het overzicht (index.html)',
      en: 'sets the region of this report; all regions side by side are in the overview (index.html)',
    },
    noQuotes: {
      nl: 'open vraag: geen citaten voor deze regio',
      en: 'open question: no quotes for this region',
    },
    notQuoted: {
      nl: 'open vraag: niet geciteerd (publish: false in het codeboek)',
      en: 'open question: not quoted (publish: false in the codebook)',
    },
    types: {
      single: { nl: 'één antwoord', en: 'single choice' },
      multi: { nl: 'meer antwoorden', en: 'multiple choice' },
      likert: { nl: 'stelling', en: 'statement' },
      ladder: { nl: 'participatieladder', en: 'participation ladder' },
      ipa: { nl: 'belang of prestatie', en: 'importance or performance' },
      rank: { nl: 'rangorde', en: 'ranking' },
      numeric: { nl: 'getal', en: 'number' },
      open: { nl: 'open vraag', en: 'open question' },
    },
  },
  introLead: {
    nl: 'Deze regioscan laat zien hoe inwoners, cliënten, patiënten en hun naasten nu betrokken worden bij beleid voor zorg en welzijn in de regio, gezien door inwoners, vertegenwoordigers en professionals.',
    en: 'This regioscan shows how residents, clients, patients and their relatives are involved in care and welfare policy in the region today, as seen by residents, representatives and professionals.',
  },
  whoResponded: { nl: 'Wie deden er mee?', en: 'Who took part?' },
  trendExcluded: {
    nl: 'Niet vergeleken met de vorige meting',
    en: 'Not compared with the previous wave',
  },
  trendReasons: {
    changed: { nl: 'vraag of antwoorden veranderd', en: 'question or answers changed' },
    new: { nl: 'nieuwe vraag', en: 'new question' },
    unverified: {
      nl: 'de vorige meting legt haar vragen niet vast (oudere versie van regioscan)',
      en: 'the previous wave does not record its questions (an older regioscan)',
    },
  },
  weightedNote: {
    nl: 'Gewogen cijfers (zie Verantwoording); elke n is het ongewogen aantal respondenten.',
    en: 'Weighted figures (see Methods); every n is the unweighted number of respondents.',
  },
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
    part_intro: {
      nl: 'Wie bent u, vanuit welke rol bent u hier, en wat hoopt u vandaag mee te nemen?',
      en: 'Who are you, in which role are you here, and what do you hope to take home today?',
    },
    part_opportunities: {
      nl: 'Welke kansen en uitdagingen ziet u in de regio, ook buiten wat de enquête vroeg?',
      en: 'Which opportunities and challenges do you see in the region, also beyond what the survey asked?',
    },
    part_hub: {
      nl: 'Wat moet een regionale participatiehub doen, wat bestaat er al, en wie neemt het voortouw?',
      en: 'What should a regional participation hub do, what already exists, and who takes the lead?',
    },
    response: {
      nl: 'Wie hebben we goed bereikt, en wie missen we nog?',
      en: 'Whom did we reach well, and who is still missing?',
    },
    reachMap: {
      nl: 'In welke gemeenten horen we te weinig mensen, en via wie bereiken we hen wel?',
      en: 'In which municipalities do we hear too few people, and through whom can we reach them?',
    },
    background: {
      nl: 'Herkent u deze groep deelnemers? Welke stem ontbreekt?',
      en: 'Do you recognise this group of participants? Whose voice is missing?',
    },
    ladder: {
      nl: 'Waar in de beleidscyclus wilt u als eerste een trede hoger komen, en wat is daarvoor nodig?',
      en: 'Where in the policy cycle do you want to move up a rung first, and what does that take?',
    },
    conditions: {
      nl: 'Welke randvoorwaarde pakken we samen het eerst aan?',
      en: 'Which condition should we tackle together first?',
    },
    conditionsItems: {
      nl: 'Waar bent u het meest mee oneens, en wat zou er moeten veranderen?',
      en: 'What do you disagree with most, and what should change?',
    },
    influence: {
      nl: 'Kent u een voorbeeld waarbij inbreng van inwoners echt iets veranderde?',
      en: 'Do you know an example where residents’ input really changed something?',
    },
    likert: {
      nl: 'Klopt dit met wat u zelf meemaakt?',
      en: 'Does this match what you see yourself?',
    },
    choice: {
      nl: 'Wat valt u op aan deze antwoorden?',
      en: 'What strikes you in these answers?',
    },
    matrix: {
      nl: 'Wat valt u op in dit overzicht?',
      en: 'What strikes you in this overview?',
    },
    numeric: {
      nl: 'Is dit wat u verwachtte?',
      en: 'Is this what you expected?',
    },
    index: {
      nl: 'Herkent u de verschillen tussen de subregio’s? Waar komen ze vandaan?',
      en: 'Do you recognise the differences between the subregions? Where do they come from?',
    },
    perspective: {
      nl: 'Waar kijken inwoners en professionals verschillend tegenaan, en waarom?',
      en: 'Where do residents and professionals see things differently, and why?',
    },
    perspectiveLadder: {
      nl: 'Zien inwoners en professionals de betrokkenheid nu hetzelfde?',
      en: 'Do residents and professionals see today’s involvement the same way?',
    },
    perspectiveIndex: {
      nl: 'Wat maakt dat inwoners en professionals de voorwaarden anders beoordelen?',
      en: 'What makes residents and professionals judge the conditions differently?',
    },
    perspectiveLadderDesired: {
      nl: 'Willen inwoners en professionals hetzelfde? Waar verschillen de wensen?',
      en: 'Do residents and professionals want the same? Where do their wishes differ?',
    },
    benchmarkIndex: {
      nl: 'Wat doet de rest van het land anders, en wat kunnen we daarvan leren?',
      en: 'What does the rest of the country do differently, and what can we learn from it?',
    },
    benchmark: {
      nl: 'Waarin verschilt onze regio van de rest van het land, en waar komt dat door?',
      en: 'How does our region differ from the rest of the country, and why?',
    },
    opportunities: {
      nl: 'Welke kans pakken we op, en wie doet er mee?',
      en: 'Which opportunity do we take up, and who joins in?',
    },
    priorities: {
      nl: 'Welke van deze onderwerpen moet als eerste op tafel?',
      en: 'Which of these topics should come first?',
    },
    forms: {
      nl: 'Welke vormen van participatie werken goed, en waarop kan een hub voortbouwen?',
      en: 'Which forms of participation work well, and what can a hub build on?',
    },
    lived_experience: {
      nl: 'Hoe zetten we ervaringsdeskundigen vaker in, en hoe belonen we hen eerlijk?',
      en: 'How do we involve experts by experience more often, and pay them fairly?',
    },
    collaboration: {
      nl: 'Welke organisaties moeten aan tafel bij een regionale hub?',
      en: 'Which organisations should be at the table of a regional hub?',
    },
    hub_support: {
      nl: 'Wie doet mee met een hub, en wat is daarvoor nodig?',
      en: 'Who joins a hub, and what does that take?',
    },
    hub_functions: {
      nl: 'Welke taak moet een hub als eerste oppakken?',
      en: 'Which task should a hub take up first?',
    },
    closing: {
      nl: 'Wie wil meedenken bij de volgende stap?',
      en: 'Who wants to help shape the next step?',
    },
    trend: {
      nl: 'Wat is er veranderd sinds de vorige meting, en waar komt dat door?',
      en: 'What has changed since the previous wave, and why?',
    },
    quotes: {
      nl: 'Welke ervaring spreekt u aan, en welke herkent u niet?',
      en: 'Which experience speaks to you, and which do you not recognise?',
    },
    sessionRecognition: {
      nl: 'Klopt dit verslag van wat we herkenden, en wat is er sindsdien veranderd?',
      en: 'Is this a true record of what we recognised, and what has changed since?',
    },
    sessionAgreed: {
      nl: 'Welke kans pakken we als eerste op, en wie trekt die?',
      en: 'Which opportunity do we take up first, and who leads it?',
    },
    sessionSteps: {
      nl: 'Liggen de vervolgstappen op schema, en wie heeft hulp nodig?',
      en: 'Are the next steps on schedule, and who needs help?',
    },
    conclusions: {
      nl: 'Wat is voor u de belangrijkste uitkomst van vandaag?',
      en: 'What is the most important outcome of today for you?',
    },
    next: {
      nl: 'Wat spreken we vandaag af, wie doet wat, en wanneer komen we terug?',
      en: 'What do we agree today, who does what, and when do we meet again?',
    },
  },
  /**
   * The question for the room when its key comes again in the same report, so no two slides ask
   * the same: the n-th repeat takes the n-th phrasing (the last one again after that, with its own
   * topic). `{topic}` is the slide's subject in a sentence.
   */
  promptsAgain: {
    response: [
      {
        nl: 'Waar in de regio hebben we veel mensen bereikt, en waar weinig? Hoe komt dat?',
        en: 'Where in the region did we reach many people, and where few? Why?',
      },
      {
        nl: 'In welke gemeenten moeten we de volgende keer meer mensen bereiken, en via wie?',
        en: 'In which municipalities should we reach more people next time, and through whom?',
      },
    ],
    background: [
      {
        nl: 'Wat zegt de verdeling naar {topic} over wie we gehoord hebben?',
        en: 'What does the spread by {topic} tell us about whom we heard?',
      },
      {
        nl: 'Wie missen we bij {topic}, en hoe bereiken we hen de volgende keer?',
        en: 'Who is missing in {topic}, and how do we reach them next time?',
      },
    ],
    likert: [
      {
        nl: 'Klopt het beeld van {topic} met wat u zelf meemaakt?',
        en: 'Does the picture of {topic} match what you see yourself?',
      },
    ],
    choice: [
      {
        nl: 'Wat valt u op aan de antwoorden over {topic}?',
        en: 'What strikes you in the answers on {topic}?',
      },
    ],
    matrix: [
      {
        nl: 'Wat valt u op in het overzicht van {topic}?',
        en: 'What strikes you in the overview of {topic}?',
      },
    ],
    numeric: [{ nl: 'Is dit wat u verwachtte bij {topic}?', en: 'Is this what you expected for {topic}?' }],
    index: [
      {
        nl: 'Waar komen de verschillen tussen de subregio’s bij {topic} vandaan?',
        en: 'Where do the differences between the subregions in {topic} come from?',
      },
    ],
    quotes: [
      {
        nl: 'Welke ervaring over {topic} spreekt u aan, en welke herkent u niet?',
        en: 'Which experience on {topic} speaks to you, and which do you not recognise?',
      },
    ],
  },
  /** Any other question for the room that comes again. */
  promptAgain: {
    nl: 'Wat betekent {topic} voor de regio, en wat moet er gebeuren?',
    en: 'What does {topic} mean for the region, and what should happen?',
  },
  keyMessages: { nl: 'De belangrijkste uitkomsten', en: 'Key findings' },
  opportunitiesList: {
    nl: 'Kansen (belangrijk, gaat nog niet goed)',
    en: 'Opportunities (important, not going well yet)',
  },
  strengthsList: { nl: 'Sterke punten (belangrijk, gaat goed)', en: 'Strengths (important, going well)' },
  none: { nl: 'geen', en: 'none' },
  quotes: { nl: 'In hun eigen woorden', en: 'In their own words' },
  quotesMore: { nl: 'Nog {k} citaten staan in het document.', en: '{k} more quotes are in the document.' },
  nextStepsTitle: { nl: 'Vervolgstappen', en: 'Next steps' },
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
  /** The summary of a figure's data table (its text alternative beside the one-sentence label). */
  dataTable: { nl: 'Gegevens als tabel', en: 'Data as a table' },
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
    accounting: { nl: 'Elke rij verantwoord', en: 'Every row accounted for' },
    accountingRun: { nl: 'Alle rijen van deze meting', en: 'Every row of this run' },
    accountingNote: {
      nl: 'De rijen van deze regio; respondents.csv noemt elke rij met de reden. Rijen zonder (geldige) gemeente tellen alleen bij alle rijen.',
      en: 'The rows of this region; respondents.csv lists every row with its reason. Rows without a (valid) municipality count only in every row of the run.',
    },
    total: { nl: 'Totaal', en: 'Total' },
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
    unreported: {
      nl: 'Geen rapport, en niet in de landelijke cijfers, want minder dan {min} respondenten',
      en: 'No report, and not in the national figures, for fewer than {min} respondents',
    },
  },
} as const satisfies Record<string, unknown>;

/** Fill `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

export type HtmlText = Text;

/** A question for the room (`html.prompts`). */
export type PromptKey = keyof typeof html.prompts;
