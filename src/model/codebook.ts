/**
 * The codebook: what each column of an export means. Declared once with zod; the TypeScript
 * types are `z.infer` of these schemas and `codebook.schema.json` is generated from them
 * (`npm run schema`), so editors complete a codebook as it is written.
 */
import { z } from 'zod';
import { roleField } from './roles.js';

/** A text in Dutch and English; Dutch is the working language, English is for `--lang en`. */
export const LocalText = z
  .object({
    nl: z.string().min(1).describe('Dutch text'),
    en: z.string().min(1).describe('English text'),
  })
  .describe('A text in Dutch and English');
export type LocalText = z.infer<typeof LocalText>;

/** One answer option of a scale: the code analysis works on, and its labels. */
export const Option = z.object({
  code: z.number().int().describe('The answer code stored in the survey; analysis works on codes only'),
  label: LocalText.describe('Label shown in reports'),
  aliases: z
    .array(z.string())
    .default([])
    .describe('Other spellings an export may hold for this option (matched case-insensitively)'),
});
export type Option = z.infer<typeof Option>;

/** An ordered list of answer options, shared by the questions that use it. */
export const Scale = z.object({
  id: z.string().min(1).describe('Scale id, referenced by questions'),
  options: z
    .array(Option)
    .min(1)
    .describe('Substantive options, in their natural order (low to high for ordinal scales)'),
  missing: z
    .array(Option)
    .default([])
    .describe('Options that count as missing for the item, e.g. "weet niet / n.v.t." (never a low score)'),
  agree: z
    .array(z.number().int())
    .optional()
    .describe('Codes counted as agreement (top-2-box) for `share_agree`; default: the two highest codes'),
});
export type Scale = z.infer<typeof Scale>;

const QuestionBase = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'letters, digits, "_" or "." and starting with a letter')
    .describe('Question id: the `item` in indicators.csv'),
  block: z.string().describe('Block id (A–J in the regioscan questionnaire)'),
  text: LocalText.describe('Question wording'),
  short: LocalText.optional().describe('Short label for charts; defaults to the question text'),
  role: roleField("The question's regioscan role, which places it in the report; default: its block's role"),
  headers: z
    .array(z.string())
    .default([])
    .describe('Other column headings that hold this question (full-text exports), tried after `column`'),
  todo: z
    .string()
    .optional()
    .describe(
      'Left by `regioscan init`: what the user must check or decide; `run` refuses the codebook until it is removed',
    ),
});

const SingleColumn = {
  column: z.string().min(1).describe('Column heading in the export'),
  scale: z.string().describe('Id of the scale that lists the options'),
};

/** Marks a question whose answers say something sensitive about a person (health, care, money). */
const sensitive = z
  .boolean()
  .default(false)
  .describe(
    'A sensitive question (health, care use, money): a group in which an answer is given by 1–4 respondents, or by all but 1–4, publishes none of its figures for it (class disclosure)',
  );

export const SingleQuestion = QuestionBase.extend({
  type: z.literal('single'),
  ...SingleColumn,
  sensitive,
}).describe('Single choice');

export const LikertQuestion = QuestionBase.extend({
  type: z.literal('likert'),
  ...SingleColumn,
  sensitive,
}).describe('Ordinal agreement item, e.g. 1 (helemaal oneens) … 5 (helemaal eens)');

export const LadderQuestion = QuestionBase.extend({
  type: z.literal('ladder'),
  ...SingleColumn,
  phase: z.string().describe('Policy phase id (see `phases`)'),
  moment: z.enum(['now', 'desired']).describe('The ladder as it is now (C1) or as it should be (C2)'),
}).describe('Participation ladder rung for one policy phase: 0 niet betrokken … 6 zelfbeheer');

export const IpaQuestion = QuestionBase.extend({
  type: z.literal('ipa'),
  ...SingleColumn,
  theme: z.string().describe('Theme id (see `themes`)'),
  aspect: z
    .enum(['importance', 'performance'])
    .describe('How important the theme is, or how well it goes now'),
}).describe('One half of an importance–performance pair');

export const MultiQuestion = QuestionBase.extend({
  type: z.literal('multi'),
  scale: z.string().describe('Id of the scale that lists the options'),
  sensitive,
  columns: z
    .array(
      z.object({
        code: z.number().int(),
        column: z.string().min(1),
        other: z
          .boolean()
          .optional()
          .describe(
            'The column holds the "other, namely" text (LimeSurvey `Q[other]`): any text ticks the option',
          ),
      }),
    )
    .optional()
    .describe('One column per option (ticked = non-empty and not "N"/"0"/"No"/"Nee")'),
  column: z.string().optional().describe('One column holding the chosen options joined by `separator`'),
  separator: z.string().default(';').describe('Separator of joined options in `column`'),
  other: z
    .number()
    .int()
    .optional()
    .describe(
      'Code of the "other" option that takes any joined piece not in the list (Google Forms appends the "Other" text)',
    ),
})
  .refine((q) => (q.columns === undefined) !== (q.column === undefined), {
    message: 'a multi question has either `columns` (one per option) or `column` (joined options)',
  })
  .describe('Multiple choice');

export const RankQuestion = QuestionBase.extend({
  type: z.literal('rank'),
  scale: z.string().describe('Id of the scale that lists the options being ranked'),
  columns: z.array(z.string().min(1)).min(1).describe('Column of rank 1, rank 2, …, each holding an option'),
}).describe('Top-k ranking');

