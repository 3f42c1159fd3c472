/**
 * The evidence annex of a region, as data: what a funder of a regional participation hub asks
 * (see ../shared/domain/funder-annex.md) and where the regioscan answers it. Who commissioned and
 * ran the survey, recruitment and fieldwork, sample and reach per subregion and role against the
 * population, the region's own row accounting, limitations, key indicators with their intervals,
 * each requirement of the call with its figures and charts, the session's conclusions when there
 * are any, and provenance. Built from the report context and the region alone; the HTML
 * (html/annex.ts) only renders it.
 *
 * The figures are picked by role, never by block id, so any questionnaire with roles gets them.
 */
import type { Accounting, CountCell, Estimate, RegionResult } from '../analyse/types.js';
import { type AboutFields, type AboutText, aboutRegion } from '../model/about.js';
import type { RegioscanRole } from '../model/roles.js';
import { NEVER } from './charts/matrix.js';
import type { ReportContext } from './context.js';
import { annex as A } from './labels/annex.js';
import { fill } from './labels/html.js';
import { toQuestionGroups } from './plan/groups.js';
import { isShown } from './shown.js';

export interface AnnexFigure {
  label: string;
  /** The estimate as the report writes it, or the suppression mark. */
  value: string;
  interval: string | null;
  n: number | null;
  /** The chart in the report that shows it (its id), when there is one. */
  chart: string | null;
}

export interface AnnexRequirement {
  need: string;
  figures: AnnexFigure[];
  /** Extra words: e.g. the share of residents among respondents, or where the method is. */
  notes: string[];
}

export interface Annex {
  region: string;
  who: {
    commissionedBy: string | null;
    conductedBy: string | null;
    recruitment: string | null;
    fieldwork: { from: string; to: string } | null;
    tools: string[];
  };
  reach: {
    respondents: number;
    population: number | null;
    per10k: number | null;
    bySubregion: readonly CountCell[];
    byRole: readonly CountCell[];
  };
  accounting: Accounting;
  limitations: string[];
  key: AnnexFigure[];
  requirements: AnnexRequirement[];
}

/** The role's questions and the chart each is drawn in (the report plan's placement). */
function roleItems(
  ctx: ReportContext,
  roles: readonly RegioscanRole[],
): { item: string; chart: string | null }[] {
  const charts = new Map(ctx.plan.questions.map((p) => [p.item, p.chart]));
  return toQuestionGroups(ctx.codebook)
    .filter((g) => g.role !== null && roles.includes(g.role))
    .flatMap((g) => g.items.map((item) => ({ item, chart: charts.get(item) ?? null })));
}

