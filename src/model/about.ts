/**
 * What a funder asks about a survey that its export does not say: who commissioned and ran it,
 * how people were recruited, when, and what limits the results. From a small project file
 * (`--about FILE`) or the codebook's `survey` block; the file wins where both say something,
 * and a region may have its own entries (another commissioner, another recruitment).
 */
import { z } from 'zod';
import { LocalText } from './codebook.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A text in one language for every report, or in Dutch and English. */
export const AboutText = z.union([z.string().min(1), LocalText]);
export type AboutText = z.infer<typeof AboutText>;

export const AboutFields = z.strictObject({
  commissionedBy: AboutText.optional().describe('Who commissioned the survey (organisations, the coalition)'),
  conductedBy: AboutText.optional().describe('Who ran the survey and the analysis'),
  recruitment: AboutText.optional().describe('How respondents were invited: channels, panels, organisations'),
  fieldwork: z
    .strictObject({ from: IsoDate, to: IsoDate })
    .optional()
    .describe('Fieldwork period; without it, the first and last submission in the exports'),
  limitations: z
    .array(AboutText)
    .default([])
    .describe('Limitations beyond those regioscan states itself (self-selection, weighting, small groups)'),
});
export type AboutFields = z.infer<typeof AboutFields>;

export const About = AboutFields.extend({
  $schema: z.string().optional(),
  regions: z
    .record(z.string(), AboutFields.partial())
    .default({})
    .describe('Entries for one region (by its name), over the ones above'),
});
export type About = z.infer<typeof About>;

/** The entries for `region`: the region's own over the run's. */
export function aboutRegion(about: About | null, region: string): AboutFields {
  const base: AboutFields = { limitations: [], ...(about ?? {}) };
  const own = about?.regions[region] ?? {};
  return {
    ...base,
    ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)),
    limitations: [...base.limitations, ...(own.limitations ?? [])],
  } as AboutFields;
}
