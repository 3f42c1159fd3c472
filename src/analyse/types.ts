/**
 * What analyse produces and every report reads: estimates with their n and 95% interval,
 * already suppressed where a group is too small. Reports never recompute a number; they only
 * choose, label and draw these.
 */
import type { Codebook, LocalText } from '../model/codebook.js';
import type { ExclusionReason, InputInfo, Issue, Ledger } from '../model/survey.js';
import type { PiiKind } from './privacy/redact.js';
import type { WeightingFacts } from './weights/index.js';

export type { WeightingFacts } from './weights/index.js';

/**
 * One estimate: a row of indicators.csv. `estimate`, `ciLow`, `ciHigh` are null when
 * suppressed (group below the minimum cell size) or when there is nothing to estimate.
 */
export interface Estimate {
  /** Region name, or `all` for every respondent of the run. */
  region: string;
  /** Subregion name, or `all`. */
  subregion: string;
  /** Breakdown, e.g. `rol=inwoner`, `rol=professional`, or `all`. */
  group: string;
  /** What is estimated, e.g. `mean`, `share_agree`, `share`, `ambitiekloof` (README lists them). */
  indicator: string;
  /** Codebook question id (or index / phase / theme id for derived indicators). */
  item: string;
  /** Answer code or category for per-category indicators (`share` of code 3), else ''. */
  category: string;
  /** Unweighted respondents who answered. */
  n: number;
  /** Weighted estimates only: Kish's effective sample size of the answering respondents' weights. */
  nEff?: number;
  estimate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
  /** Comparisons only: unweighted n of the other side. */
  nOther?: number;
  /** Comparisons only: p-value of the Welch t-test or two-proportion z-test. */
  pValue?: number | null;
  /** Comparisons only: Benjamini–Hochberg adjusted p-value over the report. */
  qValue?: number | null;
  /** Comparisons only: shown as significant (q < 0.05 and both n ≥ 30). */
  significant?: boolean;
  /**
   * Why a suppressed estimate is hidden: `small` (fewer than --min-cell respondents), `class` (class
   * disclosure: everyone, or on a sensitive question nearly everyone, gave one answer), `linked`
   * (secondary: a hidden number would follow from it and other published ones).
   */
  suppression?: SuppressionReason;
  /**
   * The geographic level of the row when `region`/`subregion` do not say it: `municipality` for
   * the respondents and reach of one municipality (its subregion in `subregion`, its name in `category`).
   */
  level?: GeoLevel;
}

/** A question the trend does not compare: its wording, type or scale changed, it is new, or the earlier run did not record it. */
export interface TrendExclusion {
  item: string;
  reason: 'changed' | 'new' | 'unverified';
}

export type SuppressionReason = 'small' | 'class' | 'linked';

/** Where a row of indicators.csv belongs: the whole run, a region, a subregion or a municipality. */
export type GeoLevel = 'all' | 'region' | 'subregion' | 'municipality';

/** A difference between two groups with its test, after Benjamini–Hochberg over the report. */
export interface Comparison {
  item: string;
  /** Left side (the region, or residents). */
  a: Estimate;
  /** Right side (rest of the country, or professionals). */
  b: Estimate;
  /** a − b, with a Welch / two-proportion interval; suppressed when either side is. */
  difference: Estimate;
  pValue: number | null;
  /** BH-adjusted p-value over all comparisons shown in the report. */
  qValue: number | null;
  /** q < 0.05 and both sides n ≥ 30. */
  significant: boolean;
}

/** Count of respondents in a cell of the response overview, with reach where population is known. */
export interface CountCell {
  key: string;
  label: LocalText;
  /** The subregion a municipality lies in (municipality cells only). */
  subregion?: string;
  /** Null when suppressed (count below 5, or complementary suppression). */
  count: number | null;
  suppressed: boolean;
  /** Hidden to protect another count (complementary suppression), not for being small itself. */
  secondary?: boolean;
  /** Population (residents) of the area, when known. */
  population: number | null;
  /** Respondents per 10,000 residents, null when unknown or suppressed. */
  per10k: number | null;
}

export interface ResponseOverview {
  respondents: number;
  byRole: CountCell[];
  bySubregion: CountCell[];
  byMunicipality: CountCell[];
}

/** One Likert item: distribution over the substantive options, mean, share agreeing. */
export interface LikertResult {
  item: string;
  block: string;
  /** `share` per substantive code, low to high. */
  distribution: Estimate[];
  mean: Estimate;
  shareAgree: Estimate;
  /** Respondents who answered "weet niet / n.v.t." (counted, not scored). */
  dontKnow: number;
}

export interface IndexResult {
  index: string;
  label: LocalText;
  /** 0–100 score. */
  score: Estimate;
  /** Cronbach's alpha, null when it cannot be computed (fewer than 2 complete cases or no variance). */
  alpha: number | null;
  /** Respondents who answered all items (the alpha sample). */
  alphaN: number;
  alphaLow: boolean;
}

