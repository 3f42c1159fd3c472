/**
 * The shared context of a report run, composed once and read by every output of every region:
 * the labeller, the report plan, the run's facts and the methods in words. A region's documents
 * need only this and their own slice of the indicators.
 */
import type { Indicators } from '../analyse/types.js';
import { type About, type AboutFields, aboutRegion } from '../model/about.js';
import type { Session } from '../model/session.js';
import type { ChartContext } from './charts/types.js';
import { type RunFacts, toRunFacts } from './facts.js';
import type { Lang } from './labels/index.js';
import { labeller } from './labels/labeller.js';
import { type MethodParagraph, toMethodParagraphs } from './methods.js';
import { type ReportPlan, toReportPlan } from './plan/index.js';

export interface ReportOptions {
  lang: Lang;
  generatedAt: Date;
  version: string;
  /** Versions of the libraries that shape the numbers and charts (recorded in the manifest). */
  libraries: Record<string, string | null>;
  /** The run options as the user gave them, recorded in the manifest. */
  options: Record<string, unknown>;
  /** The project file (`--about`): who commissioned and ran the survey, for the evidence annex. */
  about?: About | null;
  /** Worker threads for the regions' reports (1: in this thread); the output is the same. */
  jobs?: number;
  /** The outcomes of each region's co-creation session (`--session`), by region name. */
  sessions?: Readonly<Record<string, Session>>;
}

export interface ReportContext extends ChartContext {
  minCount: number;
  plan: ReportPlan;
  facts: RunFacts;
  methodsText: MethodParagraph[];
  /** The trend against an earlier run, when one was given. */
  trend: Indicators['trend'];
  /** The project file's entries for a region (`--about`), the region's own over the run's. */
  aboutOf(region: string): AboutFields;
  /** The outcomes of the region's session, when a session file was given for it. */
  sessionOf(region: string): Session | null;
}

export function toReportContext(indicators: Indicators, options: ReportOptions): ReportContext {
  const labels = labeller(indicators.codebook, options.lang);
  const facts = toRunFacts(indicators, options);
  return {
    codebook: indicators.codebook,
    lang: options.lang,
    labels,
    minCell: indicators.methods.minCell,
    minCount: indicators.methods.minCount,
    methods: indicators.methods,
    national: indicators.national,
    plan: toReportPlan(indicators.codebook),
    facts,
    methodsText: toMethodParagraphs(facts, labels),
    trend: indicators.trend,
    aboutOf: (region) => aboutRegion(options.about ?? null, region),
    sessionOf: (region) => options.sessions?.[region] ?? null,
  };
}
