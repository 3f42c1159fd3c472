/**
 * The shape every chart shares: the questions it shows, a title for the report, a Vega-Lite spec
 * built from a region's analysed numbers, a text alternative that says the same numbers in words,
 * and the same numbers as a table.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MethodFacts, RegionResult } from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import type { Lang } from '../labels/index.js';
import type { Labeller } from '../labels/labeller.js';

/** What every chart needs besides the region: labels, language, thresholds, the national result. */
export interface ChartContext {
  codebook: Codebook;
  lang: Lang;
  labels: Labeller;
  /** Minimum cell size below which analyse suppressed an estimate (for the "n<10" marker). */
  minCell: number;
  /** The rules of the run (FDR level, minimum n of a comparison), for what a headline may claim. */
  methods: MethodFacts;
  /** The same analysis over every respondent (national reference lines). */
  national: RegionResult;
}

/** A column of a chart's data table: its header, and whether its cells are numbers (aligned right). */
export interface ChartTableColumn {
  label: string;
  numeric?: boolean;
}

/**
 * A chart's data as a small table: headers and cells already written in the report's language
 * ("42%", "3,1 (2,9 tot 3,3)"); the first cell of each row names it (a row header).
 */
export interface ChartTable {
  caption?: string;
  columns: ChartTableColumn[];
  rows: string[][];
}

/** One chart of the regioscan. */
export interface ChartDef {
  /** File name: `charts/<id>.vl.json`, `.svg`, `.png`. */
  id: string;
  /** The codebook questions (or index ids) the chart shows, for the questionnaire appendix. */
  items: readonly string[];
  /** Topic of the chart for headings and lists (the spec's own title states the message). */
  title(ctx: ChartContext): string;
  /** The Vega-Lite spec with inline data, or null when the region has nothing to draw. */
  spec(region: RegionResult, ctx: ChartContext): TopLevelSpec | null;
  /** Text alternative: the numbers in words, with n. */
  alt(region: RegionResult, ctx: ChartContext): string;
  /**
   * The chart's numbers as a table, for the figure's text alternative and the printed report:
   * every value the chart shows with its n and 95% interval, written as the chart writes them, a
   * hidden one as the chart marks it (never its number).
   */
  table(region: RegionResult, ctx: ChartContext): ChartTable;
  /**
   * What the numbers are, for how sure the speaker notes say we are: estimates with intervals
   * (the default), counts of participants, or comparisons of two groups.
   */
  measure?: 'estimate' | 'counts' | 'comparison';
}
