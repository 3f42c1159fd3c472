/**
 * The report plan: from the codebook alone, which slides a region's regioscan has, in the order of
 * the co-creation session, and which chart draws each question. Built once per run; every region's
 * report follows it. Roles place questions (see `model/roles.ts`); a question without one gets the
 * generic chart of its kind in the results. Every question lands somewhere: in a chart, in quotes,
 * or in the questionnaire table of the appendix with the reason it is not drawn. The groups of a
 * role that is one chart (lived experience: used, paid, in which roles) are the panels of one chart
 * on one slide, whatever their kinds, when together they fit a slide.
 *
 *   codebook ─ groups (groups.ts) ─ charts per group ─ sections: intro · results · opportunities · hub · next
 */
import type { Codebook, Index } from '../../model/codebook.js';
import { type RegioscanRole, ROLE_TITLES } from '../../model/roles.js';
import {
  benchmark,
  benchmarkIndex,
  type ChartDef,
  choiceChart,
  conditionsChart,
  indexChart,
  ipaChart,
  ladderChart,
  likertChart,
  matrixChart,
  numericChart,
  type PanelGroup,
  panelsChart,
  panelsHeight,
  perspective,
  perspectiveIndex,
  perspectiveLadder,
  perspectiveLadderDesired,
  reachMapChart,
  responseRoleChart,
  responseSubregionChart,
  trend,
} from '../charts/index.js';
import type { PromptKey } from '../labels/html.js';
import { type QuestionGroup, type SectionId, toQuestionGroups } from './groups.js';

export type { QuestionGroup, SectionId } from './groups.js';

export type Slide =
  | { kind: 'chart'; chart: ChartDef; prompt: PromptKey; themes?: boolean; trend?: boolean }
  | { kind: 'reach' }
  | { kind: 'quotes'; item: string; prompt: PromptKey };

export interface Section {
  id: SectionId;
  slides: Slide[];
}

/** Where a question of the codebook is shown. */
export interface QuestionPlace {
  item: string;
  section: SectionId;
  /**
   * `chart`: drawn in `chart`; `quotes`: an open question, quoted when `publish` allows;
   * `region`: the region question when its answers are the regions themselves (each report is one
   * of them; the overview of the run shows them side by side).
   */
  how: 'chart' | 'quotes' | 'region';
  /** The chart that draws it, when `how` is `chart`. */
  chart: string | null;
}

export interface ReportPlan {
  sections: Section[];
  /** Every chart in slide order. */
  charts: ChartDef[];
  /** Every question of the codebook, in codebook order. */
  questions: QuestionPlace[];
  /** The index drawn under the conditions profile, if any. */
  conditionsIndex: Index | undefined;
  /** The Likert items of the conditions, if any (the weakest condition is named from these). */
  conditionItems: string[];
}

export const SECTIONS: readonly SectionId[] = ['intro', 'results', 'opportunities', 'hub', 'next'];

/** A chart id from a role or question id: lower case, `[a-z0-9-]`. */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** The question for the room of a group's slide: its role's, else its kind's. */
function promptOf(group: QuestionGroup, chartId: string): PromptKey {
  if (chartId === 'conditions') return 'conditions';
  if (group.role === 'conditions') return 'conditionsItems';
  if (group.role && group.role !== 'ladder') return group.role;
  switch (group.kind) {
    case 'ladder':
      return 'ladder';
    case 'ipa':
      return 'opportunities';
    case 'likert':
      return 'likert';
    case 'matrix':
      return 'matrix';
    case 'numeric':
      return 'numeric';
    default:
      return 'choice';
  }
}

/** Roles whose questions are one chart, whatever kinds they are: a panel per group (see `charts/panels.ts`). */
const ONE_CHART_ROLES: readonly RegioscanRole[] = ['lived_experience'];

/** The height a chart may have beside its question on a slide (see `html/deck.ts`). */
const CHART_HEIGHT = 656;

