/**
 * The attacker (statistics.md, Small cells, Linked tables): on random runs with small regions,
 * subregions and roles, every published number is taken as an attacker would and every
 * differencing tried: a share times its n, a total minus the other counts (roles, the two sides,
 * subregions, municipalities, every region against the national count; again with every count so
 * found), a region minus one side of
 * the perspective gap, the national figure minus the other regions, the rest of the country, a
 * region minus its other subregions. None may give a hidden number back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { CountCell, Estimate, Indicators } from '../../src/analyse/types.js';
import { demoPaths } from '../../src/demo.js';
import { generateExport } from '../../src/generate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { readSetup } from '../../src/pipeline.js';

const shown = (e: Estimate | undefined) => !!e && !e.suppressed && e.estimate !== null;
const key = (e: Estimate, ...fields: (keyof Estimate)[]) => fields.map((f) => String(e[f] ?? '')).join('|');

/** Equations an attacker can write down over published counts: each a list of cells, hidden or not. */
function countEquations(ind: Indicators): { name: string; cells: CountCell[] }[] {
  const out: { name: string; cells: CountCell[] }[] = [];
  const role = ind.codebook.role;
  const results = [ind.national, ...ind.regions];
  const roleItem = role?.question;
  for (const r of results) {
    const roles = r.response.byRole;
    // The roles' total is published as the region's n when everyone gave a role, else as the n of
    // the role question's shares while one of them is shown.
    const shares = r.choices.find((c) => c.item === roleItem)?.shares ?? [];
    if (shares[0]?.n === r.response.respondents || shares.some(shown))
      out.push({ name: `${r.name}: roles = total`, cells: roles });
    // A side's total is published as the n of its figures in the perspective gap, while one is
    // shown. The national gap rests only on the regions that publish theirs, so its n is the sum of
    // their published side totals and no equation of its own.
    const sides = r !== ind.national && r.perspective.some((c) => shown(c.a) || shown(c.b));
    for (const [side, codes] of [
      ['residents', role?.residents ?? []],
      ['professionals', role?.professionals ?? []],
    ] as const) {
      const members = roles.filter((c) => codes.includes(Number(c.key)));
      if (sides && members.length > 0) out.push({ name: `${r.name}: ${side}`, cells: members });
    }
    if (r !== ind.national) {
      out.push({ name: `${r.name}: subregions`, cells: r.response.bySubregion });
      for (const s of r.response.bySubregion)
        out.push({
          name: `${r.name}/${s.key}: municipalities`,
          cells: [s, ...r.response.byMunicipality.filter((m) => m.subregion === s.key)],
        });
    }
  }
  ind.national.response.byRole.forEach((c, k) => {
    out.push({
      name: `role ${c.key}: national = Σ regions`,
      cells: [c, ...ind.regions.flatMap((r) => r.response.byRole[k] ?? [])],
    });
  });
  return out;
}

