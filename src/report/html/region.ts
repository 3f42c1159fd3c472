/**
 * The regioscan of one region as one self-contained HTML file, in the order of the co-creation
 * session: introductions; the results ("wat herken je wel en niet?"); opportunities and challenges;
 * a brainstorm on a regional participation hub; conclusions and next steps; then the methods.
 */
import type { ChoiceResult, CountCell, Estimate, Indicators, RegionResult } from '../../analyse/types.js';
import { fill, html as T } from '../labels/html.js';
import { formatNumber, formatPercent, type Lang, tr } from '../labels/index.js';
import { h, Raw } from './escape.js';
import { findings } from './findings.js';
import { type Labeller, labeller } from './labels.js';
import { methodsSection } from './methods.js';
import { page } from './page.js';

/** A chart as the HTML embeds it. */
export interface HtmlChart {
  id: string;
  title: string;
  svg: string;
  alt: string;
}

export interface RegionHtmlInput {
  indicators: Indicators;
  region: RegionResult;
  charts: readonly HtmlChart[];
  lang: Lang;
  generatedAt: Date;
  version: string;
}

export function toRegionHtml(input: RegionHtmlInput): string {
  const { indicators, region, lang } = input;
  const l = labeller(indicators.codebook, lang);
  const conditionIndex = indicators.codebook.indices[0];
  const likertItems = indicators.codebook.questions.filter((q) => q.type === 'likert').map((q) => q.id);
  const f = findings(region, l, conditionIndex?.items ?? [], likertItems);
  const chart = (id: string) =>
    figure(
      input.charts.find((c) => c.id === id),
      lang,
    );
  const charts = (prefix: string) =>
    input.charts.filter((c) => c.id === prefix || c.id.startsWith(`${prefix}-`)).map((c) => figure(c, lang));
  const topic = (id: string) => input.charts.find((c) => c.id === id)?.title ?? '';
  // A chart's own title states its message, so the slide heading only names the topic.
  const chartSlide = (id: string, question: { nl: string; en: string }) =>
    input.charts.some((c) => c.id === id)
      ? h`<section class="slide"><h2 class="topic">${topic(id)}</h2>${chart(id)}${prompt(question)}</section>`
      : '';
  const prompt = (text: { nl: string; en: string }) =>
    h`<aside class="prompt"><b>${tr(T.prompt, lang)}</b>${tr(text, lang)}</aside>`;
  const minCell = indicators.methods.minCell;
  const title = `${tr(T.docTitle, lang)} ${region.name}`;
  const municipalities = region.response.byMunicipality.length;
  const date = input.generatedAt.toISOString().slice(0, 10);
  const periods = indicators.inputs.flatMap((i) => (i.fieldwork ? [i.fieldwork] : []));
  const fieldwork =
    periods.length > 0
      ? `${periods.map((p) => p.from).sort()[0]} – ${periods
          .map((p) => p.to)
          .sort()
          .at(-1)}`
      : null;
  const hubChoices = region.choices.filter((c) => c.block === 'G' || c.block === 'I');
  const formsChoices = region.choices.filter((c) => c.block === 'B' || c.block === 'F');
  const ipaBlocks = new Set(
    indicators.codebook.questions.filter((q) => q.type === 'ipa').map((q) => q.block),
  );
  const blockOf = (item: string) => indicators.codebook.questions.find((q) => q.id === item)?.block ?? '';
  const opportunityQuotes = region.quotes.filter((q) => ipaBlocks.has(blockOf(q.item)));
  const influenceQuotes = region.quotes.filter((q) => !ipaBlocks.has(blockOf(q.item)));

  const body = h`<a class="skip" href="#agenda">${tr(T.skip, lang)}</a>
<header class="cover">
  <p>${indicators.codebook.survey.title[lang]}${indicators.codebook.survey.wave ? ` · ${indicators.codebook.survey.wave}` : ''}</p>
  <h1>${title}</h1>
  <p>${tr(T.introLead, lang)}</p>
  <div class="facts">
    <div class="fact"><b>${region.response.respondents}</b>${tr(T.respondents, lang)}</div>
    <div class="fact"><b>${municipalities}</b>${tr(T.municipalities, lang)}</div>
  </div>
  ${fieldwork ? h`<p>${tr(T.fieldwork, lang)}: ${fieldwork}</p>` : ''}
  <p class="muted" style="color:#dfe8f2">${tr(T.generated, lang)} ${date} · regioscan ${input.version} · <a href="../index.html">${tr(T.overview.national, lang)}</a></p>
</header>
<nav class="agenda" id="agenda" aria-label="${tr(T.agenda, lang)}">
  <h2>${tr(T.agenda, lang)}</h2>
  <ol>
    <li><a href="#intro">${tr(T.sections.intro, lang).replace(/^\d\. /, '')}</a></li>
    <li><a href="#results">${tr(T.sections.results, lang).replace(/^\d\. /, '')}</a></li>
    <li><a href="#opportunities">${tr(T.sections.opportunities, lang).replace(/^\d\. /, '')}</a></li>
    <li><a href="#hub">${tr(T.sections.hub, lang).replace(/^\d\. /, '')}</a></li>
    <li><a href="#next">${tr(T.sections.next, lang).replace(/^\d\. /, '')}</a></li>
  </ol>
  <p class="muted">${tr(T.presentHint, lang)} <a href="#method">${tr(T.sections.method, lang)}</a></p>
</nav>
<main>
<section class="slide part" id="intro"><h2>${tr(T.sections.intro, lang)}</h2></section>
${charts('response').length > 0 ? h`<section class="slide"><h2 class="topic">${tr(T.whoResponded, lang)}</h2>${charts('response')}</section>` : ''}
${region.response.byMunicipality.length > 0 ? h`<section class="slide"><h2>${tr(T.reach, lang)}</h2>${reachTable(region, lang, indicators.methods.minCount)}</section>` : ''}

<section class="slide part" id="results"><h2>${tr(T.sections.results, lang)}</h2>
  <ul class="findings">${f.all.map((x) => h`<li>${x}</li>`)}</ul>
  ${prompt(T.prompts.recognise)}
</section>
${chartSlide('ladder', T.prompts.ladder)}
${chartSlide('conditions', T.prompts.conditions)}
${input.charts
  .filter((c) => c.id.startsWith('likert-'))
  .map(
    (c) =>
      h`<section class="slide"><h2 class="topic">${c.title}</h2>${figure(c, lang)}${prompt(T.prompts.recognise)}</section>`,
  )}
${chartSlide('perspective', T.prompts.perspective)}
${chartSlide('perspective-ladder', T.prompts.perspective)}
${chartSlide('benchmark', T.prompts.recognise)}
${influenceQuotes.length > 0 ? h`<section class="slide"><h2>${tr(T.quotes, lang)}: ${l.question(influenceQuotes[0]!.item)}</h2>${quoteList(influenceQuotes, lang)}</section>` : ''}

<section class="slide part" id="opportunities"><h2>${tr(T.sections.opportunities, lang)}</h2></section>
<section class="slide"><h2 class="topic">${topic('ipa')}</h2>${chart('ipa')}
  <div class="columns">
    <div><h3>${tr(T.opportunitiesList, lang)}</h3>${themeList(region.opportunities, l, lang)}</div>
    <div><h3>${tr(T.strengthsList, lang)}</h3>${themeList(region.strengths, l, lang)}</div>
  </div>
  ${prompt(T.prompts.opportunities)}
</section>
${opportunityQuotes.length > 0 ? h`<section class="slide"><h2>${tr(T.quotes, lang)}: ${l.question(opportunityQuotes[0]!.item)}</h2>${quoteList(opportunityQuotes, lang)}</section>` : ''}

<section class="slide part" id="hub"><h2>${tr(T.sections.hub, lang)}</h2>${prompt(T.prompts.hub)}</section>
${[...hubChoices, ...formsChoices].map((c) => h`<section class="slide"><h2>${l.question(c.item)}</h2>${choiceTable(c, l, minCell)}</section>`)}

<section class="slide part" id="next"><h2>${tr(T.sections.next, lang)}</h2>
  <h3>${tr(T.keyMessages, lang)}</h3>
  <ul class="findings">${f.all.map((x) => h`<li>${x}</li>`)}</ul>
  <ol class="lead">${T.nextSteps[lang].map((x) => h`<li>${x}</li>`)}</ol>
  ${prompt(T.prompts.next)}
</section>
${methodsSection(input, l)}
</main>
<footer>${title} · regioscan ${input.version} · ${date}</footer>`;
  return page(lang, title, body);
}

