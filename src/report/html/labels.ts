/** Labels of codebook things in the report language: questions, options, phases, themes. */
import type { Codebook, LocalText } from '../../model/codebook.js';
import type { Lang } from '../labels/index.js';

export interface Labeller {
  lang: Lang;
  text(t: LocalText): string;
  question(id: string): string;
  option(questionId: string, code: string | number): string;
  theme(id: string): string;
  phase(id: string): string;
  block(id: string): string;
}

export function labeller(codebook: Codebook, lang: Lang): Labeller {
  const questions = new Map(codebook.questions.map((q) => [q.id, q]));
  const scales = new Map(codebook.scales.map((s) => [s.id, s]));
  const themes = new Map(codebook.themes.map((t) => [t.id, t.label]));
  const phases = new Map(codebook.phases.map((p) => [p.id, p.label]));
  const blocks = new Map(codebook.blocks.map((b) => [b.id, b.title]));
  const text = (t: LocalText) => t[lang];
  return {
    lang,
    text,
    question: (id) => {
      const q = questions.get(id);
      return q ? text(q.short ?? q.text) : id;
    },
    option: (questionId, code) => {
      const q = questions.get(questionId);
      const scale = q && 'scale' in q ? scales.get(q.scale) : undefined;
      const option = scale?.options.find((o) => String(o.code) === String(code));
      return option ? text(option.label) : String(code);
    },
    theme: (id) => (themes.has(id) ? text(themes.get(id)!) : id),
    phase: (id) => (phases.has(id) ? text(phases.get(id)!) : id),
    block: (id) => (blocks.has(id) ? text(blocks.get(id)!) : id),
  };
}
