/** The answer scales of the demo codebook. "Weet niet" is code 9 and always missing, never a low score. */
import type { CodebookInput } from '../../model/codebook.js';
import { DEMO_REGIONS, OUTSIDE_MUNICIPALITIES } from '../regions.js';
import { AGE_BANDS, DOMAINS, EXPERT_ROLES, HUB_FUNCTIONS, type Item, ORGANISATIONS, ROLES } from './items.js';

type ScaleInput = CodebookInput['scales'][number];
type OptionInput = ScaleInput['options'][number];

/** The "weet niet" code of every closed question. */
export const DONT_KNOW = 9;

const option = (code: number, nl: string, en: string): OptionInput => ({ code, label: { nl, en } });
const fromItems = (list: readonly Item[]): OptionInput[] => list.map((it) => option(it.code, it.nl, it.en));
const dontKnow = (nl = 'Weet niet', en = "Don't know"): OptionInput[] => [option(DONT_KNOW, nl, en)];

/** Municipalities in region order, then the ones outside every region; codes 1, 2, … in that order. */
export const MUNICIPALITY_NAMES: readonly string[] = [
  ...DEMO_REGIONS.flatMap((r) => r.subregions.flatMap((s) => s.municipalities.map((mun) => mun.name))),
  ...OUTSIDE_MUNICIPALITIES,
];

/** Code of a municipality in the `gemeente` scale. */
export function municipalityCode(name: string): number {
  const i = MUNICIPALITY_NAMES.indexOf(name);
  if (i < 0) throw new RangeError(`unknown demo municipality ${name}`);
  return i + 1;
}

/** Every scale of the demo codebook. */
export function toDemoScales(): ScaleInput[] {
  return [
    { id: 'rol', options: fromItems(ROLES) },
    { id: 'gemeente', options: MUNICIPALITY_NAMES.map((name, i) => option(i + 1, name, name)) },
    { id: 'domein', options: fromItems(DOMAINS) },
    {
      id: 'leeftijd',
      options: fromItems(AGE_BANDS),
      missing: dontKnow('Zeg ik liever niet', 'Prefer not to say'),
    },
    {
      id: 'frequentie',
      options: [
        option(1, 'Nooit', 'Never'),
        option(2, 'Eens per jaar of minder', 'Once a year or less'),
        option(3, 'Een paar keer per jaar', 'A few times a year'),
        option(4, 'Maandelijks of vaker', 'Monthly or more often'),
      ],
      missing: dontKnow(),
    },
    {
      id: 'ladder',
      options: [
        option(0, 'Niet betrokken', 'Not involved'),
        option(1, 'Informeren', 'Informing'),
        option(2, 'Raadplegen', 'Consulting'),
        option(3, 'Adviseren', 'Advising'),
        option(4, 'Coproduceren', 'Co-producing'),
        option(5, 'Meebeslissen', 'Co-deciding'),
        option(6, 'Zelfbeheer', 'Self-management'),
      ],
      missing: dontKnow(),
    },
    {
      id: 'agree5',
      options: [
        option(1, 'Helemaal oneens', 'Strongly disagree'),
        option(2, 'Oneens', 'Disagree'),
        option(3, 'Neutraal', 'Neither agree nor disagree'),
        option(4, 'Eens', 'Agree'),
        option(5, 'Helemaal eens', 'Strongly agree'),
      ],
      missing: dontKnow('Weet niet / n.v.t.', "Don't know / not applicable"),
      agree: [4, 5],
    },
    {
      id: 'jadeelsnee',
      options: [option(1, 'Ja', 'Yes'), option(2, 'Deels', 'Partly'), option(3, 'Nee', 'No')],
      missing: dontKnow('Weet niet / n.v.t.', "Don't know / not applicable"),
    },
    { id: 'ervaringsrol', options: fromItems(EXPERT_ROLES) },
    { id: 'organisatie', options: fromItems(ORGANISATIONS) },
    {
      id: 'jamisschiennee',
      options: [option(1, 'Ja', 'Yes'), option(2, 'Misschien', 'Maybe'), option(3, 'Nee', 'No')],
      missing: dontKnow(),
    },
    {
      id: 'belang',
      options: [
        option(1, 'Niet belangrijk', 'Not important'),
        option(2, 'Weinig belangrijk', 'Slightly important'),
        option(3, 'Enigszins belangrijk', 'Moderately important'),
        option(4, 'Belangrijk', 'Important'),
        option(5, 'Zeer belangrijk', 'Very important'),
      ],
      missing: dontKnow(),
    },
    {
      id: 'prestatie',
      options: [
        option(1, 'Gaat zeer slecht', 'Going very badly'),
        option(2, 'Gaat slecht', 'Going badly'),
        option(3, 'Gaat redelijk', 'Going reasonably'),
        option(4, 'Gaat goed', 'Going well'),
        option(5, 'Gaat zeer goed', 'Going very well'),
      ],
      missing: dontKnow(),
    },
    { id: 'hubfunctie', options: fromItems(HUB_FUNCTIONS) },
    { id: 'janee', options: [option(1, 'Ja', 'Yes'), option(2, 'Nee', 'No')] },
  ];
}