export interface LadderSide {
  /** `share` per rung 0..6. */
  distribution: Estimate[];
  /** Median rung (0..6); interval empty. */
  median: Estimate;
  /** Share at adviseren (3) or higher, Wilson interval. */
  shareAdviseren: Estimate;
  mean: Estimate;
}

export interface LadderResult {
  phase: string;
  label: LocalText;
  now: LadderSide;
  desired: LadderSide;
  /** Mean of desired − current over respondents who answered both, paired t-interval. */
  ambitiekloof: Estimate;
}

export type Quadrant = 'kans' | 'sterk_punt' | 'minder_urgent' | 'overschat';

export interface IpaResult {
  theme: string;
  label: LocalText;
  importance: Estimate;
  performance: Estimate;
  /** importance − performance, paired interval. */
  gap: Estimate;
  /** Null when suppressed. */
  quadrant: Quadrant | null;
}

/** Shares of each option of a single, multi or rank question (rank: share in the top k). */
export interface ChoiceResult {
  item: string;
  block: string;
  shares: Estimate[];
}

/** A numeric question: mean with its t-interval, and the median (no interval). */
export interface NumericResult {
  item: string;
  block: string;
  mean: Estimate;
  median: Estimate;
}

/** What happened to the input rows of one region (or of the whole run). */
export interface Accounting {
  /** Rows counted here: included, plus the rows excluded after their region was known. */
  rows: number;
  included: number;
  /** Excluded rows per reason, in the order of the README's table; reasons with no row left out. */
  excluded: { reason: ExclusionReason; count: number }[];
}

/** A redacted open answer that may be quoted. */
export interface Quote {
  item: string;
  text: string;
  /** How many personal data were replaced in this answer (e.g. 1 for an e-mail address). */
  redactions: number;
  /** The same per kind (counts only, never the values). */
  redactedByKind: Record<PiiKind, number>;
}

export interface RegionResult {
  name: string;
  slug: string;
  response: ResponseOverview;
  likert: LikertResult[];
  indices: IndexResult[];
  /** Index scores per subregion (a lagging subregion shows here). */
  indicesBySubregion: { subregion: string; scores: Estimate[] }[];
  ladder: LadderResult[];
  ipa: IpaResult[];
  /** Theme ids of the quadrant "kans", largest gap first. */
  opportunities: string[];
  /** Theme ids of the quadrant "sterk punt", best performance first. */
  strengths: string[];
  /** Residents minus professionals on the items of C, D and E. */
  perspective: Comparison[];
  /** Region vs the rest of the country on every Likert item and index. */
  benchmark: Comparison[];
  /** The change since the earlier run (`--previous`), per published estimate that may be compared. */
  trend: Comparison[];
  choices: ChoiceResult[];
  numeric: NumericResult[];
  quotes: Quote[];
  /** The region's own input rows (the whole run's for the national result). */
  accounting: Accounting;
}

export interface MethodFacts {
  minCell: number;
  minCount: number;
  confidence: 0.95;
  fdrQ: number;
  minComparisonN: number;
  weighted: boolean;
  /** How the weights were made, and what they do; null for an unweighted run. */
  weighting: WeightingFacts | null;
}

/** How many numbers disclosure control hid in a run (for the methods and the manifest). */
export interface DisclosureSummary {
  /** Estimates in the tidy table (counts not included). */
  estimates: number;
  /** Estimates hidden because they rest on too few respondents, or disclose a class. */
  primary: number;
  /** Estimates hidden so that no hidden number follows from published ones. */
  secondary: number;
  /** Respondent counts published in the response tables. */
  counts: number;
  countsPrimary: number;
  countsSecondary: number;
}

export interface Indicators {
  codebook: Codebook;
  /** One per region with at least the minimum cell size of respondents, in the order of the regions file. */
  regions: RegionResult[];
  /** Regions with respondents, but fewer than the minimum cell size: no report, not in the national figures. */
  unreported: string[];
  /** The same analysis over every respondent of the run (the national benchmark). */
  national: RegionResult;
  /** Every estimate above as one tidy table (indicators.csv), suppression applied. */
  table: Estimate[];
  ledger: Ledger;
  /** The rows of each input file, in the order the files were read. */
  accountingByFile: { file: string; accounting: Accounting }[];
  inputs: InputInfo[];
  warnings: Issue[];
  methods: MethodFacts;
  disclosure: DisclosureSummary;
  /**
   * Personal data replaced in the quoted open answers, per kind: each distinct quote (question and
   * redacted text) of every report counted once. Counts only, never the values.
   */
  redactions: Record<PiiKind, number>;
  /** The trend against an earlier run, when one was given. */
  trend: { folder: string; date: string | null; wave: string | null; excluded: TrendExclusion[] } | null;
}
