/**
 * A co-creation session's outcomes in the final version of a region's regioscan: what the session
 * recognised per theme, the agreed opportunities and hub ideas, and the next steps, as slides in
 * "Conclusies en vervolgstappen" and as a part of the evidence annex. Every part says that it is
 * the session's conclusion, not a survey result.
 */

import type { Session, SessionTheme } from '../../model/session.js';
import type { ReportContext } from '../context.js';
import { annex as A } from '../labels/annex.js';
import { fill } from '../labels/html.js';
import { session as S, sessionDate } from '../labels/session.js';
import { type DeckSlide, notes, type PromptPicker } from './deck.js';
import { h, type Raw } from './escape.js';

/** Lines of text a session slide holds under its heading and mark, beside its question. */
const SLIDE_LINES = 13;
/** Characters on a line of a session table on a slide (its text column at 20 px). */
const LINE_CHARS = 58;

const linesOf = (text: string) => Math.max(1, Math.ceil(text.length / LINE_CHARS));

/** Split `rows` into slides of at most `SLIDE_LINES` lines, keeping each row whole. */
function chunks<T>(rows: readonly T[], lines: (row: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const row of rows) {
    const n = lines(row);
    if (current.length > 0 && used + n > SLIDE_LINES) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(row);
    used += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The mark on every part of the session's outcomes: whose conclusions these are. */
export function sessionMark(session: Session, ctx: ReportContext): Raw {
  const t = ctx.labels.t;
  const date = sessionDate(session.date, ctx.lang);
  return h`<p class="session-mark"><b>${fill(t(A.session), { date })}</b> ${t(A.sessionMark)}</p>`;
}

const recognisedText = (theme: SessionTheme, ctx: ReportContext) =>
  ctx.labels.t(theme.recognised ? S.recognised[theme.recognised] : S.recognised.none);

function recognitionTable(themes: readonly SessionTheme[], ctx: ReportContext, caption: string): Raw {
  const t = ctx.labels.t;
  const C = S.columns;
  return h`<table class="session" aria-label="${caption}">
<thead><tr><th scope="col">${t(C.theme)}</th><th scope="col">${t(C.recognised)}</th><th scope="col">${t(C.why)}</th></tr></thead>
<tbody>${themes.map((x) => h`<tr><th scope="row">${x.title}</th><td class="recognised ${x.recognised ?? 'none'}">${recognisedText(x, ctx)}</td><td>${paragraphs(x.why)}</td></tr>`)}</tbody></table>`;
}

function stepsTable(steps: Session['nextSteps'], ctx: ReportContext, caption: string): Raw {
  const t = ctx.labels.t;
  const C = S.columns;
  return h`<table class="session" aria-label="${caption}">
<thead><tr><th scope="col">${t(C.action)}</th><th scope="col">${t(C.owner)}</th><th scope="col">${t(C.due)}</th></tr></thead>
<tbody>${steps.map((s) => h`<tr><td>${s.action}</td><td>${s.owner || h`<span class="muted">${t(S.noOwner)}</span>`}</td><td class="nowrap">${s.due ? sessionDate(s.due, ctx.lang) : h`<span class="muted">${t(S.noDate)}</span>`}</td></tr>`)}</tbody></table>`;
}

/** Free text with its line breaks kept as separate lines. */
function paragraphs(text: string): Raw {
  const lines = text.split(/\n+/).filter((l) => l.trim() !== '');
  return h`${lines.map((l, i) => (i === 0 ? h`${l}` : h`<br>${l}`))}`;
}

function list(items: readonly string[], ctx: ReportContext, ordered: boolean): Raw {
  if (items.length === 0) return h`<p class="muted">${ctx.labels.t(S.none)}</p>`;
  const body = items.map((x) => h`<li>${x}</li>`);
  return ordered ? h`<ol>${body}</ol>` : h`<ul>${body}</ul>`;
}

/**
 * The session's slides in the last part of the deck: recognition per theme, the agreed
 * opportunities and hub ideas, the next steps (each split over more slides when long).
 */
export function sessionSlides(
  session: Session,
  ctx: ReportContext,
  picker: PromptPicker,
  section: string,
): DeckSlide[] {
  const t = ctx.labels.t;
  const date = sessionDate(session.date, ctx.lang);
  const mark = sessionMark(session, ctx);
  const slideNotes = notes(ctx, {
    shows: fill(t(S.notes.shows), { date }),
    sure: [t(S.notes.sure)],
    ask: [t(S.notes.ask)],
  });
  const titled = (title: string, i: number) => (i === 0 ? title : `${title} ${t(S.more)}`);
  const slides: DeckSlide[] = [];

  const discussed = session.themes.filter((x) => x.recognised !== null || x.why !== '');
  chunks(discussed, (x) => Math.max(linesOf(x.why), linesOf(x.title)) + 0.5).forEach((rows, i) => {
    const title = titled(t(S.recognitionTitle), i);
    slides.push({
      kind: 'table',
      topic: title,
      section,
      body: h`<h2>${title}</h2>${mark}${recognitionTable(rows, ctx, title)}`,
      prompt: picker.prompt('sessionRecognition', title),
      notes: slideNotes,
    });
  });

  const agreed = [
    ...session.opportunities.map((x) => ({ kind: 'opportunity' as const, x })),
    ...session.hubIdeas.map((x) => ({ kind: 'idea' as const, x })),
  ];
  if (agreed.length > 0)
    chunks(agreed, (r) => linesOf(r.x) + 0.3).forEach((rows, i) => {
      const title = titled(t(S.agreedTitle), i);
      const opportunities = rows.filter((r) => r.kind === 'opportunity').map((r) => r.x);
      const ideas = rows.filter((r) => r.kind === 'idea').map((r) => r.x);
      slides.push({
        kind: 'table',
        topic: title,
        section,
        body: h`<h2>${title}</h2>${mark}<div class="session-columns">
  ${opportunities.length > 0 ? h`<div><h3>${t(S.opportunities)}</h3>${list(opportunities, ctx, true)}</div>` : ''}
  ${ideas.length > 0 ? h`<div><h3>${t(S.hubIdeas)}</h3>${list(ideas, ctx, false)}</div>` : ''}
</div>`,
        prompt: picker.prompt('sessionAgreed', title),
        notes: slideNotes,
      });
    });

  chunks(session.nextSteps, (s) => Math.max(linesOf(s.action) * 0.6, linesOf(s.owner) * 0.4) + 0.6).forEach(
    (rows, i) => {
      const title = titled(t(S.stepsTitle), i);
      slides.push({
        kind: 'table',
        topic: title,
        section,
        body: h`<h2>${title}</h2>${mark}${stepsTable(rows, ctx, title)}`,
        prompt: picker.prompt('sessionSteps', title),
        notes: slideNotes,
      });
    },
  );
  return slides;
}

/** The session's outcomes in the evidence annex: everything on one page, marked as the session's. */
export function sessionAnnexPart(session: Session, ctx: ReportContext): Raw {
  const t = ctx.labels.t;
  const date = sessionDate(session.date, ctx.lang);
  const heading = fill(t(A.session), { date });
  return h`<section class="annex-session" aria-labelledby="annex-session">
<h3 id="annex-session">${heading}</h3>
<p class="session-mark">${t(A.sessionMark)}</p>
${session.participants ? h`<p><b>${t(S.participants)}:</b> ${session.participants}</p>` : ''}
<h4>${t(S.recognitionTitle)}</h4>
${recognitionTable(session.themes, ctx, t(S.recognitionTitle))}
<h4>${t(S.opportunities)}</h4>
${list(session.opportunities, ctx, true)}
<h4>${t(S.hubIdeas)}</h4>
${list(session.hubIdeas, ctx, false)}
<h4>${t(S.stepsTitle)}</h4>
${session.nextSteps.length > 0 ? stepsTable(session.nextSteps, ctx, t(S.stepsTitle)) : list([], ctx, false)}
</section>`;
}
