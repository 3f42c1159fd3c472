/**
 * The one labeller of the reports: codebook ids to labels in the report language (questions,
 * options, phases, themes, indices, blocks) and numbers written as the language writes them.
 * HTML, workbook, charts and the tidy table all label through it. An unknown id falls back to
 * the id itself, so a label never goes missing silently.
 */
import type { Codebook, Question, Scale } from '../../model/codebook.js';
import { formatNumber, formatPercent, type Lang, type Text } from './index.js';

export interface Labeller {
  lang: Lang;
  /** A glossary or codebook text in the report language. */
  t(text: Text): string;
  question(id: string): Question | undefined;
  /** The scale of a question with one, else undefined. */
  scaleOf(questionId: string): Scale | undefined;
  /** Question wording, or the label of the index, phase or theme `id` names, or `id`. */
  itemLabel(id: string): string;
  /** The short label for charts and slides (`short`, else the wording); indices, phases, themes as `itemLabel`. */
  shortLabel(id: string): string;
  /** Question wording, or the id when the codebook lacks it. */
  questionText(id: string): string;
  /** Label of an answer code of a question's scale (missing options too), or the code itself. */
  optionLabel(questionId: string, code: string | number): string;
  phaseLabel(id: string): string;
  themeLabel(id: string): string;
  blockLabel(id: string): string;
  /** A number with `digits` decimals (decimal comma in Dutch). */
  number(value: number, digits?: number): string;
  /** A share 0..1 as a percentage. */
  percent(value: number, digits?: number): string;
}

/** The labeller of one report language over one codebook. */
export function labeller(codebook: Codebook, lang: Lang): Labeller {
  const questions = new Map(codebook.questions.map((q) => [q.id, q]));
  const scales = new Map(codebook.scales.map((s) => [s.id, s]));
  const labelled = (list: readonly { id: string; label: Text }[]) =>
    new Map(list.map((x) => [x.id, x.label]));
  const phases = labelled(codebook.phases);
  const themes = labelled(codebook.themes);
  const indices = labelled(codebook.indices);
  const blocks = new Map(codebook.blocks.map((b) => [b.id, b.title]));
  const t = (text: Text) => text[lang];
  const derived = (id: string) => {
    const label = indices.get(id) ?? phases.get(id) ?? themes.get(id);
    return label ? t(label) : id;
  };
  const scaleOf = (questionId: string) => {
    const q = questions.get(questionId);
    return q && 'scale' in q && q.scale ? scales.get(q.scale) : undefined;
  };
  return {
    lang,
    t,
    question: (id) => questions.get(id),
    scaleOf,
    itemLabel: (id) => {
      const q = questions.get(id);
      return q ? t(q.text) : derived(id);
    },
    shortLabel: (id) => {
      const q = questions.get(id);
      return q ? t(q.short ?? q.text) : derived(id);
    },
    questionText: (id) => {
      const q = questions.get(id);
      return q ? t(q.text) : id;
    },
    optionLabel: (questionId, code) => {
      const scale = scaleOf(questionId);
      const option = [...(scale?.options ?? []), ...(scale?.missing ?? [])].find(
        (o) => String(o.code) === String(code),
      );
      return option ? t(option.label) : String(code);
    },
    phaseLabel: (id) => t(phases.get(id) ?? { nl: id, en: id }),
    themeLabel: (id) => t(themes.get(id) ?? { nl: id, en: id }),
    blockLabel: (id) => t(blocks.get(id) ?? { nl: id, en: id }),
    number: (value, digits = 1) => formatNumber(value, lang, digits),
    percent: (value, digits = 0) => formatPercent(value, lang, digits),
  };
}
