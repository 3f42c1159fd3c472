/**
 * The methods section: the region's own row accounting beside the whole run's, the methods in
 * words (the run's one list of paragraphs), alpha per index, provenance and input warnings.
 */
import type { Accounting, RegionResult } from '../../analyse/types.js';
import { formatIssue } from '../../ingest/errors.js';
import type { ReportContext } from '../context.js';
import { html as T } from '../labels/html.js';
import { describeInput } from '../labels/provenance.js';
import { h, type Raw } from './escape.js';

function accountingRows(a: Accounting, ctx: ReportContext): Raw[] {
  const m = T.method;
  const t = ctx.labels.t;
  return [
    h`<tr><td>${t(m.reasons.included)}</td><td class="num">${a.included}</td></tr>`,
    ...a.excluded.map((e) => h`<tr><td>${t(m.reasons[e.reason])}</td><td class="num">${e.count}</td></tr>`),
    h`<tr><th>${t(m.total)}</th><th class="num">${a.rows}</th></tr>`,
  ];
}

export function methodsSection(ctx: ReportContext, region: RegionResult): Raw {
  const m = T.method;
  const { labels, facts } = ctx;
  const t = labels.t;
  return h`<section class="slide appendix" id="method">
<h2>${t(T.sections.method)}</h2>
<div class="columns">
<div>
<h3>${t(m.accounting)}: ${region.name}</h3>
<table><tbody>${accountingRows(region.accounting, ctx)}</tbody></table>
<p class="muted">${t(m.accountingNote)}</p>
<h3>${t(m.accountingRun)}</h3>
<table><tbody>${accountingRows(facts.accounting, ctx)}</tbody></table>
</div>
<div>
${ctx.methodsText.map((p) => h`<h3>${p.heading}</h3><p>${p.text}</p>`)}
${region.indices.map(
  (i) =>
    h`<p>${labels.t(i.label)}: ${t(m.alpha)} ${i.alpha === null ? '–' : labels.number(i.alpha, 2)} (n = ${i.alphaN})${i.alphaLow ? h` <span class="warn">${t(m.alphaLow)}</span>` : ''}</p>`,
)}
</div>
</div>
<h3>${t(m.provenance)}</h3>
<div class="table-scroll" role="region" tabindex="0" aria-label="${t(m.provenance)}"><table class="wide"><thead><tr><th>${t(m.file)}</th><th>${t(m.tool)}</th><th class="num">${t(m.rows)}</th><th class="num">${t(m.included)}</th><th>${t(m.fieldwork)}</th><th>sha256</th></tr></thead>
<tbody>${facts.inputs.map(
    (i) =>
      h`<tr><td>${i.file}</td><td>${describeInput(i, ctx.lang)}</td><td class="num">${i.rows}</td><td class="num">${i.included}</td><td>${i.fieldwork ? `${i.fieldwork.from} – ${i.fieldwork.to}` : '–'}</td><td><code class="hash">${i.sha256}</code></td></tr>`,
  )}</tbody></table></div>
${
  facts.warnings.length > 0
    ? h`<details><summary>${t(m.warnings)} (${facts.warnings.length})</summary><pre>${facts.warnings.slice(0, 200).map(formatIssue).join('\n')}</pre></details>`
    : ''
}
</section>`;
}
