/**
 * A role drawn as one chart (lived experience): its groups become the panels of one chart on one
 * slide, whatever kinds its questions are; one group keeps the chart of its kind; a block too tall
 * for a slide keeps a slide per group; the questionnaire places every question in the chart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { panelsHeight } from '../../src/report/charts/panels.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { codebook } from './chart-fixture.js';
import { blockF, bookF, withBlockF } from './panels-fixture.js';

const t = (nl: string, en: string) => ({ nl, en });
const chartIds = (book: Codebook) => toReportPlan(book).charts.map((c) => c.id);

describe('toReportPlan(codebook) with a lived-experience block', () => {
  it('draws F1, F2 (single, one scale) and F3 (multi) as one chart on one hub slide', () => {
    const plan = toReportPlan(bookF);
    const chart = plan.charts.find((c) => c.id === 'lived-experience');
    expect(chart?.items).toEqual(['F1', 'F2', 'F3']);
    expect(chartIds(bookF)).not.toContain('matrix-lived-experience');
    expect(chartIds(bookF)).not.toContain('choice-f3');
    const hub = plan.sections.find((s) => s.id === 'hub')!;
    const slides = hub.slides.filter((s) => s.kind === 'chart' && s.chart.id === 'lived-experience');
    expect(slides).toHaveLength(1);
    expect(slides[0]).toMatchObject({ prompt: 'lived_experience' });
    // The questionnaire appendix links each question to the chart that draws it.
    expect(plan.questions.filter((p) => p.item.startsWith('F'))).toEqual([
      { item: 'F1', section: 'hub', how: 'chart', chart: 'lived-experience' },
      { item: 'F2', section: 'hub', how: 'chart', chart: 'lived-experience' },
      { item: 'F3', section: 'hub', how: 'chart', chart: 'lived-experience' },
    ]);
  });

  it('the bundled demo codebook: block F (used, paid, in which roles) is one chart', () => {
    const demo = Codebook.parse(JSON.parse(readFileSync('data/demo/codebook.json', 'utf8')));
    const plan = toReportPlan(demo);
    const chart = plan.charts.find((c) => c.id === 'lived-experience');
    expect(chart?.items).toEqual(['F1_ingezet', 'F2_betaald', 'F3_rol']);
    expect(plan.charts.map((c) => c.id)).not.toContain('choice-f3-rol');
  });

  it('keeps the chart of its kind when the block has one kind of question', () => {
    const singles = withBlockF(codebook, blockF().slice(0, 2));
    expect(chartIds(singles)).toContain('matrix-lived-experience');
    expect(chartIds(singles)).not.toContain('lived-experience');
    const multi = withBlockF(codebook, blockF().slice(2));
    expect(chartIds(multi)).toContain('choice-f3');
    expect(chartIds(multi)).not.toContain('lived-experience');
  });

  it('without the role, the questions keep a chart each', () => {
    const book = Codebook.parse({
      ...bookF,
      blocks: bookF.blocks.map(({ role: _, ...b }) => b),
    } as CodebookInput);
    const ids = chartIds(book);
    expect(ids).toEqual(expect.arrayContaining(['matrix-f1', 'choice-f3']));
    expect(ids).not.toContain('lived-experience');
  });

  it('follows the questions, not the demo: a Likert item, a number and a yes/partly/no question are three panels', () => {
    const book = withBlockF(codebook, [
      {
        id: 'X1',
        block: 'F',
        type: 'likert',
        column: 'x1',
        scale: 'eens5',
        text: t('Ervaringsdeskundigen worden serieus genomen', 'Experts by experience are taken seriously'),
      },
      { id: 'X2', block: 'F', type: 'numeric', column: 'x2', text: t('Uren per maand', 'Hours a month') },
      blockF()[0]!,
    ]);
    const plan = toReportPlan(book);
    const chart = plan.charts.find((c) => c.id === 'lived-experience');
    expect(chart?.items).toEqual(['X1', 'X2', 'F1']);
    expect(plan.charts.some((c) => c.id.startsWith('likert-lived') || c.id.startsWith('numeric-lived'))).toBe(
      false,
    );
  });

  it('a block too tall for a slide (a multiple choice of 12 roles under the matrix) keeps a slide per group', () => {
    const roles = Array.from({ length: 12 }, (_, i) => ({
      code: i + 1,
      label: t(
        `Een rol met een wat langere omschrijving nummer ${i + 1}`,
        `A role with a longer description ${i + 1}`,
      ),
    }));
    const base = withBlockF(codebook);
    const book = Codebook.parse({
      ...base,
      scales: base.scales.map((s) => (s.id === 'edrol' ? { ...s, options: roles } : s)),
      questions: base.questions.map((q) =>
        q.id === 'F3' && q.type === 'multi'
          ? { ...q, columns: roles.map((r) => ({ code: r.code, column: `f3_${r.code}` })) }
          : q,
      ),
    } as CodebookInput);
    // 12 rows of two-line labels at 46 px are 552 px before the title and the heat map.
    const panels = [
      { kind: 'matrix' as const, title: t('', ''), items: ['F1', 'F2'] },
      { kind: 'choice' as const, title: t('', ''), items: ['F3'] },
    ];
    const title = t('Ervaringsdeskundigheid', 'Lived experience');
    expect(panelsHeight({ title, panels }, book)).toBeGreaterThan(656);
    expect(panelsHeight({ title, panels }, bookF)).toBeLessThanOrEqual(656);
    expect(chartIds(book)).toEqual(expect.arrayContaining(['matrix-lived-experience', 'choice-f3']));
  });
});
