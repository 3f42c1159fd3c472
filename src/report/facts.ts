/**
 * The facts of a run that every output states the same way, composed once: what was surveyed,
 * when, from which files (with their hashes), how every row was accounted for, by which version
 * with which libraries, under which rules. The HTML, the workbook, the manifest and the evidence
 * annex render these; none of them gathers its own.
 */
import type { Accounting, DisclosureSummary, Indicators, MethodFacts } from '../analyse/types.js';
import type { Codebook } from '../model/codebook.js';
import type { InputInfo, Issue } from '../model/survey.js';

export interface RunFacts {
  survey: Codebook['survey'];
  /** The date printed in reports (YYYY-MM-DD), from the run's `generatedAt`. */
  date: string;
  generatedAt: Date;
  version: string;
  /** Versions of the libraries that shape the numbers and charts. */
  libraries: Record<string, string | null>;
  /** First and last submission over every input, or null when no file has a timestamp. */
  fieldwork: { from: string; to: string } | null;
  inputs: readonly InputInfo[];
  /** Every input row of the run. */
  accounting: Accounting;
  /** The rows of each input file. */
  accountingByFile: readonly { file: string; accounting: Accounting }[];
  warnings: readonly Issue[];
  methods: MethodFacts;
  /** What disclosure control hid. */
  disclosure: DisclosureSummary;
  /** Regions with too few respondents to report. */
  unreported: readonly string[];
  /** The trend against an earlier run, when one was given. */
  trend: Indicators['trend'];
  /** The run options as the user gave them. */
  options: Record<string, unknown>;
  /** Whether the codebook has questions of each kind the methods text explains. */
  has: { ladder: boolean; ipa: boolean; indices: boolean; comparisons: boolean };
}

export interface FactsOptions {
  generatedAt: Date;
  version: string;
  libraries: Record<string, string | null>;
  options: Record<string, unknown>;
}

/** The fieldwork period over all inputs: the earliest start and the latest end. */
function fieldworkOf(inputs: readonly InputInfo[]): RunFacts['fieldwork'] {
  const periods = inputs.flatMap((i) => (i.fieldwork ? [i.fieldwork] : []));
  if (periods.length === 0) return null;
  const from = periods.map((p) => p.from).sort()[0]!;
  const to = periods
    .map((p) => p.to)
    .sort()
    .at(-1)!;
  return { from, to };
}

export function toRunFacts(indicators: Indicators, options: FactsOptions): RunFacts {
  const { codebook } = indicators;
  return {
    survey: codebook.survey,
    date: options.generatedAt.toISOString().slice(0, 10),
    generatedAt: options.generatedAt,
    version: options.version,
    libraries: options.libraries,
    fieldwork: fieldworkOf(indicators.inputs),
    inputs: indicators.inputs,
    accounting: indicators.national.accounting,
    accountingByFile: indicators.accountingByFile,
    warnings: indicators.warnings,
    methods: indicators.methods,
    disclosure: indicators.disclosure,
    unreported: indicators.unreported,
    trend: indicators.trend,
    options: options.options,
    has: {
      ladder: codebook.questions.some((q) => q.type === 'ladder'),
      ipa: codebook.questions.some((q) => q.type === 'ipa'),
      indices: codebook.indices.length > 0,
      comparisons: indicators.regions.length > 1 || codebook.role !== undefined,
    },
  };
}
