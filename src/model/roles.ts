/**
 * What a block or question is for in the regioscan: its role decides where the report shows it
 * and which chart draws it. The report never looks at block ids; a question without a role gets
 * the generic chart of its type (see `src/report/plan`).
 */
import { z } from 'zod';

/** Every role, in the order of the questionnaire, with what it means. */
export const ROLE_MEANINGS = {
  background: 'who answered: role, municipality, age, domain (breakdowns of the response)',
  forms: 'the forms of participation in use now and how often (a frequency matrix)',
  ladder: 'the participation ladder per policy phase, now and desired',
  conditions:
    'the conditions for participation (randvoorwaarden); an index with this role is the conditions index',
  influence: 'whether input visibly changed decisions, with examples',
  lived_experience: 'lived-experience expertise (ervaringsdeskundigheid): used, paid, in which roles',
  collaboration: 'organisations and structures for participation that are active in the region',
  hub_support: 'willingness to take part in a regional participation hub',
  hub_functions: 'which functions of a hub matter most',
  priorities: 'opportunities and challenges: importance against how well a theme goes now',
  closing: 'the closing questions, e.g. an invitation to the co-creation session',
} as const;

export type RegioscanRole = keyof typeof ROLE_MEANINGS;

export const REGIOSCAN_ROLES = Object.keys(ROLE_MEANINGS) as [RegioscanRole, ...RegioscanRole[]];

const described = Object.entries(ROLE_MEANINGS)
  .map(([role, meaning]) => `\`${role}\`: ${meaning}`)
  .join('; ');

export const Role = z.enum(REGIOSCAN_ROLES);

/** An optional role field of a block, question or index: `what` it sets, then every role's meaning. */
export function roleField(what: string) {
  return Role.optional().describe(`${what}. The roles: ${described}`);
}

/** The role of a question: its own, else its block's, else null (a generic chart of its type). */
export function roleOf(
  codebook: { blocks: readonly { id: string; role?: RegioscanRole | undefined }[] },
  question: { block: string; role?: RegioscanRole | undefined },
): RegioscanRole | null {
  return question.role ?? codebook.blocks.find((b) => b.id === question.block)?.role ?? null;
}

/** A title for a block of each role, for codebooks whose blocks have none of their own (`init`). */
export const ROLE_TITLES: Record<RegioscanRole, { nl: string; en: string }> = {
  background: { nl: 'Achtergrond', en: 'Background' },
  forms: { nl: 'Huidige vormen van participatie', en: 'Current forms of participation' },
  ladder: { nl: 'Participatieladder', en: 'Participation ladder' },
  conditions: { nl: 'Randvoorwaarden', en: 'Conditions' },
  influence: { nl: 'Invloed', en: 'Influence' },
  lived_experience: { nl: 'Ervaringsdeskundigheid', en: 'Lived-experience expertise' },
  collaboration: { nl: 'Samenwerking', en: 'Collaboration' },
  hub_support: { nl: 'Regionale participatiehub', en: 'Regional participation hub' },
  hub_functions: { nl: 'Functies van een hub', en: 'Functions of a hub' },
  priorities: { nl: 'Kansen en uitdagingen', en: 'Opportunities and challenges' },
  closing: { nl: 'Afsluiting', en: 'Closing' },
};
