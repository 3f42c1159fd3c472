/** What the HTML of a region is made from: the shared report context, the region, its drawn charts. */
import type { RegionResult } from '../../analyse/types.js';
import type { ChartTable } from '../charts/types.js';
import type { ReportContext } from '../context.js';

/** A chart as the HTML embeds it. */
export interface HtmlChart {
  id: string;
  title: string;
  svg: string;
  /** The numbers in words (speaker notes; the figure's text when it has no table). */
  alt: string;
  /** The one-sentence text alternative of the figure: the chart's message; the title when absent. */
  message?: string;
  /** The chart's numbers as a table, under the figure. */
  table?: ChartTable;
  /** What the numbers are (see `ChartDef.measure`); estimates when not said. */
  measure?: 'estimate' | 'counts' | 'comparison';
}

export interface RegionHtmlInput {
  ctx: ReportContext;
  region: RegionResult;
  /** The charts drawn for this region, by id (a chart with nothing to draw is absent). */
  charts: ReadonlyMap<string, HtmlChart>;
}
