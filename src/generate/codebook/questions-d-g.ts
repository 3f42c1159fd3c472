/** Questions of blocks D (conditions), E (influence), F (lived experience) and G (collaboration, hub). */
import { CONDITIONS, EXPERT_ROLES, ORGANISATIONS } from './items.js';
import { multiColumns, type QuestionInput } from './questions-a-c.js';

/** D statements, in CONDITIONS order (D1 … D7). */
const STATEMENTS: readonly [string, string][] = [
  [
    'Inwoners worden vroeg betrokken, voordat plannen vastliggen.',
    'Residents are involved early, before plans are fixed.',
  ],
  [
    'Deelnemers horen terug wat er met hun inbreng is gedaan.',
    'Participants hear back what was done with their input.',
  ],
  ['Er is een passende vergoeding voor tijd en kosten.', 'There is fair compensation for time and expenses.'],
  [
    'Informatie is begrijpelijk (taalniveau B1) en toegankelijk.',
    'Information is easy to understand (language level B1) and accessible.',
  ],
  ['Ook moeilijk bereikbare groepen doen mee.', 'Hard-to-reach groups take part too.'],
  [
    'Deelnemers krijgen ondersteuning of training als zij die nodig hebben.',
    'Participants get support or training when they need it.',
  ],
  [
    'Inwoners en professionals voeren het gesprek als gelijken.',
    'Residents and professionals talk on an equal footing.',
  ],
];

/** Question ids of block D (`D1_vroeg` … `D7_gelijkwaardig`), the items of the `randvoorwaarden` index. */
export const CONDITION_IDS: readonly string[] = CONDITIONS.map((c) => `D${c.code}_${c.id}`);

/** Blocks D and E: conditions (Likert) and influence (Likert + open example). */
export function blockDE(): QuestionInput[] {
  const conditions: QuestionInput[] = CONDITIONS.map((c, i) => {
    const [nl, en] = STATEMENTS[i] ?? [c.nl, c.en];
    const id = `D${c.code}_${c.id}`;
    return {
      id,
      block: 'D',
      type: 'likert',
      column: id,
      scale: 'agree5',
      text: { nl, en },
      short: { nl: c.nl, en: c.en },
    };
  });
  return [
    ...conditions,
    {
      id: 'E1_invloed',
      block: 'E',
      type: 'likert',
      column: 'E1_invloed',
      scale: 'agree5',
      text: {
        nl: 'De inbreng van inwoners heeft zichtbaar geleid tot aanpassingen in beleid of uitvoering.',
        en: "Residents' input has visibly led to changes in policy or practice.",
      },
      short: { nl: 'Zichtbare invloed', en: 'Visible influence' },
    },
    {
      id: 'E2_voorbeeld',
      block: 'E',
      type: 'open',
      column: 'E2_voorbeeld',
      text: {
        nl: 'Noem een voorbeeld waarbij inbreng van inwoners wel of juist niet tot aanpassingen leidde.',
        en: "Give an example where residents' input did, or did not, lead to changes.",
      },
      short: { nl: 'Voorbeeld van invloed', en: 'Example of influence' },
    },
  ];
}

/** Blocks F and G: lived-experience expertise, organisations and the hub. */
export function blockFG(): QuestionInput[] {
  return [
    {
      id: 'F1_ingezet',
      block: 'F',
      type: 'single',
      column: 'F1_ingezet',
      scale: 'jadeelsnee',
      text: {
        nl: 'Wordt ervaringsdeskundigheid ingezet bij beleid en uitvoering in uw regio?',
        en: 'Is lived-experience expertise used in policy and practice in your region?',
      },
      short: { nl: 'Ervaringsdeskundigheid ingezet', en: 'Lived experience used' },
    },
    {
      id: 'F2_betaald',
      block: 'F',
      type: 'single',
      column: 'F2_betaald',
      scale: 'jadeelsnee',
      text: {
        nl: 'Worden ervaringsdeskundigen voor hun inzet betaald?',
        en: 'Are experts by experience paid for their work?',
      },
      short: { nl: 'Ervaringsdeskundigen betaald', en: 'Experts by experience paid' },
    },
    {
      id: 'F3_rol',
      block: 'F',
      type: 'multi',
      scale: 'ervaringsrol',
      columns: multiColumns('F3_rol', EXPERT_ROLES),
      text: {
        nl: 'In welke rol worden ervaringsdeskundigen ingezet? (meerdere antwoorden mogelijk)',
        en: 'In which roles are experts by experience deployed? (several answers possible)',
      },
      short: { nl: 'Rol ervaringsdeskundigen', en: 'Role of experts by experience' },
    },
    {
      id: 'G1_organisaties',
      block: 'G',
      type: 'multi',
      scale: 'organisatie',
      columns: multiColumns('G1_organisaties', ORGANISATIONS),
      text: {
        nl: 'Welke organisaties of structuren voor participatie zijn in uw regio actief? (meerdere antwoorden mogelijk)',
        en: 'Which organisations or structures for participation are active in your region? (several answers possible)',
      },
      short: { nl: 'Actieve organisaties', en: 'Active organisations' },
    },
    {
      id: 'G2_hub',
      block: 'G',
      role: 'hub_support',
      type: 'single',
      column: 'G2_hub',
      scale: 'jamisschiennee',
      text: {
        nl: 'Bent u (of uw organisatie) bereid deel te nemen aan een regionale participatiehub?',
        en: 'Would you (or your organisation) be willing to join a regional participation hub?',
      },
      short: { nl: 'Bereid deel te nemen aan hub', en: 'Willing to join a hub' },
    },
  ];
}