function attack(ind: Indicators): string[] {
  const found: string[] = [];
  const table = ind.table;
  const minCell = ind.methods.minCell;

  // A total minus the other cells: an equation with exactly one hidden cell gives it back, and a
  // count found so is known in the next equation (a chain of differences).
  const equations = countEquations(ind);
  const derived = new Set<CountCell>();
  for (let more = true; more; ) {
    more = false;
    for (const eq of equations) {
      const unknown = eq.cells.filter((c) => c.suppressed && !derived.has(c));
      if (unknown.length !== 1) continue;
      derived.add(unknown[0]!);
      found.push(`count from ${eq.name}`);
      more = true;
    }
  }

  // A share times its n: a published share of a role is a published count of it.
  const roleItem = ind.codebook.role?.question;
  for (const r of [ind.national, ...ind.regions]) {
    const shares = r.choices.find((c) => c.item === roleItem)?.shares ?? [];
    for (const e of shares) {
      const count = r.response.byRole.find((c) => c.key === e.category);
      if (shown(e) && count?.suppressed) found.push(`${r.name}: role ${e.category} = share × n`);
    }
  }

  // Region minus one side of the perspective gap gives the other side.
  const byKey = new Map(
    table.map((e) => [key(e, 'region', 'subregion', 'group', 'indicator', 'item', 'category'), e]),
  );
  for (const e of table) {
    if (e.group !== 'rol=inwoner') continue;
    const other = byKey.get(
      key(
        { ...e, group: 'rol=professional' },
        'region',
        'subregion',
        'group',
        'indicator',
        'item',
        'category',
      ),
    );
    if (!other) continue;
    if (shown(e) !== shown(other))
      found.push(`${e.region} ${e.item}: region − one side of the perspective gap`);
  }

  // The national figure minus the other regions: exactly one region hidden while its answers are
  // inside the national figure (the national n is more than the published regions' n).
  const regionNames = new Set(ind.regions.map((r) => r.name));
  const groups = new Map<string, Estimate[]>();
  for (const e of table) {
    if (e.subregion !== 'all' || e.indicator.startsWith('diff_') || e.indicator === 'respondents') continue;
    if (e.indicator === 'reach_per_10k' || e.indicator === 'cronbach_alpha') continue;
    // An ipa_gap's category is its quadrant, not a part of the figure.
    const k =
      e.indicator === 'ipa_gap'
        ? key(e, 'group', 'indicator', 'item')
        : key(e, 'group', 'indicator', 'item', 'category');
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  for (const [k, rows] of groups) {
    const national = rows.find((e) => e.region === 'all');
    if (!shown(national)) continue;
    const regional = rows.filter((e) => regionNames.has(e.region));
    const hidden = regional.filter((e) => !shown(e) && e.n > 0);
    const publishedN = regional.filter(shown).reduce((s, e) => s + e.n, 0);
    if (hidden.length === 1 && national!.n > publishedN) found.push(`national − other regions: ${k}`);
  }

  // The rest of the country is the national figure minus the region (or the national figure
  // itself, when the region is not in it), never more.
  for (const e of table) {
    if (e.indicator !== 'diff_vs_rest' || !shown(e)) continue;
    const nationalRow = table.find(
      (x) =>
        x.region === 'all' &&
        x.group === 'all' &&
        x.subregion === 'all' &&
        x.item === e.item &&
        (x.indicator === 'mean' || x.indicator === 'index_score'),
    );
    const rest = e.nOther ?? 0;
    if (!shown(nationalRow) || (e.n + rest !== nationalRow!.n && rest !== nationalRow!.n))
      found.push(
        `${e.region} ${e.item}: the rest of the country holds more than the national figure minus the region`,
      );
  }

  // A region minus its other subregions (index scores).
  for (const r of ind.regions) {
    for (const index of r.indices) {
      if (!shown(index.score)) continue;
      const subs = r.indicesBySubregion.flatMap((s) => s.scores.filter((e) => e.item === index.index));
      if (subs.filter((e) => !shown(e) && e.n > 0).length === 1)
        found.push(`${r.name} ${index.index}: region − other subregions`);
    }
  }

  // No published figure rests on fewer than the minimum cell size.
  for (const e of table)
    if (shown(e) && e.indicator !== 'respondents' && e.indicator !== 'reach_per_10k' && e.n < minCell)
      found.push(`${e.region} ${e.indicator} ${e.item}: n = ${e.n} published`);
  return found;
}

describe('disclosure control against an attacker', () => {
  it('recovers nothing from random runs (40–220 respondents over six regions, thresholds 5–20)', async () => {
    const setup = await readSetup(demoPaths());
    let hiddenSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 40, max: 220 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 5, max: 20 }),
        async (rows, seed, minCell) => {
          const csv = generateExport({ rows, seed });
          const survey = await ingest([{ file: 'gen.csv', bytes: new TextEncoder().encode(csv) }], setup);
          const ind = analyse(survey, { minCell });
          hiddenSeen += ind.disclosure.countsPrimary + ind.disclosure.primary;
          expect(attack(ind)).toEqual([]);
        },
      ),
      { numRuns: 25, seed: 20261201 },
    );
    // The runs did hide numbers: the attacker had something to look for.
    expect(hiddenSeen).toBeGreaterThan(50);
  });
});
