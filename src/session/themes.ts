import type { Codebook } from '../model/codebook.js';
import { toReportPlan } from '../report/plan/index.js';

/** The blocks drawn in the results and opportunities sections of the report, in slide order. */
export function sessionThemes(codebook: Codebook, lang: 'nl' | 'en'): { id: string; title: string }[] {
  const plan = toReportPlan(codebook);
  const blockOfQuestion = new Map(codebook.questions.map((q) => [q.id, q.block]));
  const blockOf = (item: string) =>
    blockOfQuestion.get(item) ??
    blockOfQuestion.get(codebook.indices.find((i) => i.id === item)?.items[0] ?? '');
  const ids: string[] = [];
  for (const section of plan.sections) {
    if (section.id !== 'results' && section.id !== 'opportunities') continue;
    for (const slide of section.slides) {
      const items = slide.kind === 'chart' ? slide.chart.items : slide.kind === 'quotes' ? [slide.item] : [];
      for (const item of items) {
        const block = blockOf(item);
        if (block !== undefined && !ids.includes(block)) ids.push(block);
      }
    }
  }
  return ids.flatMap((id) => {
    const block = codebook.blocks.find((b) => b.id === id);
    return block ? [{ id, title: block.title[lang] }] : [];
  });
}
