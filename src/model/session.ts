/**
 * The outcomes of a co-creation session: what the region recognised in the regioscan, the
 * opportunities and hub ideas it agreed on, and who does what next. The facilitator fills in a
 * session file (Markdown or JSON, see `src/session/template.ts`); this schema is its JSON shape
 * and the typed value the report reads.
 */
import { z } from 'zod';

/** Whether the session recognised a theme's findings. */
export const RECOGNISED = ['yes', 'partly', 'no'] as const;
export type Recognised = (typeof RECOGNISED)[number];

/** The words a file may use for `recognised`, Dutch and English, lowercase. */
export const RECOGNISED_WORDS: Readonly<Record<string, Recognised>> = {
  ja: 'yes',
  deels: 'partly',
  nee: 'no',
  yes: 'yes',
  partly: 'partly',
  no: 'no',
};

/** Blank text means "not filled in": `""` and `"  "` become null; a Dutch word becomes its code. */
function blankToNull(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
}

function recognisedWord(value: unknown): unknown {
  const text = blankToNull(value);
  return typeof text === 'string' ? (RECOGNISED_WORDS[text.toLowerCase()] ?? text) : text;
}

/** A calendar date as `YYYY-MM-DD`. */
const isoDate = z.iso.date();

export const SessionTheme = z.strictObject({
  id: z.string().trim().min(1).describe('Theme id, as listed for the run'),
  title: z.string().trim().default('').describe("Theme title; default: the run's title for the id"),
  recognised: z
    .preprocess(recognisedWord, z.enum(RECOGNISED).nullable())
    .default(null)
    .describe('Whether the session recognised the findings: "yes", "partly", "no", or null (not discussed)'),
  why: z.string().trim().default('').describe('Why (not): plain text, may hold line breaks'),
});
export type SessionTheme = z.infer<typeof SessionTheme>;

export const NextStep = z.strictObject({
  action: z.string().trim().default('').describe('What will be done'),
  owner: z.string().trim().default('').describe('Who does it (a person or an organisation)'),
  due: z
    .preprocess(blankToNull, isoDate.nullable())
    .default(null)
    .describe('When it is due, as YYYY-MM-DD; null when no date was agreed'),
});
export type NextStep = z.infer<typeof NextStep>;

export const Session = z
  .strictObject({
    region: z.string().trim().min(1).describe('The region, named as in the run'),
    date: isoDate.describe('The date of the session, as YYYY-MM-DD'),
    participants: z
      .string()
      .trim()
      .optional()
      .describe('Who took part, as free text, e.g. "24 deelnemers: inwoners, zorgaanbieders, gemeenten"'),
    themes: z
      .array(SessionTheme)
      .default([])
      .describe('Recognition per theme; a theme of the run that is not listed was not discussed'),
    opportunities: z
      .array(z.string().trim())
      .default([])
      .describe('The top opportunities the session agreed on, most important first'),
    hubIdeas: z.array(z.string().trim()).default([]).describe('Ideas for the regional participation hub'),
    nextSteps: z.array(NextStep).default([]).describe('Agreed next steps'),
  })
  .describe('The outcomes of a co-creation session about a regioscan');
export type Session = z.infer<typeof Session>;

/** A session file in JSON: a `Session`, with room for notes to whoever fills it in. */
export const SessionFile = Session.extend({
  $comment: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Notes for whoever fills in the file; ignored'),
}).describe('A session-outcomes file (JSON), filled in after a co-creation session');
export type SessionFile = z.input<typeof SessionFile>;

/**
 * The keywords of the Markdown format: what the template writes in each language, and what the
 * parser accepts (either language, case, accents and punctuation aside, plus `also`).
 */
export const SESSION_WORDS = {
  title: { nl: 'Sessie-uitkomsten', en: 'Session outcomes', also: [] },
  region: { nl: 'Regio', en: 'Region', also: [] },
  date: { nl: 'Datum', en: 'Date', also: [] },
  participants: { nl: 'Aanwezig', en: 'Participants', also: ['deelnemers', 'present'] },
  themes: { nl: 'Herkenning per thema', en: 'Recognition per theme', also: [] },
  recognised: { nl: 'Herkend', en: 'Recognised', also: ['recognized'] },
  why: { nl: 'Waarom', en: 'Why', also: [] },
  opportunities: { nl: 'Belangrijkste kansen', en: 'Top opportunities', also: [] },
  hubIdeas: { nl: 'Ideeën voor de hub', en: 'Hub ideas', also: [] },
  nextSteps: { nl: 'Vervolgstappen', en: 'Next steps', also: [] },
  action: { nl: 'Actie', en: 'Action', also: [] },
  owner: { nl: 'Eigenaar', en: 'Owner', also: [] },
  due: { nl: 'Datum', en: 'Date', also: ['due'] },
} as const satisfies Record<string, { nl: string; en: string; also: readonly string[] }>;
export type SessionWord = keyof typeof SESSION_WORDS;

/** The answers to `recognised` the template shows as a hint, per language. */
export const RECOGNISED_HINT = { nl: 'ja / deels / nee', en: 'yes / partly / no' } as const;
