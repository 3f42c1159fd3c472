/**
 * A second regioscan questionnaire, shaped unlike the demo: LimeSurvey code+text headings with the
 * tool's default codes (groups G01…G06, so no block is A–J), no ladder, no importance–performance
 * block, a frequency matrix of forms of participation, age and domain, a Likert block of
 * conditions, one influence statement, a hub question, a multi-select of organisations and a
 * number. Written by the test from a seeded generator, so nothing large is stored.
 */
import { mulberry32 } from '../../src/generate/random.js';

const AGREE = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
const OFTEN = ['Nooit', 'Eén keer per jaar', 'Een paar keer per jaar', 'Elke maand'];

/** The headings: code. text, as LimeSurvey writes "code+text" headings. */
export const HEADINGS: string[] = [
  'id. Response ID',
  'submitdate. Date submitted',
  'lastpage. Last page',
  'startlanguage. Start language',
  'G01Q01. In welke regio woont of werkt u?',
  'G01Q02. Wat is uw rol?',
  'G01Q03. Wat is uw leeftijd?',
  'G01Q04[SQ001]. Met welke domeinen hebt u te maken? [Wmo]',
  'G01Q04[SQ002]. Met welke domeinen hebt u te maken? [Jeugd]',
  'G01Q04[SQ003]. Met welke domeinen hebt u te maken? [GGZ]',
  'G02Q01[SQ001]. Hoe vaak had u te maken met deze vorm van participatie? [Inwonerspanel]',
  'G02Q01[SQ002]. Hoe vaak had u te maken met deze vorm van participatie? [Cliëntenraad]',
  'G02Q01[SQ003]. Hoe vaak had u te maken met deze vorm van participatie? [Burgerberaad]',
  'G03Q01[SQ001]. Hoe eens bent u het hiermee? [Inwoners worden vroeg betrokken]',
  'G03Q01[SQ002]. Hoe eens bent u het hiermee? [Deelnemers krijgen terugkoppeling]',
  'G03Q01[SQ003]. Hoe eens bent u het hiermee? [Er is een vergoeding voor tijd en kosten]',
  'G03Q02. Wat zou de samenwerking met inwoners verbeteren?',
  'G04Q01. Mijn inbreng heeft zichtbaar invloed gehad op beleid',
  'G05Q01. Wilt u meedoen aan een regionale participatiehub?',
  'G05Q02[SQ001]. Welke organisaties zijn actief in participatie? [Gemeente]',
  'G05Q02[SQ002]. Welke organisaties zijn actief in participatie? [Zorgaanbieder]',
  'G05Q02[SQ003]. Welke organisaties zijn actief in participatie? [Welzijnsorganisatie]',
  'G06Q01. Hoeveel uur per maand besteedt u aan inspraak en participatie?',
];

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** `rows` responses over two regions, semicolon-separated as LimeSurvey exports. */
export function questionnaireB(rows: number, seed: number): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [HEADINGS.map(quote).join(';')];
  for (let i = 1; i <= rows; i++) {
    const professional = random() < 0.35;
    const agree = (shift: number) => AGREE[Math.max(0, Math.min(4, Math.floor(random() * 4) + shift))]!;
    const cells = [
      String(i),
      `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`,
      '6',
      'nl',
      pick(['Regio Noord', 'Regio Zuid']),
      professional
        ? pick(['Professional bij een zorgaanbieder', 'Gemeente'])
        : pick(['Inwoner', 'Mantelzorger']),
      pick(['18-34 jaar', '35-54 jaar', '55-74 jaar', '75 jaar of ouder']),
      ...[0.6, 0.3, 0.25].map((p) => (random() < p ? 'Y' : '')),
      ...[0.3, 0.2, 0.7].map((never) => (random() < never ? OFTEN[0]! : pick(OFTEN.slice(1)))),
      agree(professional ? 1 : 0),
      agree(professional ? 1 : 0),
      agree(0),
      random() < 0.3
        ? `${pick(['Vaker terugkoppelen', 'Eerder betrekken, niet pas aan het eind', 'Vergoed de reiskosten'])} (${pick(['wijk', 'dorp', 'stad'])} ${i}).`
        : '',
      agree(0),
      pick(['Ja', 'Misschien', 'Nee']),
      ...[0.7, 0.5, 0.4].map((p) => (random() < p ? 'Y' : '')),
      String(Math.floor(random() * 12)),
    ];
    lines.push(cells.map(quote).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
