/** The parts of a slide: a chart with its text alternative, the question for the room, tables, quotes. */
import type { CountCell, RegionResult, TrendExclusion } from '../../analyse/types.js';
import type { ReportContext } from '../context.js';
import { fill, type PromptKey, html as T } from '../labels/html.js';
import { toDataTable } from './data-table.js';
import { h, Raw } from './escape.js';
import type { HtmlChart } from './types.js';

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A chart as a figure: the SVG named in one sentence (its message), and its numbers as a table
 * under it, folded away on screen (`details`), open in print and hidden on a presentation slide.
 */
export function figure(chart: HtmlChart, ctx: ReportContext): Raw {
  const label = chart.message ?? chart.title;
  const svg = chart.svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttr(label)}" `);
  const data = chart.table ? toDataTable(chart.table, chart.title) : h`<p>${chart.alt}</p>`;
  return h`<figure id="chart-${chart.id}">
  <div class="chart">${new Raw(svg)}</div>
  <figcaption><details class="data-table"><summary>${ctx.labels.t(T.dataTable)}</summary>${data}</details></figcaption>
</figure>`;
}

/** The question for the room. */
export function prompt(key: PromptKey, ctx: ReportContext): Raw {
  return h`<aside class="prompt"><b>${ctx.labels.t(T.prompt)}</b>${ctx.labels.t(T.prompts[key])}</aside>`;
}

function count(cell: CountCell, ctx: ReportContext): Raw {
  return cell.suppressed || cell.count === null
    ? h`<span class="suppressed" title="n<${ctx.minCount}">–</span>`
    : h`${cell.count}`;
}

/** Respondents, residents and reach per municipality, then per subregion. */
export function reachTable(region: RegionResult, ctx: ReportContext): Raw {
  const c = T.reachColumns;
  const { t } = ctx.labels;
  const locale = ctx.lang === 'nl' ? 'nl-NL' : 'en-GB';
  const row = (cell: CountCell, head: boolean) => {
    const name = cell.label[ctx.lang];
    return h`<tr>${head ? h`<th>${name}</th>` : h`<td>${name}</td>`}<td class="num">${count(cell, ctx)}</td><td class="num">${cell.population === null ? '–' : cell.population.toLocaleString(locale)}</td><td class="num">${cell.per10k === null ? '–' : ctx.labels.number(cell.per10k, 1)}</td></tr>`;
  };
  return h`<table>
<thead><tr><th>${t(c.place)}</th><th class="num">${t(c.count)}</th><th class="num">${t(c.population)}</th><th class="num">${t(c.per10k)}</th></tr></thead>
<tbody>${region.response.byMunicipality.map((m) => row(m, false))}</tbody>
<tbody>${region.response.bySubregion.map((s) => row(s, true))}</tbody>
</table>`;
}

/** A numbered list of themes, or "geen". */
export function themeList(themes: readonly string[], ctx: ReportContext): Raw {
  return themes.length === 0
    ? h`<p class="muted">${ctx.labels.t(T.none)}</p>`
    : h`<ol class="lead">${themes.map((id) => h`<li>${ctx.labels.themeLabel(id)}</li>`)}</ol>`;
}

/** Quotes with the note on redaction. */
export function quoteList(quotes: RegionResult['quotes'], ctx: ReportContext): Raw {
  // On a slide, as many as the room can read (at most four, about 480 characters); the document has all.
  let budget = 480;
  const onSlide = quotes.filter((q, i) => {
    const fits = i === 0 || (i < 4 && budget - q.text.length >= 0);
    budget -= q.text.length;
    return fits;
  }).length;
  const more = quotes.length - onSlide;
  return h`${quotes.map((q, i) => h`<blockquote${i >= onSlide ? h` class="doc-only"` : ''}>“${q.text}”</blockquote>`)}${
    more > 0 ? h`<p class="muted present-only">${fill(ctx.labels.t(T.quotesMore), { k: more })}</p>` : ''
  }<p class="muted doc-note">${ctx.labels.t(T.quotesNote)}</p>`;
}

/** The questions the trend did not compare, grouped by why. */
export function trendExclusions(excluded: readonly TrendExclusion[], ctx: ReportContext): Raw | '' {
  if (excluded.length === 0) return '';
  const reasons = ['changed', 'new', 'unverified'] as const;
  const parts = reasons
    .filter((r) => excluded.some((e) => e.reason === r))
    .map((r) => {
      const items = excluded.filter((e) => e.reason === r).map((e) => ctx.labels.shortLabel(e.item));
      return `${ctx.labels.t(T.trendReasons[r])}: ${items.join(', ')}`;
    });
  return h`<p class="muted">${ctx.labels.t(T.trendExcluded)}: ${parts.join('; ')}.</p>`;
}
