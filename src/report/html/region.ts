/**
 * The regioscan of one region as one self-contained HTML file, following the report plan in the
 * order of the co-creation session: introductions; the results ("wat herken je wel en niet?");
 * opportunities and challenges; a brainstorm on a regional participation hub; conclusions and
 * next steps; then the questionnaire (where each question is shown) and the methods.
 *
 * The same file is a document to read and, with its one script, a slide deck to present
 * (deck.ts, present.ts): every slide has one message, its own question for the room and notes
 * for the facilitator.
 */
import { findings } from '../findings.js';
import { annex as A } from '../labels/annex.js';
import { fill, html as T } from '../labels/html.js';
import { session as S, sessionDate } from '../labels/session.js';
import type { SectionId, Slide } from '../plan/index.js';
import { annexSection } from './annex.js';
import { type DeckSlide, layoutOf, notes, PromptPicker, renderDeck } from './deck.js';
import { h } from './escape.js';
import { methodsSection } from './methods.js';
import { page } from './page.js';
import { questionnaireSection } from './questionnaire.js';
import { sessionSlides } from './session.js';
import { figure, quoteList, reachTable, themeList, trendExclusions } from './slides.js';
import type { HtmlChart, RegionHtmlInput } from './types.js';

export type { HtmlChart, RegionHtmlInput } from './types.js';

const SECTION_HEADINGS = {
  intro: T.sections.intro,
  results: T.sections.results,
  opportunities: T.sections.opportunities,
  hub: T.sections.hub,
  next: T.sections.next,
} as const;

const stripNumber = (text: string) => text.replace(/^\d\. /, '');

