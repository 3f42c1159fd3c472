/**
 * manifest.json: what made this output. Tool and library versions, the options, every input with
 * its sha256 and row counts, the counts included and excluded per reason, and every output file
 * with its sha256 as the writer wrote it (reliability.md §4). Keys are written in a fixed order
 * so reruns are identical.
 */
import type { Indicators } from '../analyse/types.js';
import { questionPrints } from '../model/question-print.js';
import type { ReportContext } from './context.js';
import type { Written } from './writer.js';

export function toManifest(indicators: Indicators, ctx: ReportContext, outputs: readonly Written[]): string {
  const { facts } = ctx;
  const a = facts.accounting;
  const manifest = {
    tool: 'regioscan',
    version: facts.version,
    generatedAt: facts.generatedAt.toISOString(),
    node: process.versions.node,
    libraries: facts.libraries,
    options: facts.options,
    methods: facts.methods,
    codebook: { id: indicators.codebook.survey.id, questions: indicators.codebook.questions.length },
    survey: indicators.codebook.survey,
    // What each question was in this run, so a later run's trend compares only unchanged ones.
    questions: questionPrints(indicators.codebook),
    inputs: facts.inputs,
    rows: {
      read: a.rows,
      included: a.included,
      excluded: Object.fromEntries(
        [...a.excluded].sort((x, y) => x.reason.localeCompare(y.reason)).map((e) => [e.reason, e.count]),
      ),
    },
    regions: indicators.regions.map((r) => ({
      name: r.name,
      slug: r.slug,
      respondents: r.response.respondents,
      rows: r.accounting.rows,
    })),
    unreportedRegions: facts.unreported,
    previous: facts.trend,
    disclosure: facts.disclosure,
    // Personal data replaced in the quoted open answers: counts per kind, never the values.
    redactions: indicators.redactions,
    warnings: facts.warnings.length,
    outputs: [...outputs].sort((x, y) => x.path.localeCompare(y.path)),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
