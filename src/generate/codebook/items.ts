/**
 * The vocabulary of the demo questionnaire (questionnaire.md): answer options and matrix rows,
 * each with the id used in column names, the code stored in the export and nl/en labels.
 * The codebook and the simulated answers are both built from these lists.
 */

/** One option or matrix row: `id` goes into question ids and column names. */
export interface Item {
  code: number;
  id: string;
  nl: string;
  en: string;
}

const items = (rows: [string, string, string][]): Item[] =>
  rows.map(([id, nl, en], i) => ({ code: i + 1, id, nl, en }));

/** A1: roles; codes 1–5 are the residents' side, 6–9 professionals. */
export const ROLES = items([
  ['inwoner', 'Inwoner zonder zorgvraag', 'Resident without a care need'],
  ['zorgvraag', 'Inwoner met zorgvraag (patiënt, cliënt)', 'Resident with a care need (patient, client)'],
  ['naaste', 'Naaste of mantelzorger', 'Relative or informal carer'],
  ['ervaringsdeskundige', 'Ervaringsdeskundige', 'Expert by experience'],
  ['clientenraad', 'Lid cliëntenraad of Wmo-raad', 'Member of a client council or Wmo council'],
  ['zorgaanbieder', 'Professional bij een zorgaanbieder', 'Professional at a care provider'],
  ['zorgverzekeraar', 'Professional bij een zorgverzekeraar', 'Professional at a health insurer'],
  ['gemeente', 'Professional bij een gemeente', 'Professional at a municipality'],
  ['welzijn', 'Professional bij een welzijnsorganisatie', 'Professional at a welfare organisation'],
]);
export const RESIDENT_ROLES = [1, 2, 3, 4, 5];
export const PROFESSIONAL_ROLES = [6, 7, 8, 9];

/** A3: policy domains (multi). */
export const DOMAINS = items([
  ['wmo', 'Wmo (maatschappelijke ondersteuning)', 'Social support (Wmo)'],
  ['mo', 'Maatschappelijke opvang', 'Shelter for the homeless'],
  ['bw', 'Beschermd wonen', 'Sheltered housing'],
  ['bemoeizorg', 'Bemoeizorg', 'Assertive outreach care'],
  ['ggz', 'GGZ', 'Mental health care'],
  ['jeugd', 'Jeugd', 'Youth care'],
  ['zvw', 'Zorgverzekeringswet (Zvw)', 'Health Insurance Act (Zvw)'],
  ['wlz', 'Wet langdurige zorg (Wlz)', 'Long-term Care Act (Wlz)'],
  ['werk', 'Werk en inkomen', 'Work and income'],
]);

/** A4: age bands. */
export const AGE_BANDS = items([
  ['16_24', '16–24 jaar', '16–24 years'],
  ['25_44', '25–44 jaar', '25–44 years'],
  ['45_64', '45–64 jaar', '45–64 years'],
  ['65_74', '65–74 jaar', '65–74 years'],
  ['75plus', '75 jaar of ouder', '75 years or older'],
]);

/** B: forms of participation that exist now (matrix rows). */
export const FORMS = items([
  ['panel', 'Panel (zoals het Lumen Panel)', 'Panel (such as the Lumen Panel)'],
  ['clientenraad', 'Cliëntenraad', 'Client council'],
  ['wmoraad', 'Wmo-adviesraad', 'Wmo advisory council'],
  [
    'stuurgroep',
    'Stuurgroep met cliëntvertegenwoordiging (zoals arbeidsparticipatie)',
    'Steering group with client representation (such as labour participation)',
  ],
  [
    'leernetwerk',
    'Leernetwerk (zoals Over mij = met mij!)',
    'Learning network (such as Over mij = met mij!)',
  ],
  [
    'wijkproject',
    'Wijkproject (zoals Meedoen met Meerburg)',
    'Neighbourhood project (such as Meedoen met Meerburg)',
  ],
  ['enquete', 'Enquête of peiling', 'Survey or poll'],
  ['burgerberaad', 'Burgerberaad', "Citizens' assembly"],
  ['projectgroep', 'Ervaringsdeskundige in een projectgroep', 'Expert by experience in a project group'],
  ['codesign', 'Co-design (samen ontwerpen)', 'Co-design'],
]);

