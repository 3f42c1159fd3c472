/**
 * The data tables of the charts (`ChartDef.table`), the text alternative under every figure: every
 * chart of the report plan has one, in both languages, with the numbers the chart shows written as
 * it writes them, n and the 95% interval, and a hidden estimate marked as the chart marks it.
 * Expected values are the fixture's (chart-fixture.ts), worked out from its counts by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ChartDef } from '../../src/report/charts/types.js';
import { figure } from '../../src/report/html/slides.js';
import { toReportPlan } from '../../src/report/plan/index.js';
import { codebook, context, region } from './chart-fixture.js';

const charts = toReportPlan(codebook).charts;
const byId = (id: string): ChartDef => charts.find((c) => c.id === id)!;
const rowOf = (id: string, label: string, lang: 'nl' | 'en' = 'en') =>
  byId(id)
    .table(region, context(lang))
    .rows.find((r) => r[0] === label);

describe.each(['nl', 'en'] as const)('every chart has a data table (%s)', (lang) => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: a caption, headers, a full row per row', (_, chart) => {
    const table = chart.table(region, context(lang));
    expect(table.caption?.length).toBeGreaterThan(3);
    expect(table.columns.length).toBeGreaterThanOrEqual(2);
    expect(table.columns[0]?.numeric).toBeFalsy();
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row).toHaveLength(table.columns.length);
      expect(row.every((cell) => cell !== '')).toBe(true);
    }
  });

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: every n of the table is an n of its text alternative',
    (_, chart) => {
      const ctx = context(lang);
      const table = chart.table(region, ctx);
      const alt = chart.alt(region, ctx);
      const nColumns = table.columns.flatMap((c, i) => (/^n( |$)/.test(c.label) ? [i] : []));
      for (const row of table.rows)
        for (const i of nColumns)
          if (row[i] !== '–') expect(alt, `${chart.id}: n = ${row[i]}`).toContain(row[i]);
    },
  );
});

describe('table(region, ctx)', () => {
  it('likert-conditions: D1 is 10/18/30/28/14 of 100, 42% agree (33% to 51%), mean 3.18 (3.00 to 3.36)', () => {
    expect(
      byId('likert-conditions')
        .table(region, context('en'))
        .columns.map((c) => c.label),
    ).toEqual([
      'Statement',
      'Strongly disagree',
      'Disagree',
      'Neutral',
      'Agree',
      'Strongly agree',
      '(Strongly) agree (95% interval)',
      'Mean (95% interval)',
      'n',
    ]);
    expect(rowOf('likert-conditions', 'Involved early')).toEqual([
      'Involved early',
      '10%',
      '18%',
      '30%',
      '28%',
      '14%',
      '42% (33% to 51%)',
      '3.2 (3.0 to 3.4)',
      '100',
    ]);
    expect(rowOf('likert-conditions', 'Vroeg betrokken', 'nl')?.[6]).toBe('42% (33% tot 51%)');
  });

  it('likert-conditions: D8 (n = 8) shows the marker, no share, no mean and no n', () => {
    expect(rowOf('likert-conditions', 'Lived experience paid')).toEqual([
      'Lived experience paid',
      '–',
      '–',
      '–',
      '–',
      '–',
      'n<10, not shown',
      '–',
      '–',
    ]);
  });

  it('choice-g1: n = 6, every option marked and no n', () => {
    expect(byId('choice-g1').table(region, context('nl')).rows).toEqual([
      ['Cliëntenraad', 'n<10, niet getoond', '–'],
      ['Wmo-raad', 'n<10, niet getoond', '–'],
    ]);
  });

  it('matrix-forms: B2 90% never (84% to 96%) of 300; columns are the answers', () => {
    const table = byId('matrix-forms').table(region, context('en'));
    expect(table.columns.map((c) => c.label)).toEqual(['Question', 'Never', 'Sometimes', 'Often', 'n']);
    expect(table.rows[1]).toEqual([
      'Citizens’ assembly',
      '90% (84% to 96%)',
      '8% (2% to 14%)',
      '2% (0% to 8%)',
      '300',
    ]);
  });

  it('ladder: evaluation desired hidden (n = 7), its gap too; now 1.8 (1.6 to 2.0) of 125', () => {
    expect(rowOf('ladder', 'Evaluation')).toEqual([
      'Evaluation',
      '1.8 (1.6 to 2.0)',
      '125',
      'n<10, not shown',
      '–',
      'n<10, not shown',
      '–',
    ]);
    expect(rowOf('ladder', 'Decision making')?.[5]).toBe('+2.4 (+2.2 to +2.7)');
  });

  it('perspective: D2 a clear difference of −1.1; D7 with the professionals hidden', () => {
    const table = byId('perspective').table(region, context('en'));
    expect(table.rows[0]).toEqual([
      'Feedback on input',
      '2.0 (1.9 to 2.2)',
      '70',
      '3.1 (2.9 to 3.3)',
      '34',
      '−1.1 (−1.4 to −0.8)',
      'Clear difference',
    ]);
    expect(table.rows.at(-1)?.slice(3)).toEqual([
      'n<10, not shown',
      '–',
      'Professionals: n<10, not shown',
      '–',
    ]);
    expect(table.columns[2]?.label).toBe('n (Residents, clients, relatives)');
  });

  it('conditions-index: the region, its subregions and the country, with interval and n', () => {
    expect(byId('conditions-index').table(region, context('nl')).rows).toEqual([
      ['Zuid-Holland Noord (totaal)', '48 (44 tot 51)', '118'],
      ['Leidse Regio', '51 (46 tot 56)', '58'],
      ['Duin- en Bollenstreek', '49 (43 tot 55)', '39'],
      ['Rijnstreek', '36 (29 tot 44)', '21'],
      ['Alle regio’s samen', '51 (50 tot 52)', '2.718'],
    ]);
  });

  it('response-role: the hidden counts say "niet getoond", never a number', () => {
    const rows = byId('response-role').table(region, context('nl')).rows;
    expect(rows.at(-1)).toEqual(['Gemeente', 'Professionals', 'niet getoond (kleine aantallen)']);
    expect(rows[0]).toEqual(['Inwoner zonder zorgvraag', 'Inwoners, cliënten, naasten', '82']);
  });

  it('ipa: the hidden theme is marked in both columns, without a quadrant', () => {
    expect(rowOf('ipa', 'Homelessness')).toEqual([
      'Homelessness',
      'n<10, not shown',
      '–',
      'n<10, not shown',
      '–',
      '–',
    ]);
    expect(rowOf('ipa', 'Mental health of young people')?.[5]).toBe('Opportunity');
  });
});

describe('figure(chart, ctx)', () => {
  const ctx = { ...context('nl'), minCount: 5 } as unknown as Parameters<typeof figure>[1];
  const chart = {
    id: 'x',
    title: 'Onderwerp',
    svg: '<svg width="10"></svg>',
    alt: 'lang <b>',
    message: 'Eén zin & meer',
    table: {
      caption: 'Tabel <i>',
      columns: [{ label: 'Vraag' }, { label: 'Aandeel', numeric: true }],
      rows: [['A & B', '42%']],
    },
  };

  it('names the SVG in one sentence and puts the table, captioned, with scoped headers, in "Gegevens als tabel"', () => {
    const html = figure(chart, ctx).html;
    expect(html).toContain('<svg role="img" aria-label="Eén zin &amp; meer" width="10">');
    expect(html).toContain('<details class="data-table"><summary>Gegevens als tabel</summary>');
    expect(html).toContain('<caption>Tabel &lt;i&gt;</caption>');
    expect(html).toContain('<th scope="col">Vraag</th><th scope="col" class="num">Aandeel</th>');
    expect(html).toContain('<tr><th scope="row">A &amp; B</th><td class="num">42%</td></tr>');
    expect(html).not.toContain('lang &lt;b&gt;');
  });

  it('without a table, the text alternative stands there in words', () => {
    const html = figure({ ...chart, table: undefined }, ctx).html;
    expect(html).toContain('<p>lang &lt;b&gt;</p>');
  });
});
