/**
 * The questionnaire in the appendix: every question of the codebook with where the report shows
 * it, so nothing is dropped without a word: a chart (linked), quotes, or why it is not shown here.
 */
import type { QuestionType } from '../../model/codebook.js';
import { html as T } from '../labels/html.js';
import type { QuestionPlace } from '../plan/index.js';
import { h, type Raw } from './escape.js';
import type { RegionHtmlInput } from './types.js';

export function questionnaireSection(input: RegionHtmlInput): Raw {
  const { ctx, region, charts } = input;
  const { labels } = ctx;
  const t = labels.t;
  const Q = T.questionnaire;
  const where = (p: QuestionPlace): Raw | string => {
    if (p.how === 'region') return t(Q.region);
    if (p.chart) {
      const drawn = charts.get(p.chart);
      return drawn ? h`<a href="#chart-${p.chart}">${drawn.title}</a>` : t(Q.noData);
    }
    const q = labels.question(p.item);
    if (q?.type === 'open' && !q.publish) return t(Q.notQuoted);
    return region.quotes.some((x) => x.item === p.item) ? t(Q.quoted) : t(Q.noQuotes);
  };
  const rows = ctx.plan.questions.map((p) => {
    const q = labels.question(p.item);
    return h`<tr><td><code>${p.item}</code></td><td>${labels.questionText(p.item)}</td><td>${q ? t(Q.types[q.type as QuestionType]) : ''}</td><td>${where(p)}</td></tr>`;
  });
  return h`<section class="slide appendix" id="questionnaire">
<h2>${t(T.sections.questionnaire)}</h2>
<p class="muted">${t(Q.lead)}</p>
<div class="table-scroll" role="region" tabindex="0" aria-label="${t(T.sections.questionnaire)}"><table class="wide">
<thead><tr><th>${t(Q.id)}</th><th>${t(Q.question)}</th><th>${t(Q.type)}</th><th>${t(Q.where)}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}