export const NumericQuestion = QuestionBase.extend({
  type: z.literal('numeric'),
  column: z.string().min(1).describe('Column heading in the export'),
  min: z.number().optional().describe('Smallest valid value'),
  max: z.number().optional().describe('Largest valid value'),
}).describe('A number');

export const OpenQuestion = QuestionBase.extend({
  type: z.literal('open'),
  column: z.string().min(1).describe('Column heading in the export'),
  publish: z
    .boolean()
    .default(true)
    .describe('Quote answers in the report (after redaction, only for groups above the threshold)'),
}).describe('Open answer');

export const Question = z.union([
  SingleQuestion,
  LikertQuestion,
  LadderQuestion,
  IpaQuestion,
  MultiQuestion,
  RankQuestion,
  NumericQuestion,
  OpenQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type LikertQuestion = z.infer<typeof LikertQuestion>;
export type LadderQuestion = z.infer<typeof LadderQuestion>;
export type IpaQuestion = z.infer<typeof IpaQuestion>;
export type MultiQuestion = z.infer<typeof MultiQuestion>;
export type RankQuestion = z.infer<typeof RankQuestion>;
export type NumericQuestion = z.infer<typeof NumericQuestion>;
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** Questions whose answers are one code per respondent. */
export type CodedQuestion = SingleQuestion | LikertQuestion | LadderQuestion | IpaQuestion;

export const Block = z.object({
  id: z.string().describe('Block id, e.g. "D" or "voorwaarden"; the report never depends on it'),
  title: LocalText.describe('Block title'),
  role: roleField(
    'The regioscan role of every question in the block (a question may set its own); without one, each question gets the generic chart of its type',
  ),
});

export const Index = z.object({
  id: z.string().describe('Index id, e.g. "randvoorwaarden"'),
  label: LocalText,
  items: z
    .array(z.string())
    .min(2)
    .describe('Likert question ids; the index is their mean, rescaled to 0–100'),
  role: roleField(
    '`conditions` marks the conditions index (randvoorwaarden), drawn under the conditions profile; any other index gets a chart of its own',
  ),
});
export type Index = z.infer<typeof Index>;

export const Labelled = z.object({ id: z.string(), label: LocalText });

export const Codebook = z
  .object({
    $schema: z.string().optional(),
    survey: z.object({
      id: z.string().describe('Survey id'),
      title: LocalText,
      wave: z.string().optional().describe('Wave or fieldwork period, e.g. "2026 najaar"'),
      commissionedBy: z
        .union([z.string().min(1), LocalText])
        .optional()
        .describe('Who commissioned the survey (for the evidence annex; `--about FILE` overrides)'),
      conductedBy: z
        .union([z.string().min(1), LocalText])
        .optional()
        .describe('Who ran the survey and the analysis (for the evidence annex)'),
      recruitment: z
        .union([z.string().min(1), LocalText])
        .optional()
        .describe('How respondents were invited (for the evidence annex)'),
    }),
    missingValues: z
      .array(z.string())
      .default([])
      .describe(
        'Cell values that mean "no answer" in every column, e.g. "-99" for Qualtrics "seen but unanswered"',
      ),
    todo: z
      .array(z.string())
      .default([])
      .describe(
        'Left by `regioscan init`: what the user still has to decide; `run` refuses a codebook with any todo',
      ),
    respondentId: z
      .string()
      .optional()
      .describe('Column holding the respondent id; without it, the file name and row number are used'),
    weight: z
      .string()
      .optional()
      .describe(
        "Column holding each respondent's survey weight (a number of 0 or more); `--weight COLUMN` overrides it, `--rake` computes weights instead",
      ),
    timestamp: z
      .string()
      .optional()
      .describe(
        "Column with the time a response was submitted, for the fieldwork period; default: the tool's own",
      ),
    complete: z
      .object({
        column: z.string().describe('Column that says whether the response was completed'),
        values: z
          .array(z.string())
          .optional()
          .describe('Values meaning complete; default: any non-empty value (e.g. a submit date)'),
      })
      .optional()
      .describe('How a completed response is recognised; incomplete ones are excluded'),
    region: z
      .object({
        question: z.string().describe('Single-choice question holding the municipality (or region)'),
        level: z
          .enum(['municipality', 'region'])
          .default('municipality')
          .describe('Whether its options are municipalities (looked up in the regions file) or regions'),
      })
      .describe('Where respondents live or work'),
    role: z
      .object({
        question: z.string().describe('Single-choice question holding the role'),
        residents: z
          .array(z.number().int())
          .describe('Role codes of residents, patients, clients, relatives'),
        professionals: z.array(z.number().int()).describe('Role codes of professionals'),
      })
      .optional()
      .describe(
        'Role, and which roles form each side of the perspective gap; without it there is no perspective gap',
      ),
    blocks: z.array(Block).min(1),
    scales: z.array(Scale).min(1),
    questions: z.array(Question).min(1),
    indices: z.array(Index).default([]),
    phases: z.array(Labelled).default([]).describe('Policy phases of the participation ladder'),
    themes: z.array(Labelled).default([]).describe('Themes of the importance–performance block'),
  })
  .describe('A regioscan codebook: questions, scales, blocks and indices of one questionnaire');
export type Codebook = z.infer<typeof Codebook>;
export type CodebookInput = z.input<typeof Codebook>;

/** The JSON Schema of a codebook, generated from the zod schema above. */
export function toCodebookJsonSchema(): object {
  return z.toJSONSchema(Codebook, { io: 'input', unrepresentable: 'any' });
}
