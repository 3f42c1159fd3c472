/**
 * The demo codebook (data/demo/codebook.json), built from the item lists so that the codebook
 * and the simulated export can never disagree about ids, columns or codes.
 */
import type { CodebookInput } from '../../model/codebook.js';
import type { RegioscanRole } from '../../model/roles.js';
import { PHASES, PROFESSIONAL_ROLES, RESIDENT_ROLES, THEMES } from './items.js';
import { blockA, blockB, blockC, type QuestionInput } from './questions-a-c.js';
import { blockDE, blockFG, CONDITION_IDS } from './questions-d-g.js';
import { blockHJ } from './questions-h-j.js';
import { toDemoScales } from './scales.js';

const BLOCKS: [string, string, string, RegioscanRole][] = [
  ['A', 'Achtergrond', 'Background', 'background'],
  ['B', 'Huidige vormen van participatie', 'Current forms of participation', 'forms'],
  ['C', 'Participatieladder', 'Participation ladder', 'ladder'],
  ['D', 'Randvoorwaarden', 'Conditions', 'conditions'],
  ['E', 'Invloed', 'Influence', 'influence'],
  ['F', 'Ervaringsdeskundigheid', 'Lived-experience expertise', 'lived_experience'],
  ['G', 'Samenwerking en hub', 'Collaboration and hub', 'collaboration'],
  ['H', 'Kansen en uitdagingen', 'Opportunities and challenges', 'priorities'],
  ['I', 'Hub-functies', 'Hub functions', 'hub_functions'],
  ['J', 'Afsluiting', 'Closing', 'closing'],
];

/** Every question of the demo questionnaire, blocks A–J in order. */
export function toDemoQuestions(): QuestionInput[] {
  return [...blockA(), ...blockB(), ...blockC(), ...blockDE(), ...blockFG(), ...blockHJ()];
}

/** The export columns of one question, in order. */
export function toQuestionColumns(question: QuestionInput): string[] {
  if (question.type === 'multi')
    return question.columns?.map((c) => c.column) ?? [question.column ?? question.id];
  if (question.type === 'rank') return question.columns;
  return [question.column];
}

/** The demo codebook, as written to data/demo/codebook.json (input form: defaults left out). */
export function toDemoCodebook(): CodebookInput {
  return {
    $schema: '../../codebook.schema.json',
    survey: {
      id: 'regioscan-demo',
      title: {
        nl: 'Regioscan participatie zorg en welzijn (demo)',
        en: 'Regioscan of participation in care and welfare (demo)',
      },
      wave: '2026 najaar',
      commissionedBy: {
        nl: 'Fictief voorbeeld: de regionale samenwerking van gemeenten, GGD en zorgverzekeraar',
        en: 'Fictitious example: the regional partnership of municipalities, public health service and health insurer',
      },
      conductedBy: {
        nl: 'Fictief onderzoeksbureau (demodata, gegenereerd met regioscan generate)',
        en: 'Fictitious research agency (demo data, made with regioscan generate)',
      },
      recruitment: {
        nl: 'Uitnodiging via cliëntenraden, Wmo-adviesraden, welzijnsorganisaties en de nieuwsbrief van de gemeenten; open link, geen steekproef.',
        en: 'Invitations through client councils, Wmo advisory councils, welfare organisations and the municipalities’ newsletter; an open link, no sample.',
      },
    },
    respondentId: 'respondent_id',
    complete: { column: 'submitdate' },
    timestamp: 'submitdate',
    region: { question: 'A2_gemeente', level: 'municipality' },
    role: { question: 'A1_rol', residents: RESIDENT_ROLES, professionals: PROFESSIONAL_ROLES },
    blocks: BLOCKS.map(([id, nl, en, role]) => ({ id, title: { nl, en }, role })),
    scales: toDemoScales(),
    questions: toDemoQuestions(),
    indices: [
      {
        id: 'randvoorwaarden',
        label: { nl: 'Randvoorwaarden voor participatie', en: 'Conditions for participation' },
        items: [...CONDITION_IDS],
        role: 'conditions',
      },
    ],
    phases: PHASES.map((p) => ({ id: p.id, label: { nl: p.nl, en: p.en } })),
    themes: THEMES.map((t) => ({ id: t.id, label: { nl: t.nl, en: t.en } })),
  };
}
