/**
 * The key indicators of every region, for the overview of a run (output/index.html): the country
 * map colours the regions by one of them, the heat map shows them all side by side. Each cell is
 * a published figure, hidden where analyse hid it; the overview charts share the shape below.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Estimate, Indicators, RegionResult } from '../../analyse/types.js';
import { roleOf } from '../../model/roles.js';
import type { ReportContext } from '../context.js';
import { extremes, inSentence, joinNames } from '../headlines.js';
import { isShown } from '../shown.js';
import { sayMap } from './map-parts.js';
import type { ChartTable } from './types.js';

/** A chart of the whole run: the same shape as `ChartDef`, over every region at once. */
export interface OverviewChart {
  /** File name: `charts/<id>.vl.json`, `.svg`, `.png` in the output folder. */
  id: string;
  /** Topic of the chart for headings (the spec's own title states the message). */
  title(ctx: ReportContext): string;
  /** The Vega-Lite spec with inline data, or null when there is nothing to draw. */
  spec(indicators: Indicators, ctx: ReportContext): TopLevelSpec | null;
  /** Text alternative: the numbers in words. */
  alt(indicators: Indicators, ctx: ReportContext): string;
  /** The numbers as a table (see `ChartDef.table`). */
  table(indicators: Indicators, ctx: ReportContext): ChartTable;
}

export type KeyId = 'respondents' | 'reach' | 'index' | 'gap' | 'hub';

export interface KeyColumn {
  id: KeyId;
  /** Column heading in the report language. */
  label: string;
}

/** One figure of one region: shown, hidden (suppressed) or not there (no population, no answers). */
export interface KeyCell {
  state: 'shown' | 'suppressed' | 'none';
  value: number | null;
  /** The figure as written in the report ("44", "+1,6", "35%"), '' unless shown. */
  text: string;
  /** What the text alternative adds: the interval and n, or the phase of the largest gap. */
  detail: string;
}

export interface KeyRow {
  region: RegionResult;
  /** The result of every respondent of the run, not a region. */
  national: boolean;
  cells: Map<KeyId, KeyCell>;
}

const none: KeyCell = { state: 'none', value: null, text: '', detail: '' };
const hidden: KeyCell = { state: 'suppressed', value: null, text: '', detail: '' };

/**
 * Respondents per 10,000 residents of the whole region: its published respondents over the
 * residents of its subregions, null when a subregion's population is unknown.
 */
export function regionReach(region: RegionResult): number | null {
  const subs = region.response.bySubregion;
  if (subs.length === 0 || subs.some((s) => s.population === null)) return null;
  const residents = subs.reduce((sum, s) => sum + (s.population ?? 0), 0);
  return residents > 0 ? (region.response.respondents / residents) * 10_000 : null;
}

/** The single-choice question of the hub role and its first option ("Ja"), if the codebook has one. */
function hubQuestion(ctx: ReportContext): { item: string; code: number } | undefined {
  const question = ctx.codebook.questions.find(
    (q) => q.type === 'single' && roleOf(ctx.codebook, q) === 'hub_support',
  );
  const code = question ? ctx.labels.scaleOf(question.id)?.options[0]?.code : undefined;
  return question && code !== undefined ? { item: question.id, code } : undefined;
}

/** The conditions index of the report, else the codebook's first index. */
export function keyIndex(indicators: Indicators, ctx: ReportContext) {
  return ctx.plan.conditionsIndex ?? indicators.codebook.indices[0];
}

function estimateCell(e: Estimate | undefined, text: (v: number) => string, ctx: ReportContext): KeyCell {
  if (!e) return none;
  if (!isShown(e)) return e.suppressed ? hidden : none;
  const { labels } = ctx;
  const interval =
    e.ciLow !== null && e.ciHigh !== null
      ? `${text(e.ciLow)}–${text(e.ciHigh)}; n\u00a0=\u00a0${labels.number(e.n, 0)}`
      : `n\u00a0=\u00a0${labels.number(e.n, 0)}`;
  return { state: 'shown', value: e.estimate, text: text(e.estimate), detail: interval };
}

/** The columns the run can fill, and every region's figures (the whole run last). */
export function keyIndicators(
  indicators: Indicators,
  ctx: ReportContext,
): { columns: KeyColumn[]; rows: KeyRow[] } {
  const { lang, labels } = ctx;
  const index = keyIndex(indicators, ctx);
  const hub = hubQuestion(ctx);
  const hasReach = indicators.regions.some((r) => regionReach(r) !== null);
  const hasLadder = indicators.national.ladder.length > 0;
  const columns: KeyColumn[] = [
    { id: 'respondents' as const, label: sayMap('columnRespondents', lang) },
    ...(hasReach ? [{ id: 'reach' as const, label: sayMap('columnReach', lang) }] : []),
    ...(index
      ? [{ id: 'index' as const, label: sayMap('columnIndex', lang, { index: labels.t(index.label) }) }]
      : []),
    ...(hasLadder ? [{ id: 'gap' as const, label: sayMap('columnGap', lang) }] : []),
    ...(hub
      ? [
          {
            id: 'hub' as const,
            label: sayMap('columnShare', lang, {
              question: labels.shortLabel(hub.item),
              option: inSentence(labels.optionLabel(hub.item, hub.code)),
            }),
          },
        ]
      : []),
  ];
  const row = (region: RegionResult, national: boolean): KeyRow => {
    const cells = new Map<KeyId, KeyCell>();
    const respondents = region.response.respondents;
    cells.set('respondents', {
      state: 'shown',
      value: respondents,
      text: labels.number(respondents, 0),
      detail: '',
    });
    const reach = national ? null : regionReach(region);
    cells.set(
      'reach',
      reach === null ? none : { state: 'shown', value: reach, text: labels.number(reach, 1), detail: '' },
    );
    const score = index ? region.indices.find((i) => i.index === index.id)?.score : undefined;
    cells.set(
      'index',
      estimateCell(score, (v) => labels.number(v, 0), ctx),
    );
    const gaps = extremes(region.ladder, (p) => p.ambitiekloof, 'high', 1);
    const gap = gaps[0]?.ambitiekloof;
    cells.set(
      'gap',
      gap && isShown(gap)
        ? {
            state: 'shown',
            value: gap.estimate,
            text: `${gap.estimate >= 0 ? '+' : '−'}${labels.number(Math.abs(gap.estimate), 1)}`,
            detail: joinNames(
              gaps.map((p) => inSentence(labels.t(p.label))),
              lang,
            ),
          }
        : region.ladder.some((p) => p.ambitiekloof.suppressed)
          ? hidden
          : none,
    );
    const share = hub
      ? region.choices.find((c) => c.item === hub.item)?.shares.find((s) => s.category === String(hub.code))
      : undefined;
    cells.set(
      'hub',
      estimateCell(share, (v) => labels.percent(v), ctx),
    );
    return { region, national, cells };
  };
  return {
    columns,
    rows: [...indicators.regions.map((r) => row(r, false)), row(indicators.national, true)],
  };
}
