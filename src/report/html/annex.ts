/**
 * The evidence annex as HTML: a section at the end of the regioscan, and the same on a page of its
 * own (`annex.html`) to print or attach to an application. Renders `toAnnex` (../annex.ts).
 */
import type { Accounting, CountCell } from '../../analyse/types.js';
import { type Annex, type AnnexFigure, toAnnex } from '../annex.js';
import type { ReportContext } from '../context.js';
import { annex as A } from '../labels/annex.js';
import { fill, html as T } from '../labels/html.js';
import { describeInput, toolName } from '../labels/provenance.js';
import { h, type Raw } from './escape.js';
import { page } from './page.js';
import { sessionAnnexPart } from './session.js';
import type { RegionHtmlInput } from './types.js';

function countCell(cell: CountCell, ctx: ReportContext): Raw | string {
  return cell.count === null
    ? h`<span class="suppressed">${fill(ctx.labels.t(T.suppressed), { min: ctx.minCount })}</span>`
    : ctx.labels.number(cell.count, 0);
}

function accountingTable(a: Accounting, ctx: ReportContext): Raw {
  const m = T.method;
  const t = ctx.labels.t;
  return h`<table><tbody>
<tr><td>${t(m.reasons.included)}</td><td class="num">${a.included}</td></tr>
${a.excluded.map((e) => h`<tr><td>${t(m.reasons[e.reason])}</td><td class="num">${e.count}</td></tr>`)}
<tr><th>${t(m.total)}</th><th class="num">${a.rows}</th></tr>
</tbody></table>`;
}

/** The topic of a chart of the report, as its slide names it. */
function chartTitle(id: string, ctx: ReportContext): string {
  return ctx.plan.charts.find((c) => c.id === id)?.title(ctx) ?? id;
}

function figureRows(
  figures: readonly AnnexFigure[],
  ctx: ReportContext,
  link: (id: string) => string,
): Raw[] {
  return figures.map(
    (f) =>
      h`<tr><td>${f.label}</td><td class="num">${f.value}</td><td class="num">${f.interval ?? '–'}</td><td class="num">${f.n === null ? '–' : ctx.labels.number(f.n, 0)}</td><td>${f.chart ? h`<a href="${link(f.chart)}">${chartTitle(f.chart, ctx)}</a>` : ''}</td></tr>`,
  );
}

/** A run option as the annex shows it: "–" for none (null, no files), a list joined with commas. */
function optionText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.join(', ');
  return String(value);
}

/** True when the region's report has a map (its boundaries are credited in the annex). */
const hasMap = (charts: RegionHtmlInput['charts']) => [...charts.keys()].some((id) => id.startsWith('map-'));

/**
 * The annex body. `link` turns a chart id into a link to it: within the regioscan
 * (`#chart-…`) or from annex.html to the regioscan next to it. A table with nothing to list (no
 * subregions, no role question) is left out, and so is the maps' credit in a report without one.
 */
