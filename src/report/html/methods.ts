/** The methods section: sample, every row accounted for, statistics, privacy, provenance, warnings. */
import { formatIssue } from '../../ingest/errors.js';
import { fill, html as T } from '../labels/html.js';
import { formatNumber, tr } from '../labels/index.js';
import { h, type Raw } from './escape.js';
import type { Labeller } from './labels.js';
import type { RegionHtmlInput } from './region.js';

export function methodsSection(input: RegionHtmlInput, l: Labeller): Raw {
  const { indicators, region, lang } = input;
  const m = T.method;
  const counts = new Map<string, number>();
  for (const row of indicators.ledger) {
    const key = row.status === 'included' ? 'included' : row.reason;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const reasons = Object.keys(m.reasons) as (keyof typeof m.reasons)[];
  return h`<section class="slide" id="method">
<h2>${tr(T.sections.method, lang)}</h2>
<div class="columns">
<div>
<h3>${tr(m.accounting, lang)}</h3>
<table><tbody>${reasons
    .filter((r) => counts.has(r))
    .map((r) => h`<tr><td>${tr(m.reasons[r], lang)}</td><td class="num">${counts.get(r)}</td></tr>`)}
<tr><th>${lang === 'nl' ? 'Totaal' : 'Total'}</th><th class="num">${indicators.ledger.length}</th></tr></tbody></table>
<p class="muted">${lang === 'nl' ? `${region.response.respondents} respondenten in ${region.name}; zie respondents.csv voor elke rij.` : `${region.response.respondents} respondents in ${region.name}; respondents.csv lists every row.`}</p>
</div>
<div>
<h3>${tr(m.statistics, lang)}</h3>
<p>${fill(tr(m.statisticsText, lang), { q: formatNumber(indicators.methods.fdrQ, lang, 2), nmin: indicators.methods.minComparisonN })}</p>
${region.indices.map(
  (i) =>
    h`<p>${l.text(i.label)}: ${tr(m.alpha, lang)} ${i.alpha === null ? '–' : formatNumber(i.alpha, lang, 2)} (n = ${i.alphaN})${i.alphaLow ? h` <span class="warn">${tr(m.alphaLow, lang)}</span>` : ''}</p>`,
)}
<h3>${tr(m.privacy, lang)}</h3>
<p>${fill(tr(m.privacyText, lang), { min: indicators.methods.minCell, count: indicators.methods.minCount })}</p>
</div>
</div>
<h3>${tr(m.provenance, lang)}</h3>
<table><thead><tr><th>${tr(m.file, lang)}</th><th>${tr(m.tool, lang)}</th><th class="num">${tr(m.rows, lang)}</th><th class="num">${tr(m.included, lang)}</th><th>${tr(m.fieldwork, lang)}</th><th>sha256</th></tr></thead>
<tbody>${indicators.inputs.map(
    (i) =>
      h`<tr><td>${i.file}</td><td>${i.tool} (${i.layout}, ${i.encoding})</td><td class="num">${i.rows}</td><td class="num">${i.included}</td><td>${i.fieldwork ? `${i.fieldwork.from} – ${i.fieldwork.to}` : '–'}</td><td><code>${i.sha256}</code></td></tr>`,
  )}</tbody></table>
<p class="muted">${tr(m.version, lang)} ${input.version}</p>
${
  indicators.warnings.length > 0
    ? h`<details><summary>${tr(m.warnings, lang)} (${indicators.warnings.length})</summary><pre>${indicators.warnings.map(formatIssue).join('\n')}</pre></details>`
    : ''
}
</section>`;
}
