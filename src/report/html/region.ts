/**
 * The regioscan of one region as one self-contained HTML file, following the report plan in the
 * order of the co-creation session: introductions; the results ("wat herken je wel en niet?");
 * opportunities and challenges; a brainstorm on a regional participation hub; conclusions and
 * next steps; then the questionnaire (where each question is shown) and the methods.
 */
import { findings } from '../findings.js';
import { html as T } from '../labels/html.js';
import type { Slide } from '../plan/index.js';
import { h, type Raw } from './escape.js';
import { methodsSection } from './methods.js';
import { page } from './page.js';
import { questionnaireSection } from './questionnaire.js';
import { figure, prompt, quoteList, reachTable, themeList, trendExclusions } from './slides.js';
import type { RegionHtmlInput } from './types.js';

export type { HtmlChart, RegionHtmlInput } from './types.js';

const SECTION_HEADINGS = {
  intro: T.sections.intro,
  results: T.sections.results,
  opportunities: T.sections.opportunities,
  hub: T.sections.hub,
  next: T.sections.next,
} as const;

export function toRegionHtml(input: RegionHtmlInput): string {
  const { ctx, region } = input;
  const { labels, facts } = ctx;
  const t = labels.t;
  const keyFindings = findings(region, ctx, { conditionItems: ctx.plan.conditionItems });
  const title = `${t(T.docTitle)} ${region.name}`;

  const slide = (s: Slide): Raw | '' => {
    if (s.kind === 'reach')
      return region.response.byMunicipality.length > 0
        ? h`<section class="slide"><h2>${t(T.reach)}</h2>${reachTable(region, ctx)}</section>`
        : '';
    if (s.kind === 'quotes') {
      const quotes = region.quotes.filter((q) => q.item === s.item);
      return quotes.length > 0
        ? h`<section class="slide"><h2>${t(T.quotes)}: ${labels.shortLabel(s.item)}</h2>${quoteList(quotes, ctx)}${prompt(s.prompt, ctx)}</section>`
        : '';
    }
    const chart = input.charts.get(s.chart.id);
    if (!chart) return '';
    const themes = s.themes
      ? h`<div class="columns">
    <div><h3>${t(T.opportunitiesList)}</h3>${themeList(region.opportunities, ctx)}</div>
    <div><h3>${t(T.strengthsList)}</h3>${themeList(region.strengths, ctx)}</div>
  </div>`
      : '';
    const excluded = s.trend && ctx.trend ? trendExclusions(ctx.trend.excluded, ctx) : '';
    // A chart's own title states its message, so the slide heading only names the topic.
    return h`<section class="slide"><h2 class="topic">${chart.title}</h2>${figure(chart, ctx)}${themes}${excluded}${prompt(s.prompt, ctx)}</section>`;
  };

  const part = (id: keyof typeof SECTION_HEADINGS): Raw => {
    const heading = t(SECTION_HEADINGS[id]);
    if (id === 'results')
      return h`<section class="slide part" id="results"><h2>${heading}</h2>
  <ul class="findings">${keyFindings.map((x) => h`<li>${x}</li>`)}</ul>
  ${ctx.methods.weighted ? h`<p class="muted">${t(T.weightedNote)}</p>` : ''}
  ${prompt('recognise', ctx)}
</section>`;
    if (id === 'next')
      return h`<section class="slide part" id="next"><h2>${heading}</h2>
  <h3>${t(T.keyMessages)}</h3>
  <ul class="findings">${keyFindings.map((x) => h`<li>${x}</li>`)}</ul>
  <ol class="lead">${T.nextSteps[ctx.lang].map((x) => h`<li>${x}</li>`)}</ol>
  ${prompt('next', ctx)}
</section>`;
    return h`<section class="slide part" id="${id}"><h2>${heading}</h2>${prompt(`part_${id}`, ctx)}</section>`;
  };

  const sections = ctx.plan.sections.map((s) => h`${part(s.id)}\n${s.slides.map(slide)}`);
  const stripNumber = (text: string) => text.replace(/^\d\. /, '');
  const body = h`<a class="skip" href="#agenda">${t(T.skip)}</a>
<header class="cover">
  <p>${t(facts.survey.title)}${facts.survey.wave ? ` · ${facts.survey.wave}` : ''}</p>
  <h1>${title}</h1>
  <p>${t(T.introLead)}</p>
  <div class="facts">
    <div class="fact"><b>${region.response.respondents}</b>${t(T.respondents)}</div>
    ${region.response.byMunicipality.length > 0 ? h`<div class="fact"><b>${region.response.byMunicipality.length}</b>${t(T.municipalities)}</div>` : ''}
  </div>
  ${facts.fieldwork ? h`<p>${t(T.fieldwork)}: ${facts.fieldwork.from} – ${facts.fieldwork.to}</p>` : ''}
  <p class="muted" style="color:#dfe8f2">${t(T.generated)} ${facts.date} · regioscan ${facts.version} · <a href="../index.html">${t(T.overview.national)}</a></p>
</header>
<nav class="agenda" id="agenda" aria-label="${t(T.agenda)}">
  <h2>${t(T.agenda)}</h2>
  <ol>${ctx.plan.sections.map((s) => h`<li><a href="#${s.id}">${stripNumber(t(SECTION_HEADINGS[s.id]))}</a></li>`)}</ol>
  <p class="muted">${t(T.presentHint)} <a href="#questionnaire">${t(T.sections.questionnaire)}</a> · <a href="#method">${t(T.sections.method)}</a></p>
</nav>
<main>
${sections}
${questionnaireSection(input)}
${methodsSection(ctx, region)}
</main>
<footer>${title} · regioscan ${facts.version} · ${facts.date}</footer>`;
  return page(ctx.lang, title, body);
}
