/** The print of a question (wording, type, answer scale) that a later wave's trend compares against. */
import type { Codebook } from './codebook.js';
import type { QuestionPrint } from './previous.js';

export function questionPrints(codebook: Codebook): QuestionPrint[] {
  return codebook.questions.map((q) => {
    const scale = 'scale' in q && q.scale ? codebook.scales.find((s) => s.id === q.scale) : undefined;
    return {
      id: q.id,
      type: q.type,
      text: q.text.nl,
      options: scale?.options.map((o) => `${o.code}=${o.label.nl}`) ?? [],
    };
  });
}
