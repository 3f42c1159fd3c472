/**
 * The slides of a regioscan as a deck: each slide is numbered, names its topic, carries its
 * question for the room and its speaker notes, and is laid out for the 1280×720 stage of
 * presentation mode when the HTML is written (the script only switches slides, see present.ts).
 *
 * A chart slide puts its question beside the chart when the chart fits 960×656 at full size, else
 * under it (up to 1248×572); a chart larger than both is shown smaller, where the browser test
 * would notice it.
 */
import type { ReportContext } from '../context.js';
import { asTopic } from '../headlines.js';
import { fill, type PromptKey, html as T } from '../labels/html.js';
import { h, Raw } from './escape.js';
import { STAGE } from './present.js';

/** Room for a chart on the stage, in px: beside its question, or above it. */
export const CHART_AREA = {
  side: { width: 960, height: 656 },
  below: { width: 1248, height: 572 },
} as const;

export type Layout = 'side' | 'below';

/** The layout of a chart slide from the chart's own size. */
export function layoutOf(svg: string): Layout {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? STAGE.width);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? STAGE.height);
  const scale = (area: { width: number; height: number }) =>
    Math.min(1, area.width / width, area.height / height);
  return scale(CHART_AREA.side) >= scale(CHART_AREA.below) ? 'side' : 'below';
}

export interface DeckSlide {
  kind: 'cover' | 'agenda' | 'part' | 'chart' | 'table' | 'quotes';
  /** Element and anchor, e.g. `section` with id `results`. */
  tag?: 'section' | 'header' | 'nav';
  id?: string;
  /** The subject of the slide, in the footer and in the notes' "next". */
  topic: string;
  /** The section of the session it belongs to, in the footer. */
  section: string;
  body: Raw;
  prompt?: Raw;
  notes: Raw | '';
  layout?: Layout;
  attributes?: Raw;
}

/** Picks the question for the room of each slide so that no two slides of a report ask the same. */
export class PromptPicker {
  private readonly used = new Map<PromptKey, number>();
  private readonly asked = new Set<string>();

  constructor(private readonly ctx: ReportContext) {}

  /** The question for `key` on a slide about `topic`. */
  text(key: PromptKey, topic: string): string {
    const { t } = this.ctx.labels;
    const k = this.used.get(key) ?? 0;
    this.used.set(key, k + 1);
    const about = `‘${asTopic(topic)}’`;
    const again = (T.promptsAgain as Partial<Record<PromptKey, readonly { nl: string; en: string }[]>>)[key];
    let text =
      k === 0
        ? t(T.prompts[key])
        : fill(t(again?.[Math.min(k, again.length) - 1] ?? T.promptAgain), { topic: about });
    // Two slides on one topic with the same key: the general phrasing tells them apart.
    if (this.asked.has(text)) text = fill(t(T.promptAgain), { topic: about });
    this.asked.add(text);
    return text;
  }

  /** The question as the slide shows it. */
  prompt(key: PromptKey, topic: string): Raw {
    return h`<aside class="prompt"><b>${this.ctx.labels.t(T.prompt)}</b>${this.text(key, topic)}</aside>`;
  }
}

/** Speaker notes: what the slide shows, how sure we are, what to ask. */
export function notes(
  ctx: ReportContext,
  parts: { shows?: string | Raw; sure?: string[]; ask?: string[] },
): Raw {
  const D = T.deck;
  const { t } = ctx.labels;
  const block = (title: string, paragraphs: (string | Raw)[]) =>
    paragraphs.length > 0 ? h`<h3>${title}</h3>${paragraphs.map((p) => h`<p>${p}</p>`)}` : '';
  return h`${parts.shows ? block(t(D.shows), [parts.shows]) : ''}${block(t(D.sure), parts.sure ?? [])}${block(t(D.ask), parts.ask ?? [])}`;
}

/** The slides as HTML: numbered, with their footer and notes; `data-slide` marks them for the script. */
export function renderDeck(slides: readonly DeckSlide[], ctx: ReportContext): Raw[] {
  const { t } = ctx.labels;
  const total = slides.length;
  return slides.map((s, i) => {
    const tag = s.tag ?? 'section';
    const classes = ['slide', s.kind, ...(s.layout ? [`layout-${s.layout}`] : [])].join(' ');
    const notesHtml = s.notes
      ? h`<details class="notes"><summary>${t(T.deck.notes)}</summary><div class="notes-body">${s.notes}</div></details>`
      : '';
    return h`<${new Raw(tag)} class="${classes}"${s.id ? h` id="${s.id}"` : ''} data-slide="${i + 1}" data-topic="${s.topic}"${s.attributes ?? ''}>
${s.body}${s.prompt ?? ''}${notesHtml}
<footer class="slide-foot" aria-hidden="true"><span>${s.section}${s.section && s.topic !== s.section ? ` · ${s.topic}` : ''}</span><span>${i + 1} / ${total}</span></footer>
</${new Raw(tag)}>\n`;
  });
}