/** The kinds of group a panel can draw. */
const PANEL_KINDS = new Set<QuestionGroup['kind']>(['matrix', 'likert', 'choice', 'numeric']);

/** For each role of `ONE_CHART_ROLES` with two or more groups to draw: its groups and the panels of its chart. */
function oneChartRoles(codebook: Codebook, groups: readonly QuestionGroup[]) {
  return ONE_CHART_ROLES.flatMap((role) => {
    const members = groups.filter((g) => g.role === role && PANEL_KINDS.has(g.kind));
    if (members.length < 2) return [];
    const blocks = new Set(members.map((g) => g.block));
    const block = blocks.size === 1 ? codebook.blocks.find((b) => b.id === members[0]!.block) : undefined;
    const panels: PanelGroup[] = members.map((g) => ({
      kind: g.kind as PanelGroup['kind'],
      title: g.title,
      items: g.items,
    }));
    const title = block?.title ?? ROLE_TITLES[role];
    // Too tall to read from the back of the room as one chart: each group on a slide of its own.
    if (panelsHeight({ title, panels }, codebook) > CHART_HEIGHT) return [];
    return [{ role, members, title, panels }];
  });
}

export function toReportPlan(codebook: Codebook): ReportPlan {
  const groups = toQuestionGroups(codebook);
  const taken = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let k = 2; taken.has(candidate); k++) candidate = `${id}-${k}`;
    taken.add(candidate);
    return candidate;
  };
  const roleOrItem = (g: QuestionGroup) => (g.role ? slug(g.role) : slug(g.items[0] ?? 'x'));

  // The conditions index: marked so, else one whose items all carry the conditions role.
  const conditionGroup = groups.find((g) => g.kind === 'likert' && g.role === 'conditions');
  const conditionsIndex =
    codebook.indices.find((i) => i.role === 'conditions') ??
    (conditionGroup
      ? codebook.indices.find((i) => i.items.every((id) => conditionGroup.items.includes(id)))
      : undefined);
  const otherIndices = codebook.indices.filter((i) => i !== conditionsIndex);

  const slides = new Map<SectionId, Slide[]>(SECTIONS.map((s) => [s, []]));
  const questions = new Map<string, QuestionPlace>();
  const add = (section: SectionId, slide: Slide) => slides.get(section)!.push(slide);
  const place = (group: QuestionGroup, chart: ChartDef | null, how: QuestionPlace['how'] = 'chart') => {
    for (const item of group.items)
      questions.set(item, { item, section: group.section, how, chart: chart?.id ?? null });
  };
  const chartSlide = (group: QuestionGroup, chart: ChartDef, extra: Partial<Slide> = {}) => {
    add(group.section, { kind: 'chart', chart, prompt: promptOf(group, chart.id), ...extra } as Slide);
  };

  // A role drawn as one chart: its slide where its first group would be, every question placed in it.
  const oneChart = new Map<QuestionGroup, { first: boolean; chart: ChartDef }>();
  for (const { role, members, title, panels } of oneChartRoles(codebook, groups)) {
    const chart = panelsChart({ id: unique(slug(role)), title, panels });
    for (const [i, g] of members.entries()) oneChart.set(g, { first: i === 0, chart });
  }

  for (const group of groups) {
    const inOne = oneChart.get(group);
    switch (inOne ? 'panels' : group.kind) {
      case 'panels': {
        if (inOne?.first) chartSlide(group, inOne.chart);
        if (inOne) place(group, inOne.chart);
        break;
      }
      case 'role': {
        const chart = responseRoleChart(group.items[0]!);
        taken.add(chart.id);
        chartSlide(group, chart, { prompt: 'response' });
        place(group, chart);
        break;
      }
      case 'region': {
        if (codebook.region.level === 'region') {
          place(group, null, 'region');
          break;
        }
        const chart = responseSubregionChart(group.items[0]!);
        taken.add(chart.id);
        chartSlide(group, chart, { prompt: 'response' });
        add(group.section, { kind: 'reach' });
        // Reach per municipality on the map of the region, after its table.
        const map = reachMapChart(group.items[0]!);
        taken.add(map.id);
        chartSlide(group, map, { prompt: 'reachMap' });
        place(group, chart);
        break;
      }
      case 'likert': {
        const items = { title: group.title, items: group.items };
        if (group === conditionGroup) {
          chartSlide(group, conditionsChart({ id: unique('conditions'), ...items }));
          // The conditions index per subregion: its own message (a lagging subregion).
          if (conditionsIndex)
            add(group.section, {
              kind: 'chart',
              chart: indexChart(conditionsIndex, unique('conditions-index')),
              prompt: 'index',
            });
        }
        const chart = likertChart({ id: unique(`likert-${roleOrItem(group)}`), ...items });
        chartSlide(group, chart);
        place(group, chart);
        break;
      }
      case 'matrix': {
        const chart = matrixChart(
          { id: unique(`matrix-${roleOrItem(group)}`), title: group.title, items: group.items },
          group.role,
        );
        chartSlide(group, chart);
        place(group, chart);
        break;
      }
      case 'choice': {
        const chart = choiceChart({ id: unique(`choice-${slug(group.items[0]!)}`), item: group.items[0]! });
        chartSlide(group, chart);
        place(group, chart);
        break;
      }
      case 'numeric': {
        const chart = numericChart({
          id: unique(`numeric-${roleOrItem(group)}`),
          title: group.title,
          items: group.items,
        });
        chartSlide(group, chart);
        place(group, chart);
        break;
      }
      case 'ladder': {
        const chart = ladderChart(group.items);
        taken.add(chart.id);
        chartSlide(group, chart);
        place(group, chart);
        break;
      }
      case 'ipa': {
        const chart = ipaChart(group.items);
        taken.add(chart.id);
        chartSlide(group, chart, { themes: true });
        place(group, chart);
        break;
      }
      case 'open': {
        add(group.section, { kind: 'quotes', item: group.items[0]!, prompt: 'quotes' });
        place(group, null, 'quotes');
        break;
      }
    }
    // An index follows the group that holds its first item.
    for (const index of otherIndices.filter(
      (i) => i.items[0] !== undefined && group.items.includes(i.items[0]),
    )) {
      add(group.section, {
        kind: 'chart',
        chart: indexChart(index, unique(`index-${slug(index.id)}`)),
        prompt: 'index',
      });
    }
  }

  // The comparisons close the results, before the quotes of that section.
  const results = slides.get('results')!;
  const firstQuotes = results.findIndex((s) => s.kind === 'quotes');
  const prompts = new Map<ChartDef, PromptKey>([
    [perspective, 'perspective'],
    [perspectiveIndex, 'perspectiveIndex'],
    [perspectiveLadder, 'perspectiveLadder'],
    [perspectiveLadderDesired, 'perspectiveLadderDesired'],
    [benchmark, 'benchmark'],
    [benchmarkIndex, 'benchmarkIndex'],
    [trend, 'trend'],
  ]);
  const comparisons: Slide[] = [
    ...(codebook.role ? [perspective, perspectiveIndex, perspectiveLadder, perspectiveLadderDesired] : []),
    benchmark,
    benchmarkIndex,
    trend,
  ].map(
    (chart): Slide => ({
      kind: 'chart',
      chart,
      prompt: prompts.get(chart)!,
      ...(chart === trend ? { trend: true } : {}),
    }),
  );
  results.splice(firstQuotes < 0 ? results.length : firstQuotes, 0, ...comparisons);

  const sections = SECTIONS.map((id) => ({ id, slides: slides.get(id)! }));
  const charts = sections.flatMap((s) =>
    s.slides.flatMap((slide) => (slide.kind === 'chart' ? [slide.chart] : [])),
  );
  return {
    sections,
    charts,
    questions: codebook.questions.map((q) => questions.get(q.id)!),
    conditionsIndex,
    conditionItems: conditionGroup?.items ?? [],
  };
}