/** C: policy phases of the participation ladder. */
export const PHASES = items([
  ['agendavorming', 'Agendavorming', 'Agenda setting'],
  ['beleidsvoorbereiding', 'Beleidsvoorbereiding', 'Policy preparation'],
  ['besluitvorming', 'Besluitvorming', 'Decision making'],
  ['uitvoering', 'Uitvoering', 'Implementation'],
  ['evaluatie', 'Evaluatie', 'Evaluation'],
]);

/** D: conditions (randvoorwaarden); `nl`/`en` are the short labels, statements are in questions.ts. */
export const CONDITIONS = items([
  ['vroeg', 'Vroeg betrokken', 'Involved early'],
  ['terugkoppeling', 'Terugkoppeling', 'Feedback'],
  ['vergoeding', 'Vergoeding', 'Compensation'],
  ['informatie', 'Begrijpelijke informatie', 'Accessible information'],
  ['bereik', 'Moeilijk bereikbare groepen', 'Hard-to-reach groups'],
  ['ondersteuning', 'Ondersteuning', 'Support'],
  ['gelijkwaardig', 'Gelijkwaardig gesprek', 'Equal footing'],
]);

/** F3: roles in which experts by experience are deployed (multi). */
export const EXPERT_ROLES = items([
  ['projectgroep', 'Lid van een project- of werkgroep', 'Member of a project or working group'],
  ['advies', 'Adviseur of lid van een adviesraad', 'Adviser or member of an advisory council'],
  ['training', 'Trainer of voorlichter', 'Trainer or educator'],
  ['ontwerp', 'Medeontwerper (co-design)', 'Co-designer'],
  ['onderzoek', 'Onderzoeker of interviewer', 'Researcher or interviewer'],
  ['herstel', 'Herstelondersteuner of maatje', 'Peer support worker or buddy'],
]);

/** G1: organisations and structures active in the region (multi). */
export const ORGANISATIONS = items([
  ['clientenraden', 'Cliëntenraden van zorgaanbieders', 'Client councils of care providers'],
  ['adviesraad', 'Wmo-adviesraad of adviesraad sociaal domein', 'Wmo or social domain advisory council'],
  ['patientenvereniging', 'Patiënten- of cliëntenvereniging', 'Patient or client association'],
  [
    'clientondersteuning',
    'Onafhankelijke cliëntondersteuning (zoals MEE)',
    'Independent client support (such as MEE)',
  ],
  ['welzijn', 'Welzijnsorganisatie', 'Welfare organisation'],
  ['ggd', 'GGD', 'Municipal health service (GGD)'],
  ['zorgverzekeraar', 'Zorgverzekeraar', 'Health insurer'],
  ['huisartsen', 'Huisartsen of zorggroep', 'GPs or primary care group'],
  ['herstelcentrum', 'Herstel- of zelfregiecentrum', 'Recovery or self-management centre'],
  [
    'patientenorganisatie',
    'Regionale patiëntenorganisatie (zoals Zorgbelang)',
    'Regional patient organisation (such as Zorgbelang)',
  ],
]);

/** H: themes of the importance–performance block, in question order (H1 … H8). */
export const THEMES = items([
  ['thuis', 'Langer thuis wonen', 'Living at home for longer'],
  ['jongeren', 'Mentale gezondheid jongeren', "Young people's mental health"],
  ['werk', 'Werk en inkomen', 'Work and income'],
  ['toegang', 'Toegang tot zorg', 'Access to care'],
  ['mantelzorg', 'Mantelzorg', 'Informal care'],
  ['18min18plus', 'Overgang 18-/18+', 'Transition from youth to adult care (18-/18+)'],
  ['dakloos', 'Dak- en thuisloosheid', 'Homelessness'],
  ['eenzaam', 'Eenzaamheid', 'Loneliness'],
]);

/** I: functions of a regional participation hub (ranked). */
export const HUB_FUNCTIONS = items([
  ['signaleren', 'Signaleren wat er speelt', 'Spotting what is going on'],
  [
    'koppelen',
    'Ervaringsdeskundigen koppelen aan overlegtafels',
    'Linking experts by experience to decision-making tables',
  ],
  ['scholing', 'Scholing en training', 'Education and training'],
  ['vergoedingen', 'Vergoedingen regelen', 'Arranging compensation'],
  ['kennisdeling', 'Kennis delen', 'Sharing knowledge'],
]);
