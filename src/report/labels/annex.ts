/** Strings of the evidence annex, in Dutch and English. */
import type { Text } from './index.js';

export const annex = {
  title: { nl: 'Onderbouwing voor de aanvraag', en: 'Evidence for the application' },
  docTitle: {
    nl: 'Bijlage: onderbouwing regioscan participatie',
    en: 'Annex: evidence from the participation regioscan',
  },
  lead: {
    nl: 'Deze bijlage vat de regioscan van {region} samen voor een aanvraag voor een regionale participatiehub (ZonMw, programma Infrastructuur beleidsparticipatie door inwoners en patiënten). Elk cijfer staat met zijn 95%-interval en het aantal mensen waarop het rust; geen cijfer herleidt tot een persoon.',
    en: 'This annex summarises the regioscan of {region} for an application for a regional participation hub (ZonMw, programme Infrastructure for policy participation of residents and patients). Every figure comes with its 95% interval and the number of people it rests on; no figure leads back to a person.',
  },
  who: { nl: 'Opdrachtgever en uitvoering', en: 'Commissioned and conducted by' },
  commissionedBy: { nl: 'Opdrachtgever', en: 'Commissioned by' },
  conductedBy: { nl: 'Uitgevoerd door', en: 'Conducted by' },
  recruitment: { nl: 'Werving', en: 'Recruitment' },
  fieldwork: { nl: 'Veldwerk', en: 'Fieldwork' },
  tools: { nl: 'Vragenlijst afgenomen met', en: 'Questionnaire run with' },
  notStated: {
    nl: 'niet opgegeven (zet het in het projectbestand, --about)',
    en: 'not stated (put it in the project file, --about)',
  },
  reach: { nl: 'Steekproef en bereik', en: 'Sample and reach' },
  reachLead: {
    nl: '{n} respondenten; {per10k} per 10.000 inwoners van de regio.',
    en: '{n} respondents; {per10k} per 10,000 residents of the region.',
  },
  reachLeadNoPopulation: { nl: '{n} respondenten.', en: '{n} respondents.' },
  bySubregion: {
    nl: 'Per subregio, tegen het aantal inwoners',
    en: 'Per subregion, against the number of residents',
  },
  byRole: { nl: 'Per rol', en: 'Per role' },
  role: { nl: 'Rol', en: 'Role' },
  accounting: { nl: 'Elke rij verantwoord: {region}', en: 'Every row accounted for: {region}' },
  limitations: { nl: 'Beperkingen', en: 'Limitations' },
  limits: {
    selfSelected: {
      nl: 'Deelnemers kozen zelf om mee te doen (zelfselectie): de cijfers beschrijven wie meedeed, niet zonder meer iedereen in de regio. Mensen die al actief zijn in participatie zijn waarschijnlijk oververtegenwoordigd.',
      en: 'Participants chose to take part (self-selection): the figures describe who took part, not necessarily everyone in the region. People already active in participation are probably over-represented.',
    },
    unweighted: {
      nl: 'De cijfers zijn niet gewogen: groepen tellen mee naar hun aandeel onder de deelnemers, niet naar hun aandeel in de bevolking.',
      en: 'The figures are not weighted: groups count by their share among participants, not by their share in the population.',
    },
    weighted: {
      nl: 'De cijfers zijn gewogen naar de bevolking (zie de verantwoording); weging verkleint, maar verhelpt geen zelfselectie, en de intervallen rusten op het effectieve aantal.',
      en: 'The figures are weighted to the population (see the methods); weighting reduces, but does not remove, self-selection, and the intervals rest on the effective sample size.',
    },
    smallGroups: {
      nl: 'Cijfers over minder dan {min} mensen en aantallen onder {count} zijn niet gepubliceerd, ook waar ze uit andere cijfers terug te rekenen zouden zijn.',
      en: 'Figures over fewer than {min} people and counts under {count} are not published, also where they could be worked back from other figures.',
    },
    comparisons: {
      nl: 'Verschillen tussen groepen heten alleen duidelijk na correctie voor het aantal vergelijkingen en met minstens {nmin} mensen per groep; de overige zijn aanwijzingen.',
      en: 'Differences between groups are called clear only after correcting for the number of comparisons and with at least {nmin} people per group; the others are hints.',
    },
  },
  key: { nl: 'Kerncijfers', en: 'Key indicators' },
  columns: {
    indicator: { nl: 'Indicator', en: 'Indicator' },
    value: { nl: 'Waarde', en: 'Value' },
    interval: { nl: '95%-interval', en: '95% interval' },
    n: { nl: 'n', en: 'n' },
    chart: { nl: 'In de regioscan', en: 'In the regioscan' },
    need: { nl: 'Wat de aanvraag moet laten zien', en: 'What the application must show' },
    evidence: { nl: 'Wat de regioscan laat zien', en: 'What the regioscan shows' },
  },
  requirements: {
    nl: 'De eisen van de oproep en het bewijs',
    en: 'The call’s requirements and the evidence',
  },
  needs: {
    ties: { nl: 'Regiobinding en regionaal draagvlak', en: 'Regional ties and regional support' },
    existing: { nl: 'Voortbouwen op wat er al is', en: 'Building on what already exists' },
    phases: { nl: 'Participatie in elke fase van beleid', en: 'Participation in every phase of policy' },
    represented: {
      nl: 'De mensen om wie het gaat zijn vertegenwoordigd',
      en: 'The people concerned are represented',
    },
    decisions: { nl: 'Betere besluitvorming', en: 'Better decisions' },
    hub: { nl: 'Wat de hub moet doen', en: 'What the hub should do' },
    method: { nl: 'Een deugdelijke methode', en: 'A sound method' },
  },
  agree: { nl: '{item}: (helemaal) eens', en: '{item}: agree' },
  used: { nl: '{item}: wel eens meegemaakt (niet ‘nooit’)', en: '{item}: met at all (not ‘never’)' },
  largest: { nl: '{item}: het vaakst ‘{option}’', en: '{item}: most often ‘{option}’' },
  topRanked: { nl: '{item}: ‘{option}’ in de top 3', en: '{item}: ‘{option}’ in the top 3' },
  gap: {
    nl: 'Ambitiekloof {phase} (gewenst − nu, treden)',
    en: 'Ambition gap {phase} (desired − now, rungs)',
  },
  suppressed: { nl: 'n<{min}, niet getoond', en: 'n<{min}, not shown' },
  reachNote: {
    nl: '{n} respondenten uit {subregions} subregio’s en {municipalities} gemeenten (zie Steekproef en bereik).',
    en: '{n} respondents from {subregions} subregions and {municipalities} municipalities (see Sample and reach).',
  },
  residentShare: {
    nl: 'Inwoners, cliënten en naasten: {share} van de respondenten.',
    en: 'Residents, clients and relatives: {share} of respondents.',
  },
  perspectiveNote: {
    nl: 'Inwoners en professionals verschillen duidelijk op {k} van de {m} vergeleken punten (het perspectiefverschil).',
    en: 'Residents and professionals differ clearly on {k} of the {m} points compared (the perspective gap).',
  },
  opportunitiesNote: {
    nl: 'Grootste kansen (belangrijk, gaat nog niet goed): {themes}.',
    en: 'Top opportunities (important, not going well yet): {themes}.',
  },
  methodNote: {
    nl: 'Zie Beperkingen hierboven en de Verantwoording van de regioscan: methode, veldwerk, elke rij verantwoord, intervallen, weging, onthullingsbeheersing en herkomst.',
    en: 'See Limitations above and the Methods of the regioscan: method, fieldwork, every row accounted for, intervals, weighting, disclosure control and provenance.',
  },
  session: {
    nl: 'Conclusies van de sessie van {date}',
    en: 'Conclusions of the session of {date}',
  },
  sessionMark: {
    nl: 'Dit zijn de afspraken en oordelen van de deelnemers aan de sessie, geen uitkomsten van de enquête.',
    en: 'These are the agreements and judgements of the session’s participants, not survey results.',
  },
  provenance: { nl: 'Herkomst', en: 'Provenance' },
  generated: {
    nl: 'Gemaakt met regioscan {version} op {date}',
    en: 'Made with regioscan {version} on {date}',
  },
  libraries: { nl: 'Bibliotheken', en: 'Libraries' },
  options: { nl: 'Opties van de run', en: 'Options of the run' },
  inputs: { nl: 'Invoerbestanden', en: 'Input files' },
  geoCredit: {
    nl: 'Kaarten: grenzen © CBS / PDOK (gebiedsindelingen 2025), vereenvoudigd door cartomap/nl.',
    en: 'Maps: boundaries © CBS / PDOK (gebiedsindelingen 2025), simplified by cartomap/nl.',
  },
  printHint: { nl: 'Afdrukbare versie: annex.html', en: 'Printable version: annex.html' },
} as const satisfies Record<string, unknown>;

export type AnnexText = Text;