export function toRegionHtml(input: RegionHtmlInput): string {
  const { ctx, region } = input;
  const { labels, facts } = ctx;
  const t = labels.t;
  const keyFindings = findings(region, ctx, { conditionItems: ctx.plan.conditionItems });
  const session = ctx.sessionOf(region.name);
  // With the session's outcomes the report is its final version, and says so in its title.
  const title = `${t(T.docTitle)} ${region.name}${session ? ` (${t(S.finalVersion)})` : ''}`;
  const picker = new PromptPicker(ctx);
  const N = T.notes;
  const minCell = { min: ctx.minCell };

  /** How sure we are, for a chart of `measure`. */
  const certainty = (measure: HtmlChart['measure'] = 'estimate'): string[] => {
    const base =
      measure === 'counts'
        ? [fill(t(N.counts), { min: ctx.minCount })]
        : [
            fill(t(N.estimate), minCell),
            ...(measure === 'comparison'
              ? [
                  fill(t(N.comparison), {
                    q: labels.number(ctx.methods.fdrQ, 2),
                    nmin: ctx.methods.minComparisonN,
                  }),
                ]
              : []),
          ];
    return [
      ...base,
      ...(measure === 'counts' ? [] : [t(N.selfSelected)]),
      ...(ctx.methods.weighted && measure !== 'counts' ? [t(N.weighted)] : []),
    ];
  };
  const followUp = (section: SectionId) =>
    fill(t(N.followUp[section]), { n: labels.number(region.response.respondents, 0), region: region.name });

  const slide = (s: Slide, section: SectionId): DeckSlide | null => {
    const sectionName = stripNumber(t(SECTION_HEADINGS[section]));
    if (s.kind === 'reach') {
      if (region.response.byMunicipality.length === 0) return null;
      const topic = t(T.reach);
      return {
        kind: 'table',
        topic,
        section: sectionName,
        body: h`<h2>${topic}</h2>${reachTable(region, ctx)}`,
        prompt: picker.prompt('response', topic),
        notes: notes(ctx, { sure: [fill(t(N.counts), { min: ctx.minCount })], ask: [followUp(section)] }),
      };
    }
    if (s.kind === 'quotes') {
      const quotes = region.quotes.filter((q) => q.item === s.item);
      if (quotes.length === 0) return null;
      const topic = labels.shortLabel(s.item);
      return {
        kind: 'quotes',
        topic,
        section: sectionName,
        body: h`<h2>${t(T.quotes)}: ${topic}</h2>${quoteList(quotes, ctx)}`,
        prompt: picker.prompt(s.prompt, topic),
        notes: notes(ctx, { sure: [t(N.quotes)], ask: [followUp(section)] }),
      };
    }
    const chart = input.charts.get(s.chart.id);
    if (!chart) return null;
    const themeLists = [
      h`<div><h3>${t(T.opportunitiesList)}</h3>${themeList(region.opportunities, ctx)}</div>`,
      h`<div><h3>${t(T.strengthsList)}</h3>${themeList(region.strengths, ctx)}</div>`,
    ];
    const themes = s.themes ? h`<div class="columns">${themeLists}</div>` : '';
    const excluded = s.trend && ctx.trend ? trendExclusions(ctx.trend.excluded, ctx) : '';
    return {
      kind: 'chart',
      topic: chart.title,
      section: sectionName,
      // A chart's own title states its message, so the slide heading only names the topic.
      body: h`<h2 class="topic">${chart.title}</h2>${figure(chart, ctx)}${themes}${excluded}`,
      prompt: picker.prompt(s.prompt, chart.title),
      notes: notes(ctx, {
        shows: s.themes ? h`${chart.alt}${themeLists}` : chart.alt,
        sure: certainty(chart.measure),
        ask: [followUp(section)],
      }),
      layout: layoutOf(chart.svg),
    };
  };

  const part = (id: SectionId): DeckSlide => {
    const heading = t(SECTION_HEADINGS[id]);
    const sectionName = stripNumber(heading);
    const ask = { ask: [followUp(id)] };
    if (id === 'results')
      return {
        kind: 'part',
        id,
        topic: sectionName,
        section: sectionName,
        body: h`<h2>${heading}</h2>
  <ul class="findings">${keyFindings.map((x) => h`<li>${x}</li>`)}</ul>
  ${ctx.methods.weighted ? h`<p class="muted">${t(T.weightedNote)}</p>` : ''}`,
        prompt: picker.prompt('recognise', sectionName),
        notes: notes(ctx, { sure: [t(N.selfSelected)], ...ask }),
      };
    if (id === 'next')
      return {
        kind: 'part',
        id,
        topic: sectionName,
        section: sectionName,
        body: h`<h2>${heading}</h2>
  <h3>${t(T.keyMessages)}</h3>
  <ul class="findings">${keyFindings.map((x) => h`<li>${x}</li>`)}</ul>`,
        prompt: picker.prompt('conclusions', sectionName),
        notes: notes(ctx, ask),
      };
    return {
      kind: 'part',
      id,
      topic: sectionName,
      section: sectionName,
      body: h`<h2>${heading}</h2>`,
      prompt: picker.prompt(`part_${id}`, sectionName),
      notes: notes(ctx, ask),
    };
  };

  const cover: DeckSlide = {
    kind: 'cover',
    tag: 'header',
    topic: t(T.deck.cover),
    section: '',
    body: h`<p>${t(facts.survey.title)}${facts.survey.wave ? ` · ${facts.survey.wave}` : ''}</p>
  <h1>${title}</h1>
  <p>${t(T.introLead)}</p>
  <div class="facts">
    <div class="fact"><b>${labels.number(region.response.respondents, 0)}</b>${t(T.respondents)}</div>
    ${region.response.byMunicipality.length > 0 ? h`<div class="fact"><b>${region.response.byMunicipality.length}</b>${t(T.municipalities)}</div>` : ''}
  </div>
  ${facts.fieldwork ? h`<p>${t(T.fieldwork)}: ${facts.fieldwork.from} – ${facts.fieldwork.to}</p>` : ''}
  ${session ? h`<p class="session-mark">${fill(t(S.cover), { date: sessionDate(session.date, ctx.lang) })}</p>` : ''}
  <p class="present-start"><button type="button" data-present hidden>${t(T.deck.start)}</button> <span class="keys">${t(T.deck.keys)}</span></p>
  <p class="byline">${t(T.generated)} ${facts.date} · regioscan ${facts.version} · <a href="../index.html">${t(T.overview.national)}</a></p>`,
    notes: notes(ctx, { ask: [followUp('intro')] }),
  };
  const agenda: DeckSlide = {
    kind: 'agenda',
    tag: 'nav',
    id: 'agenda',
    topic: t(T.agenda),
    section: '',
    attributes: h` aria-label="${t(T.agenda)}"`,
    body: h`<h2>${t(T.agenda)}</h2>
  <ol>${ctx.plan.sections.map((s) => h`<li><a href="#${s.id}">${stripNumber(t(SECTION_HEADINGS[s.id]))}</a></li>`)}</ol>
  <p class="muted">${t(T.presentHint)} <a href="#questionnaire">${t(T.sections.questionnaire)}</a> · <a href="#method">${t(T.sections.method)}</a> · <a href="#annex">${t(A.title)}</a></p>`,
    notes: '',
  };

  const steps: DeckSlide = {
    kind: 'part',
    topic: t(T.nextStepsTitle),
    section: stripNumber(t(SECTION_HEADINGS.next)),
    body: h`<h2>${t(T.nextStepsTitle)}</h2>
  <ol class="lead">${T.nextSteps[ctx.lang].map((x) => h`<li>${x}</li>`)}</ol>`,
    prompt: picker.prompt('next', t(T.nextStepsTitle)),
    notes: notes(ctx, { ask: [followUp('next')] }),
  };

  const deck: DeckSlide[] = [cover, agenda];
  for (const s of ctx.plan.sections) {
    deck.push(part(s.id));
    for (const x of s.slides) {
      const built = slide(x, s.id);
      if (built) deck.push(built);
    }
    if (s.id === 'next')
      deck.push(
        // The session's own next steps replace the general ones.
        ...(session ? sessionSlides(session, ctx, picker, stripNumber(t(SECTION_HEADINGS.next))) : [steps]),
      );
  }
  // The cover and agenda stand before <main>, as the document's header and navigation.
  const [head, nav, ...rest] = renderDeck(deck, ctx);
  const body = h`<a class="skip" href="#agenda">${t(T.skip)}</a>
${head}
${nav}
<main>
${rest}
${questionnaireSection(input)}
${methodsSection(ctx, region)}
${annexSection(input)}
</main>
<footer class="doc-foot">${title} · regioscan ${facts.version} · ${facts.date}</footer>`;
  return page(ctx.lang, title, body, {
    script: true,
    data: { next: t(T.deck.next), notesTitle: `${t(T.deck.notes)}: ${title}` },
  });
}