export function annexBody(
  annex: Annex,
  ctx: ReportContext,
  link: (id: string) => string,
  maps: boolean,
): Raw {
  const t = ctx.labels.t;
  const C = A.columns;
  const { facts } = ctx;
  const who = annex.who;
  const stated = (x: string | null) => (x === null ? h`<span class="muted">${t(A.notStated)}</span>` : x);
  const reach = annex.reach;
  const session = ctx.sessionOf(annex.region);
  const figureHead = h`<thead><tr><th>${t(C.indicator)}</th><th class="num">${t(C.value)}</th><th class="num">${t(C.interval)}</th><th class="num">${t(C.n)}</th><th>${t(C.chart)}</th></tr></thead>`;
  const reachHead = h`<thead><tr><th>${t(T.reachColumns.subregion)}</th><th class="num">${t(T.reachColumns.count)}</th><th class="num">${t(T.reachColumns.population)}</th><th class="num">${t(T.reachColumns.per10k)}</th></tr></thead>`;
  return h`<p class="lead">${fill(t(A.lead), { region: annex.region })}</p>
<h3>${t(A.who)}</h3>
<table><tbody>
<tr><th>${t(A.commissionedBy)}</th><td>${stated(who.commissionedBy)}</td></tr>
<tr><th>${t(A.conductedBy)}</th><td>${stated(who.conductedBy)}</td></tr>
<tr><th>${t(A.recruitment)}</th><td>${stated(who.recruitment)}</td></tr>
<tr><th>${t(A.fieldwork)}</th><td>${who.fieldwork ? `${who.fieldwork.from} – ${who.fieldwork.to}` : stated(null)}</td></tr>
<tr><th>${t(A.tools)}</th><td>${who.tools.map((tool) => toolName(tool, ctx.lang)).join(', ')}</td></tr>
</tbody></table>
<h3>${t(A.reach)}</h3>
<p>${
    reach.per10k === null
      ? fill(t(A.reachLeadNoPopulation), { n: ctx.labels.number(reach.respondents, 0) })
      : fill(t(A.reachLead), {
          n: ctx.labels.number(reach.respondents, 0),
          per10k: ctx.labels.number(reach.per10k, 1),
        })
  }</p>
${
  reach.bySubregion.length > 0
    ? h`<h4>${t(A.bySubregion)}</h4>
<table>${reachHead}<tbody>${reach.bySubregion.map(
        (c) =>
          h`<tr><td>${ctx.labels.t(c.label)}</td><td class="num">${countCell(c, ctx)}</td><td class="num">${c.population === null ? '–' : ctx.labels.number(c.population, 0)}</td><td class="num">${c.per10k === null ? '–' : ctx.labels.number(c.per10k, 1)}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${
  reach.byRole.length > 0
    ? h`<h4>${t(A.byRole)}</h4>
<table><thead><tr><th>${t(A.role)}</th><th class="num">${t(T.reachColumns.count)}</th></tr></thead><tbody>${reach.byRole.map(
        (c) => h`<tr><td>${ctx.labels.t(c.label)}</td><td class="num">${countCell(c, ctx)}</td></tr>`,
      )}</tbody></table>`
    : ''
}
<h3>${fill(t(A.accounting), { region: annex.region })}</h3>
${accountingTable(annex.accounting, ctx)}
<h3>${t(A.limitations)}</h3>
<ul>${annex.limitations.map((l) => h`<li>${l}</li>`)}</ul>
<h3>${t(A.key)}</h3>
<table class="wide">${figureHead}<tbody>${figureRows(annex.key, ctx, link)}</tbody></table>
<h3>${t(A.requirements)}</h3>
<table class="wide requirements"><thead><tr><th>${t(C.need)}</th><th>${t(C.evidence)}</th></tr></thead><tbody>${annex.requirements.map(
    (r) =>
      h`<tr><th>${r.need}</th><td>${r.notes.map((n) => h`<p>${n}</p>`)}${
        r.figures.length > 0
          ? h`<ul>${r.figures.map(
              (f) =>
                h`<li>${f.label}: <b>${f.value}</b>${f.interval ? ` (${t(C.interval)} ${f.interval}` : ''}${f.n !== null ? `${f.interval ? '; ' : ' ('}n = ${ctx.labels.number(f.n, 0)})` : f.interval ? ')' : ''}${f.chart ? h` · <a href="${link(f.chart)}">${chartTitle(f.chart, ctx)}</a>` : ''}</li>`,
            )}</ul>`
          : ''
      }</td></tr>`,
  )}</tbody></table>
${session ? sessionAnnexPart(session, ctx) : ''}
<h3>${t(A.provenance)}</h3>
<p>${fill(t(A.generated), { version: facts.version, date: facts.date })}. ${t(A.libraries)}: ${Object.entries(
    facts.libraries,
  )
    .map(([k, v]) => `${k} ${v ?? '?'}`)
    .join(', ')}.</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${t(A.inputs)}"><table class="wide"><thead><tr><th>${t(A.inputs)}</th><th>${t(T.method.tool)}</th><th class="num">${t(T.method.rows)}</th><th>sha256</th></tr></thead>
<tbody>${facts.inputs.map(
    (i) =>
      h`<tr><td>${i.file}</td><td>${describeInput(i, ctx.lang)}</td><td class="num">${i.rows}</td><td><code class="hash">${i.sha256}</code></td></tr>`,
  )}</tbody></table></div>
<h4>${t(A.options)}</h4>
<table class="options"><tbody>${Object.entries(facts.options).map(
    ([k, v]) => h`<tr><th><code>${k}</code></th><td><code>${optionText(v)}</code></td></tr>`,
  )}</tbody></table>
${maps ? h`<p class="muted">${t(A.geoCredit)}</p>` : ''}`;
}

/** The annex as a section of the regioscan. */
export function annexSection(input: RegionHtmlInput): Raw {
  const { ctx, region } = input;
  const annex = toAnnex(region, ctx, ctx.aboutOf(region.name));
  return h`<section class="slide appendix annex" id="annex">
<h2>${ctx.labels.t(A.title)}: ${region.name}</h2>
${annexBody(annex, ctx, (id) => `#chart-${id}`, hasMap(input.charts))}
<p class="muted">${ctx.labels.t(A.printHint)}</p>
</section>`;
}

/** The annex on a page of its own, beside the regioscan it links to. */
export function toAnnexHtml(input: RegionHtmlInput): string {
  const { ctx, region } = input;
  const annex = toAnnex(region, ctx, ctx.aboutOf(region.name));
  const title = `${ctx.labels.t(A.docTitle)}: ${region.name}`;
  const body = h`<main class="annex-page">
<section class="slide appendix annex" id="annex">
<h1>${title}</h1>
${annexBody(annex, ctx, (id) => `regioscan.html#chart-${id}`, hasMap(input.charts))}
</section>
</main>`;
  return page(ctx.lang, title, body);
}
