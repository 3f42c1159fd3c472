/**
 * The evidence annex of a region: who commissioned and ran the survey (project file over the
 * codebook, a region's own entry over the run's), reach against the population, the region's own
 * row accounting, limitations that follow the run's method, key indicators with the intervals the
 * analysis published, and nothing that discloses a hidden count. Checked on the workbook fixture,
 * whose numbers are written out there.
 */
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../src/analyse/types.js';
import { About, aboutRegion } from '../../src/model/about.js';
import { toAnnex } from '../../src/report/annex.js';
import { toAnnexHtml } from '../../src/report/html/annex.js';
import { indicators, region, toFixtureContext } from './workbook-fixture.js';

const about = About.parse({
  commissionedBy: 'Coalitie Participatie Holland Rijnland',
  recruitment: {
    nl: 'Via cliëntenraden en de gemeentelijke nieuwsbrief',
    en: 'Through client councils and the municipal newsletter',
  },
  fieldwork: { from: '2026-02-01', to: '2026-02-28' },
  limitations: ['Geen online panel in de Rijnstreek'],
  regions: { [region.name]: { conductedBy: 'Bureau Regio' }, Elders: { conductedBy: 'Iemand anders' } },
});

describe('toAnnex', () => {
  it('takes who and when from the project file, a region’s own entry first, and says what is not stated', () => {
    const ctx = toFixtureContext('nl');
    const a = toAnnex(region, ctx, aboutRegion(about, region.name));
    expect(a.who.commissionedBy).toBe('Coalitie Participatie Holland Rijnland');
    expect(a.who.conductedBy).toBe('Bureau Regio');
    expect(a.who.recruitment).toBe('Via cliëntenraden en de gemeentelijke nieuwsbrief');
    expect(a.who.fieldwork).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(a.limitations.at(-1)).toBe('Geen online panel in de Rijnstreek');
    const bare = toAnnex(region, ctx, aboutRegion(null, region.name));
    expect(bare.who.commissionedBy).toBeNull();
    expect(toAnnex(region, toFixtureContext('en'), aboutRegion(about, region.name)).who.recruitment).toBe(
      'Through client councils and the municipal newsletter',
    );
  });

  it('puts reach against the residents of the subregions: 148 over their population, per 10,000', () => {
    const a = toAnnex(region, toFixtureContext('nl'));
    const population = region.response.bySubregion.reduce((s, c) => s + (c.population ?? 0), 0);
    expect(a.reach.population).toBe(population);
    expect(a.reach.per10k).toBeCloseTo((148 / population) * 10_000, 10);
  });

  it('gives no share of residents when a role count is hidden (it would reveal the hidden count)', () => {
    const ctx = toFixtureContext('nl');
    const hidden = toAnnex(region, ctx).requirements.flatMap((r) => r.notes);
    expect(hidden.some((n) => n.startsWith('Inwoners, cliënten en naasten:'))).toBe(false);
    // With every role count published: (52 + 47 + 8) / 148 residents, clients and relatives.
    const byRole = region.response.byRole.map((c) =>
      c.count === null ? { ...c, count: 8, suppressed: false } : c,
    );
    const open = { ...region, response: { ...region.response, byRole } };
    const notes = toAnnex(open, ctx).requirements.flatMap((r) => r.notes);
    expect(notes).toContain(
      `Inwoners, cliënten en naasten: ${ctx.labels.percent(107 / 148)} van de respondenten.`,
    );
  });

  it('lists the conditions index with the interval analyse published, and limitations that follow the method', () => {
    const ctx = toFixtureContext('nl');
    const a = toAnnex(region, ctx);
    const index = a.key.find((f) => f.label === 'Randvoorwaarden');
    expect(index).toEqual(expect.objectContaining({ value: '44', interval: '40–47', n: 139 }));
    expect(a.limitations[1]).toContain('niet gewogen');
    const weighted: Indicators = { ...indicators, methods: { ...indicators.methods, weighted: true } };
    expect(toAnnex(region, toFixtureContext('nl', weighted)).limitations[1]).toContain(
      'gewogen naar de bevolking',
    );
  });

  it('marks a suppressed estimate as not shown, never with a number', () => {
    const ctx = toFixtureContext('nl');
    const figures = toAnnex(region, ctx).requirements.flatMap((r) => r.figures);
    for (const f of figures.filter((x) => x.value.startsWith('n<'))) {
      expect(f.interval).toBeNull();
      expect(f.n).toBeNull();
    }
  });
});

describe('toAnnexHtml', () => {
  it('is a page of its own in the run’s language, with the region’s accounting, every hash whole, and links into the regioscan', () => {
    const ctx = toFixtureContext('nl');
    const html = toAnnexHtml({ ctx, region, charts: new Map() });
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain('<td>meegenomen</td>');
    expect(html).not.toMatch(/>included</);
    for (const input of ctx.facts.inputs) expect(html).toContain(`<code class="hash">${input.sha256}</code>`);
    expect(html).toContain('href="regioscan.html#chart-');
    expect(html).not.toContain('<script');
    const en = toAnnexHtml({ ctx: toFixtureContext('en'), region, charts: new Map() });
    expect(en).toContain('What the application must show');
    expect(en).not.toContain('Wat de aanvraag moet laten zien');
  });

  it('lists reach per subregion and per role where the run has them, and credits the maps only beside a map', () => {
    const ctx = toFixtureContext('nl');
    const withMap = toAnnexHtml({ ctx, region, charts: new Map([['map-reach', {} as never]]) });
    expect(withMap).toContain('<h4>Per subregio, tegen het aantal inwoners</h4>');
    expect(withMap).toContain('<h4>Per rol</h4>');
    expect(withMap).toContain('Kaarten: grenzen © CBS / PDOK');
    // No subregions, no role question, no map: no empty tables, no credit for a map that is not there.
    const plain = {
      ...region,
      response: { ...region.response, bySubregion: [], byRole: [], byMunicipality: [] },
    };
    const html = toAnnexHtml({ ctx, region: plain, charts: new Map() });
    expect(html).not.toContain('Per subregio');
    expect(html).not.toContain('Per rol');
    expect(html).not.toContain('Kaarten:');
    expect(html).toContain('<h3>Steekproef en bereik</h3>');
  });

  it('shows a run option without a value as "–", a list joined with commas', () => {
    const base = toFixtureContext('nl');
    const ctx = {
      ...base,
      facts: { ...base.facts, options: { sessions: [], inputs: ['a.csv', 'b.csv'], weight: null } },
    };
    const html = toAnnexHtml({ ctx, region, charts: new Map() });
    expect(html).toContain('<th><code>sessions</code></th><td><code>–</code></td>');
    expect(html).toContain('<th><code>inputs</code></th><td><code>a.csv, b.csv</code></td>');
    expect(html).toContain('<th><code>weight</code></th><td><code>–</code></td>');
  });
});