export function toAnnex(
  region: RegionResult,
  ctx: ReportContext,
  about: AboutFields = aboutRegion(null, region.name),
): Annex {
  const { labels, facts } = ctx;
  const t = labels.t;
  const text = (x: AboutText | undefined): string | null =>
    x === undefined ? null : typeof x === 'string' ? x : t(x);
  const surveyText = (key: 'commissionedBy' | 'conductedBy' | 'recruitment') =>
    text(about[key]) ?? text(facts.survey[key]);

  const interval = (e: Estimate, format: (v: number) => string) =>
    e.ciLow !== null && e.ciHigh !== null ? `${format(e.ciLow)}–${format(e.ciHigh)}` : null;
  const figure = (
    label: string,
    e: Estimate | undefined,
    format: (v: number) => string,
    chart: string | null,
  ): AnnexFigure =>
    isShown(e)
      ? { label, value: format(e.estimate), interval: interval(e, format), n: e.n, chart }
      : {
          label,
          value: fill(t(A.suppressed), { min: ctx.minCell }),
          interval: null,
          n: null,
          chart,
        };
  const pct = (v: number) => labels.percent(v);
  const one = (v: number) => labels.number(v, 1);
  const whole = (v: number) => labels.number(v, 0);

  /** The figure of one question: share agreeing, the largest option, or the largest ambition gap. */
  const questionFigure = ({ item, chart }: { item: string; chart: string | null }): AnnexFigure[] => {
    const q = labels.question(item);
    if (!q) return [];
    const name = labels.shortLabel(item);
    if (q.type === 'likert') {
      const r = region.likert.find((x) => x.item === item);
      return r ? [figure(fill(t(A.agree), { item: name }), r.shareAgree, pct, chart)] : [];
    }
    if (q.type === 'single' || q.type === 'multi' || q.type === 'rank') {
      const r = region.choices.find((x) => x.item === item);
      // A frequency ("nooit" … "maandelijks"): the share that uses it at all, 1 − never, whose
      // interval is the never share's, mirrored.
      const scale = labels.scaleOf(item);
      const never = q.type === 'single' ? scale?.options[0] : undefined;
      const neverShare = r?.shares.find((e) => e.category === String(never?.code));
      if (
        never &&
        scale &&
        scale.options.length > 2 &&
        (NEVER.test(never.label.nl) || NEVER.test(never.label.en)) &&
        neverShare
      ) {
        const used: Estimate = {
          ...neverShare,
          estimate: neverShare.estimate === null ? null : 1 - neverShare.estimate,
          ciLow: neverShare.ciHigh === null ? null : 1 - neverShare.ciHigh,
          ciHigh: neverShare.ciLow === null ? null : 1 - neverShare.ciLow,
        };
        return [figure(fill(t(A.used), { item: name }), used, pct, chart)];
      }
      const top = r?.shares.filter(isShown).sort((a, b) => b.estimate - a.estimate)[0];
      if (!top) return [];
      const key = q.type === 'rank' ? A.topRanked : A.largest;
      return [
        figure(fill(t(key), { item: name, option: labels.optionLabel(item, top.category) }), top, pct, chart),
      ];
    }
    return [];
  };
  const ladderFigure = (): AnnexFigure[] => {
    const shown = region.ladder.filter((l) => isShown(l.ambitiekloof));
    const largest = shown.sort((a, b) => (b.ambitiekloof.estimate ?? 0) - (a.ambitiekloof.estimate ?? 0))[0];
    return largest
      ? [figure(fill(t(A.gap), { phase: t(largest.label) }), largest.ambitiekloof, one, 'ladder')]
      : [];
  };
  /** The indices of `roles` (the conditions index counts as the conditions'); null: every index. */
  const indexFigures = (roles: readonly RegioscanRole[] | null): AnnexFigure[] =>
    ctx.codebook.indices
      .filter(
        (i) =>
          roles === null ||
          (i.role !== undefined && roles.includes(i.role as RegioscanRole)) ||
          (roles.includes('conditions') && i === ctx.plan.conditionsIndex),
      )
      .flatMap((i) => {
        const r = region.indices.find((x) => x.index === i.id);
        const chart = ctx.plan.charts.find((c) => c.items.includes(i.id))?.id ?? null;
        return r ? [figure(t(i.label), r.score, whole, chart)] : [];
      });
  const figuresOf = (roles: readonly RegioscanRole[], max = 3): AnnexFigure[] => {
    const fromIndices = indexFigures(roles);
    const fromLadder = roles.includes('ladder') ? ladderFigure() : [];
    const fromItems = roleItems(
      ctx,
      roles.filter((r) => r !== 'ladder'),
    ).flatMap(questionFigure);
    return [...fromIndices, ...fromLadder, ...fromItems].slice(0, max + fromIndices.length);
  };

  // Reach: the region's respondents against the residents of its subregions, when all are known.
  const populations = region.response.bySubregion.map((s) => s.population);
  const population =
    populations.length > 0 && populations.every((p) => p !== null)
      ? populations.reduce<number>((s, p) => s + (p ?? 0), 0)
      : null;
  const per10k = population ? (region.response.respondents / population) * 10_000 : null;

  // The share of residents, clients and relatives among respondents: only when no role count is
  // hidden, so no hidden count follows from it.
  const residents = ctx.codebook.role?.residents ?? [];
  const roleCells = region.response.byRole;
  const residentShare =
    roleCells.length > 0 && roleCells.every((c) => c.count !== null) && residents.length > 0
      ? roleCells.filter((c) => residents.includes(Number(c.key))).reduce((s, c) => s + (c.count ?? 0), 0) /
        Math.max(1, region.response.respondents)
      : null;

  const perspective = region.perspective.filter((c) => c.significant);
  const requirement = (
    need: keyof typeof A.needs,
    figures: AnnexFigure[],
    notes: string[] = [],
  ): AnnexRequirement => ({
    need: t(A.needs[need]),
    figures,
    notes,
  });
  const requirements: AnnexRequirement[] = [
    requirement('ties', figuresOf(['collaboration', 'hub_support']), [
      fill(t(A.reachNote), {
        n: labels.number(region.response.respondents, 0),
        subregions: labels.number(region.response.bySubregion.length, 0),
        municipalities: labels.number(region.response.byMunicipality.length, 0),
      }),
    ]),
    requirement('existing', figuresOf(['forms', 'lived_experience'])),
    requirement('phases', figuresOf(['ladder'])),
    requirement(
      'represented',
      [],
      [
        ...(residentShare !== null ? [fill(t(A.residentShare), { share: pct(residentShare) })] : []),
        fill(t(A.perspectiveNote), { k: perspective.length, m: region.perspective.length }),
      ],
    ),
    requirement('decisions', figuresOf(['influence', 'conditions'])),
    requirement('hub', figuresOf(['hub_functions']), [
      ...(region.opportunities.length > 0
        ? [
            fill(t(A.opportunitiesNote), {
              themes: region.opportunities.map((id) => labels.themeLabel(id)).join(', '),
            }),
          ]
        : []),
    ]),
    requirement('method', [], [t(A.methodNote)]),
  ];

  const weighting = ctx.methods.weighted ? t(A.limits.weighted) : t(A.limits.unweighted);
  const limitations = [
    t(A.limits.selfSelected),
    weighting,
    fill(t(A.limits.smallGroups), { min: ctx.minCell, count: ctx.minCount }),
    fill(t(A.limits.comparisons), { nmin: ctx.methods.minComparisonN }),
    ...about.limitations.map((l) => text(l) ?? ''),
  ];

  const key = [
    ...indexFigures(null),
    ...ladderFigure(),
    ...figuresOf(['hub_support'], 1),
    ...figuresOf(['hub_functions'], 1),
    ...figuresOf(['lived_experience'], 2),
    ...figuresOf(['influence'], 1).filter((f) => !ctx.codebook.indices.some((i) => t(i.label) === f.label)),
  ];
  const seen = new Set<string>();
  return {
    region: region.name,
    who: {
      commissionedBy: surveyText('commissionedBy'),
      conductedBy: surveyText('conductedBy'),
      recruitment: surveyText('recruitment'),
      fieldwork: about.fieldwork ?? facts.fieldwork,
      tools: [...new Set(facts.inputs.map((i) => i.tool))],
    },
    reach: {
      respondents: region.response.respondents,
      population,
      per10k,
      bySubregion: region.response.bySubregion,
      byRole: region.response.byRole,
    },
    accounting: region.accounting,
    limitations,
    key: key.filter((f) => {
      if (seen.has(f.label)) return false;
      seen.add(f.label);
      return true;
    }),
    requirements,
  };
}
