/**
 * The report plan from the codebook alone: roles place questions, a codebook without roles still
 * places every question, and groups follow the questionnaire (a frequency matrix, Likert blocks).
 */
import { describe, expect, it } from 'vitest';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { toQuestionGroups } from '../../src/report/plan/groups.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { codebook } from './chart-fixture.js';

const withoutRoles = (book: Codebook): Codebook =>
  Codebook.parse({
    ...book,
    blocks: book.blocks.map(({ role: _, ...b }) => b),
    indices: book.indices.map(({ role: _, ...i }) => i),
    questions: book.questions.map(({ role: _, ...q }) => q),
  } as CodebookInput);

describe('toReportPlan(codebook)', () => {
  it('places every question of the fixture codebook, closed ones in a chart that the plan draws', () => {
    const plan = toReportPlan(codebook);
    const ids = new Set(plan.charts.map((c) => c.id));
    expect(plan.questions.map((p) => p.item)).toEqual(codebook.questions.map((q) => q.id));
    for (const p of plan.questions) {
      expect(p.how).toBe('chart');
      expect(ids.has(p.chart!), p.item).toBe(true);
    }
    expect(plan.conditionsIndex?.id).toBe('randvoorwaarden');
    expect(plan.conditionItems).toContain('D1');
  });

  it('without any role still places every question, each in the generic chart of its kind', () => {
    const plan = toReportPlan(withoutRoles(codebook));
    const ids = new Set(plan.charts.map((c) => c.id));
    for (const p of plan.questions) expect(ids.has(p.chart!), p.item).toBe(true);
    // No conditions profile without a role; the Likert blocks and the index get charts of their own.
    expect(plan.conditionsIndex).toBeUndefined();
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'likert-d1',
        'likert-e1',
        'index-randvoorwaarden',
        'matrix-b1',
        'choice-g1',
        'ladder',
        'ipa',
      ]),
    );
    expect(ids.has('conditions')).toBe(false);
    // Roles decide the section: without them the matrix and the multi-select sit in the results.
    const results = plan.sections.find((s) => s.id === 'results')!;
    const inResults = results.slides.flatMap((s) => (s.kind === 'chart' ? [s.chart.id] : []));
    expect(inResults).toEqual(expect.arrayContaining(['matrix-b1', 'choice-g1']));
  });

  it('puts role charts in the session agenda: background in the intro, forms in the hub, priorities after the results', () => {
    const plan = toReportPlan(codebook);
    const where = (id: string) =>
      plan.sections.find((s) => s.slides.some((x) => x.kind === 'chart' && x.chart.id === id))?.id;
    expect(where('choice-a3')).toBe('intro');
    expect(where('matrix-forms')).toBe('hub');
    expect(where('choice-g1')).toBe('hub');
    expect(where('ipa')).toBe('opportunities');
    expect(where('conditions')).toBe('results');
    expect(where('perspective')).toBe('results');
  });

  it('an index marked conditions is the conditions index even when its block has no role', () => {
    const book = withoutRoles(codebook);
    const marked = Codebook.parse({
      ...book,
      blocks: book.blocks.map((b) => (b.id === 'D' ? { ...b, role: 'conditions' } : b)),
      indices: book.indices.map((i) => ({ ...i, role: 'conditions' })),
    } as CodebookInput);
    expect(toReportPlan(marked).conditionsIndex?.id).toBe('randvoorwaarden');
  });
});

describe('toQuestionGroups(codebook)', () => {
  it('gathers two single-choice questions of one block on one scale into a frequency matrix', () => {
    const groups = toQuestionGroups(codebook);
    const matrix = groups.find((g) => g.kind === 'matrix');
    expect(matrix).toMatchObject({ items: ['B1', 'B2'], role: 'forms', section: 'hub' });
    expect(groups.find((g) => g.items.includes('A3'))?.kind).toBe('choice');
  });

  it('one Likert group per block and scale; the ladder and the importance questions one group each', () => {
    const groups = toQuestionGroups(codebook);
    expect(groups.filter((g) => g.kind === 'likert').map((g) => g.items[0])).toEqual(['D1', 'E1']);
    expect(groups.filter((g) => g.kind === 'ladder')).toHaveLength(1);
    expect(groups.find((g) => g.kind === 'ipa')?.items).toHaveLength(16);
    expect(groups.flatMap((g) => g.items).sort()).toEqual(codebook.questions.map((q) => q.id).sort());
  });
});
