/**
 * output/index.html: every region side by side, with links to each regioscan, then the overview
 * charts (the regions on the map, the heat map of key indicators) as the report rendered them.
 */
import type { Estimate, Indicators, RegionResult } from '../../analyse/types.js';
import type { ReportContext } from '../context.js';
import { extremes, joinNames } from '../headlines.js';
import { html as T } from '../labels/html.js';
import { isShown } from '../shown.js';
import { h } from './escape.js';
import { page } from './page.js';
import { figure } from './slides.js';
import type { HtmlChart } from './types.js';

/**
 * The overview page. `charts` are the rendered overview charts (`overviewCharts` in
 * charts/map-overview.ts), each on a screen of its own after the table, in the order given.
 */
export function toOverviewHtml(
  indicators: Indicators,
  ctx: ReportContext,
  charts: readonly HtmlChart[] = [],
): string {
  const { labels, facts } = ctx;
  const t = labels.t;
  const o = T.overview;
  const index = ctx.plan.conditionsIndex ?? indicators.codebook.indices[0];
  const score = (e: Estimate | undefined) =>
    isShown(e)
      ? `${labels.number(e.estimate, 0)} (${labels.number(e.ciLow ?? e.estimate, 0)}–${labels.number(e.ciHigh ?? e.estimate, 0)})`
      : '–';
  const hasLadder = indicators.national.ladder.length > 0;
  const hasIpa = indicators.national.ipa.length > 0;
  const row = (r: RegionResult, link: boolean) => {
    const gaps = extremes(r.ladder, (p) => p.ambitiekloof, 'high', 1);
    const gap = gaps[0]?.ambitiekloof.estimate ?? undefined;
    return h`<tr>
<th>${link ? h`<a href="${r.slug}/regioscan.html">${r.name}</a>` : t(o.national)}</th>
<td class="num">${labels.number(r.response.respondents, 0)}</td>
${index ? h`<td class="num">${score(r.indices.find((i) => i.index === index.id)?.score)}</td>` : ''}
${
  hasLadder
    ? h`<td>${
        gap !== undefined && gap !== null
          ? `${joinNames(
              gaps.map((p) => labels.t(p.label)),
              ctx.lang,
            )} (+${labels.number(gap, 1)})`
          : '–'
      }</td>`
    : ''
}
${hasIpa ? h`<td>${r.opportunities[0] ? labels.themeLabel(r.opportunities[0]) : '–'}</td>` : ''}
</tr>`;
  };
  const title = t(T.overviewTitle);
  const body = h`<header class="cover" style="min-height:40vh">
<p>${t(facts.survey.title)}</p>
<h1>${title}</h1>
<p>${t(T.generated)} ${facts.date} · regioscan ${facts.version}</p>
</header>
<main>
<section class="slide" style="min-height:auto">
<table class="wide">
<thead><tr><th>${t(o.region)}</th><th class="num">${t(o.respondents)}</th>${index ? h`<th class="num">${labels.t(index.label)} (0–100)</th>` : ''}${hasLadder ? h`<th>${t(o.gap)}</th>` : ''}${hasIpa ? h`<th>${t(o.opportunity)}</th>` : ''}</tr></thead>
<tbody>${indicators.regions.map((r) => row(r, true))}</tbody>
<tfoot>${row(indicators.national, false)}</tfoot>
</table>
<ul>${indicators.regions.map((r) => h`<li><a href="${r.slug}/regioscan.html">${t(o.open)}: ${r.name}</a> · <a href="${r.slug}/regioscan.xlsx">regioscan.xlsx</a> · <a href="${r.slug}/indicators.csv">indicators.csv</a></li>`)}</ul>
${indicators.unreported.length > 0 ? h`<p class="muted">${t(o.unreported).replace('{min}', String(ctx.minCell))}: ${indicators.unreported.join(', ')}</p>` : ''}
</section>
${charts.map((chart) => h`<section class="slide"><h2 class="topic">${chart.title}</h2>${figure(chart, ctx)}</section>`)}
</main>`;
  return page(ctx.lang, title, body);
}
