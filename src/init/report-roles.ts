/**
 * Regioscan roles proposed from what a question says: its wording (Dutch or English) and its
 * type. A block whose questions all get one role carries it (and, when its title is a placeholder
 * such as "Blok D", the role's title); otherwise each question carries its own. A question that
 * says nothing recognisable gets none, and the report gives it the generic chart of its type.
 */
import type { CodebookInput } from '../model/codebook.js';
import { type RegioscanRole, ROLE_TITLES } from '../model/roles.js';
import { note } from './messages.js';

type QuestionInput = CodebookInput['questions'][number];
type BlockInput = CodebookInput['blocks'][number];

/** Words that give a question's role away, tried in this order (the first match wins). */
const CLUES: [RegioscanRole, RegExp, QuestionInput['type'][] | null][] = [
  [
    'background',
    /\b(leeftijd|age|geboortejaar|year of birth|geslacht|gender|domein|domain|opleiding|education|postcode|woonplaats)\b/i,
    null,
  ],
  ['ladder', /participatieladder|participation ladder/i, null],
  ['lived_experience', /ervaringsdeskund|lived[- ]experience|experts? by experience/i, null],
  [
    'hub_functions',
    /\bhub ?(functie|functies|function|functions|taak|taken|task|tasks)\b|\bhub\b.*\b(functie|functies|function|functions|taak|taken|task|tasks)\b/i,
    null,
  ],
  ['hub_support', /hub\b/i, null],
  ['influence', /invloed|influence|geleid tot|led to|aanpassingen in beleid|changed? (the )?decision/i, null],
  [
    'conditions',
    /randvoorwaarde|vroeg betrokken|involved early|terugkoppel|feedback|vergoeding|compensat|begrijpelijk|taalniveau|\(B1\)|plain language|toegankelijk|accessible|ondersteuning|training|gelijkwaardig|equal (footing|partners)|moeilijk bereikbare|hard[- ]to[- ]reach/i,
    ['likert'],
  ],
  [
    'forms',
    /vorm(en)? van participatie|forms? of participation|cli[eë]ntenraad|wmo-? ?(advies)?raad|burgerberaad|panel|stuurgroep|leernetwerk|wijkproject|enqu[eê]te|projectgroep|co-? ?design/i,
    ['single', 'likert'],
  ],
  [
    'collaboration',
    /organisaties|organisations|organizations|samenwerk|collaborat|structuren/i,
    ['multi', 'single'],
  ],
  [
    'priorities',
    /kansen|uitdagingen|opportunit|challenge|hoe belangrijk|how important|hoe goed gaat|how well|\bbelang\b|\bprestatie\b|\bimportance\b|\bperformance\b/i,
    null,
  ],
  ['closing', /uitnodiging|invitation|co-?creatie|sessie|session|contactgegevens|contact details/i, null],
];

/** The role a question's wording and type suggest, or null. */
export function proposeRole(question: QuestionInput, header: string): RegioscanRole | null {
  if (question.type === 'ladder') return 'ladder';
  if (question.type === 'ipa') return 'priorities';
  // Column codes join words with "_" or "." ("A4_leeftijd"): split them so word clues match.
  const words = `${question.text.nl} ${question.text.en} ${header}`.replace(/[_.[\]]+/g, ' ');
  for (const [role, clue, types] of CLUES) {
    if (types && !types.includes(question.type)) continue;
    if (clue.test(words)) return role;
  }
  return null;
}

const PLACEHOLDER_TITLE = /^(blok|block) \S+$|^vragen$|^questions$/i;

/**
 * Roles for the questions of a codebook draft: the region and role questions are background;
 * others by `proposeRole`. Returns the blocks and questions with their roles, and a note.
 */
export function assignRoles(
  blocks: readonly BlockInput[],
  questions: readonly QuestionInput[],
  headers: readonly string[],
  background: ReadonlySet<string>,
): { blocks: BlockInput[]; questions: QuestionInput[]; note: string } {
  const roles = questions.map((q, i) =>
    background.has(q.id) ? 'background' : proposeRole(q, headers[i] ?? ''),
  );
  // A block takes the one role at least half of its questions suggest when no other role appears
  // among them; its unrecognised questions go with it (a block of conditions is one chart, not two).
  const blockRole = new Map<string, RegioscanRole | null>();
  for (const b of blocks) {
    const own = questions.flatMap((q, i) => (q.block === b.id ? [roles[i] ?? null] : []));
    const found = new Set(own.filter((r): r is RegioscanRole => r !== null));
    const only = found.size === 1 ? [...found][0]! : null;
    blockRole.set(b.id, only && own.filter((r) => r === only).length * 2 >= own.length ? only : null);
  }
  const outBlocks = blocks.map((b) => {
    const role = blockRole.get(b.id);
    if (!role) return b;
    return { ...b, role, ...(PLACEHOLDER_TITLE.test(b.title.nl) ? { title: ROLE_TITLES[role] } : {}) };
  });
  const outQuestions = questions.map((q, i) => {
    const role = roles[i];
    return role && !blockRole.get(q.block) ? ({ ...q, role } as QuestionInput) : q;
  });
  const final = questions.map((q, i) => blockRole.get(q.block) ?? roles[i] ?? null);
  const counts = new Map<RegioscanRole, string[]>();
  final.forEach((r, i) => {
    if (r) counts.set(r, [...(counts.get(r) ?? []), questions[i]!.id]);
  });
  const none = questions.filter((_, i) => final[i] === null).map((q) => q.id);
  return { blocks: outBlocks, questions: outQuestions, note: note.roles(counts, none) };
}