function figure(chart: HtmlChart | undefined, lang: Lang): Raw | '' {
  if (!chart) return '';
  const svg = chart.svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttr(chart.title)}" `);
  return h`<figure id="chart-${chart.id}">
  <div class="chart">${new Raw(svg)}</div>
  <figcaption><details><summary>${tr(T.textAlternative, lang)}</summary><p>${chart.alt}</p></details></figcaption>
</figure>`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function count(cell: CountCell, _lang: Lang, minCount: number): Raw {
  return cell.suppressed || cell.count === null
    ? h`<span class="suppressed" title="${minCount}">–</span>`
    : h`${cell.count}`;
}

function reachTable(region: RegionResult, lang: Lang, minCount: number): Raw {
  const c = T.reachColumns;
  return h`<table>
<thead><tr><th>${tr(c.place, lang)}</th><th class="num">${tr(c.count, lang)}</th><th class="num">${tr(c.population, lang)}</th><th class="num">${tr(c.per10k, lang)}</th></tr></thead>
<tbody>${region.response.byMunicipality.map(
    (m) =>
      h`<tr><td>${m.label[lang]}</td><td class="num">${count(m, lang, minCount)}</td><td class="num">${m.population === null ? '–' : m.population.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td><td class="num">${m.per10k === null ? '–' : formatNumber(m.per10k, lang)}</td></tr>`,
  )}</tbody>
<tbody>${region.response.bySubregion.map(
    (s) =>
      h`<tr><th>${s.label[lang]}</th><td class="num">${count(s, lang, minCount)}</td><td class="num">${s.population === null ? '–' : s.population.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td><td class="num">${s.per10k === null ? '–' : formatNumber(s.per10k, lang)}</td></tr>`,
  )}</tbody>
</table>`;
}

function share(e: Estimate, lang: Lang, minCell: number): Raw {
  if (e.suppressed || e.estimate === null)
    return h`<span class="suppressed">${fill(tr(T.suppressed, lang), { min: minCell })}</span>`;
  return h`<span class="bar" style="width:${Math.round(e.estimate * 240)}px" aria-hidden="true"></span>${formatPercent(e.estimate, lang)}`;
}

function choiceTable(c: ChoiceResult, l: Labeller, minCell: number): Raw {
  const lang = l.lang;
  const n = c.shares[0]?.n ?? 0;
  const rows = [...c.shares].sort((a, b) => (b.estimate ?? -1) - (a.estimate ?? -1));
  return h`<table>
<caption class="muted">${fill(tr(T.nAnswered, lang), { n })}</caption>
<thead><tr><th>${tr(T.choiceColumns.option, lang)}</th><th>${tr(T.choiceColumns.share, lang)}</th><th class="num">${tr(T.choiceColumns.interval, lang)}</th></tr></thead>
<tbody>${rows.map(
    (e) =>
      h`<tr><td>${l.option(c.item, e.category)}</td><td>${share(e, lang, minCell)}</td><td class="num">${
        e.ciLow === null || e.ciHigh === null
          ? ''
          : `${formatPercent(e.ciLow, lang)} – ${formatPercent(e.ciHigh, lang)}`
      }</td></tr>`,
  )}</tbody>
</table>`;
}

function themeList(themes: readonly string[], l: Labeller, lang: Lang): Raw {
  return themes.length === 0
    ? h`<p class="muted">${tr(T.none, lang)}</p>`
    : h`<ol class="lead">${themes.map((t) => h`<li>${l.theme(t)}</li>`)}</ol>`;
}

function quoteList(quotes: RegionResult['quotes'], lang: Lang): Raw {
  return h`${quotes.map((q) => h`<blockquote>“${q.text}”</blockquote>`)}<p class="muted">${tr(T.quotesNote, lang)}</p>`;
}
