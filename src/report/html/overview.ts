/** output/index.html: every region side by side, with links to each regioscan. */
import type { Estimate, Indicators, RegionResult } from '../../analyse/types.js';
import { html as T } from '../labels/html.js';
import { formatNumber, type Lang, tr } from '../labels/index.js';
import { h } from './escape.js';
import { labeller } from './labels.js';
import { page } from './page.js';

function score(e: Estimate | undefined, lang: Lang): string {
  if (!e || e.estimate === null) return '–';
  return `${formatNumber(e.estimate, lang, 0)} (${formatNumber(e.ciLow ?? Number.NaN, lang, 0)}–${formatNumber(e.ciHigh ?? Number.NaN, lang, 0)})`;
}

export function toOverviewHtml(
  indicators: Indicators,
  lang: Lang,
  generatedAt: Date,
  version: string,
): string {
  const l = labeller(indicators.codebook, lang);
  const o = T.overview;
  const row = (r: RegionResult, link: boolean) => {
    const gap = [...r.ladder]
      .filter((p) => p.ambitiekloof.estimate !== null)
      .sort((a, b) => b.ambitiekloof.estimate! - a.ambitiekloof.estimate!)[0];
    return h`<tr>
<th>${link ? h`<a href="${r.slug}/regioscan.html">${r.name}</a>` : tr(o.national, lang)}</th>
<td class="num">${r.response.respondents}</td>
<td class="num">${score(r.indices[0]?.score, lang)}</td>
<td>${gap ? `${l.text(gap.label)} (+${formatNumber(gap.ambitiekloof.estimate!, lang)})` : '–'}</td>
<td>${r.opportunities[0] ? l.theme(r.opportunities[0]) : '–'}</td>
</tr>`;
  };
  const title = tr(T.overviewTitle, lang);
  const body = h`<header class="cover" style="min-height:40vh">
<p>${indicators.codebook.survey.title[lang]}</p>
<h1>${title}</h1>
<p>${tr(T.generated, lang)} ${generatedAt.toISOString().slice(0, 10)} · regioscan ${version}</p>
</header>
<main>
<section class="slide" style="min-height:auto">
<table class="wide">
<thead><tr><th>${tr(o.region, lang)}</th><th class="num">${tr(o.respondents, lang)}</th><th class="num">${indicators.codebook.indices[0] ? l.text(indicators.codebook.indices[0].label) : tr(o.index, lang)} (0–100)</th><th>${tr(o.gap, lang)}</th><th>${tr(o.opportunity, lang)}</th></tr></thead>
<tbody>${indicators.regions.map((r) => row(r, true))}</tbody>
<tfoot>${row(indicators.national, false)}</tfoot>
</table>
<ul>${indicators.regions.map((r) => h`<li><a href="${r.slug}/regioscan.html">${tr(o.open, lang)}: ${r.name}</a> · <a href="${r.slug}/regioscan.xlsx">regioscan.xlsx</a> · <a href="${r.slug}/indicators.csv">indicators.csv</a></li>`)}</ul>
</section>
</main>`;
  return page(lang, title, body);
}
