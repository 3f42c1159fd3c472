/**
 * Small role sides through `analyse()` (statistics.md, Small cells, Linked tables): a region with
 * at least --min-cell respondents on one side and 1–4 on the other used to throw "cell 0 (count 1)
 * is small but derivable from published totals" (privacy/linked.ts). A run must never crash on
 * valid input; the protection hides other cells instead, and nothing hidden may follow from the
 * published counts. Checked by an attacker of its own below, on the reproductions and on random
 * small runs, and on what the report prints.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { CountCell, Indicators, RegionResult } from '../../src/analyse/types.js';
import { ingest } from '../../src/ingest/index.js';
import { Codebook, type CodebookInput } from '../../src/model/codebook.js';
import { placeKey, toRegionTable } from '../../src/model/regions.js';
import type { Survey } from '../../src/model/survey.js';
import { toAnnex } from '../../src/report/annex.js';
import { toReportContext } from '../../src/report/context.js';
import { toTidyRow } from '../../src/report/tidy.js';
import { bytes, HEADER, miniCodebookInput } from '../ingest/mini.js';

// ─── runs made to measure ────────────────────────────────────────────────────────────────────

const MAX_REGIONS = 4;
const MAX_SUBREGIONS = 3;
const MAX_MUNICIPALITIES = 2;
const place = (r: number, s: number, m: number) => `Plaats ${r + 1}${String.fromCharCode(97 + s)}${m + 1}`;
const PLACES = Array.from({ length: MAX_REGIONS }, (_, r) =>
  Array.from({ length: MAX_SUBREGIONS }, (_, s) =>
    Array.from({ length: MAX_MUNICIPALITIES }, (_, m) => place(r, s, m)),
  ),
).flat(2);

/** The mini codebook over more places; with `other`, a third role (code 3) on neither side. */
function codebookOf(other: boolean): Codebook {
  const input: CodebookInput = {
    ...miniCodebookInput,
    scales: miniCodebookInput.scales.map((s) => {
      if (s.id === 'gemeente')
        return { ...s, options: PLACES.map((name, k) => ({ code: k + 1, label: { nl: name, en: name } })) };
      if (s.id === 'rol' && other)
        return { ...s, options: [...s.options, { code: 3, label: { nl: 'anders', en: 'other' } }] };
      return s;
    }),
  };
  return Codebook.parse(input);
}
const CODEBOOKS = { plain: codebookOf(false), other: codebookOf(true) };

interface RegionSpec {
  residents: number;
  professionals: number;
  /** Respondents in the third role (codebook `other` only). */
  others?: number;
  /** Respondents who gave no role. */
  noRole?: number;
  /** Municipalities per subregion (1–2 each, 1–3 subregions); default one subregion of one. */
  subregions?: number[];
  /** Respondent j lives in municipality `picks[j % picks.length]` (mod the region's number). */
  picks?: number[];
}

async function surveyOf(specs: readonly RegionSpec[], other = false): Promise<Survey> {
  const regions = toRegionTable(
    {
      regions: specs.map((spec, r) => ({
        name: `Regio ${r + 1}`,
        subregions: (spec.subregions ?? [1]).map((munis, s) => ({
          name: `Subregio ${r + 1}${String.fromCharCode(97 + s)}`,
          municipalities: Array.from({ length: munis }, (_, m) => place(r, s, m)),
        })),
      })),
    },
    new Map(PLACES.map((name, k) => [placeKey(name), 10_000 + 1_000 * k])),
  );
  const lines = [HEADER];
  let id = 0;
  specs.forEach((spec, r) => {
    const places = (spec.subregions ?? [1]).flatMap((munis, s) =>
      Array.from({ length: munis }, (_, m) => place(r, s, m)),
    );
    const roles = [
      ...Array<string>(spec.residents).fill('1'),
      ...Array<string>(spec.professionals).fill('2'),
      ...Array<string>(spec.others ?? 0).fill('3'),
      ...Array<string>(spec.noRole ?? 0).fill(''),
    ];
    roles.forEach((role, j) => {
      const picks = spec.picks ?? [0];
      const where = places[picks[j % picks.length]! % places.length]!;
      // Varied answers: nobody's side is all of one answer.
      const d1 = 1 + ((id * 7) % 5);
      const d2 = 1 + ((id * 3 + 1) % 5);
      lines.push(`r${id++},2026-10-01,${role},${where},40,1,,${d1},${d2},`);
    });
  });
  return ingest([{ file: 'export.csv', bytes: bytes(lines.join('\n')) }], {
    codebook: other ? CODEBOOKS.other : CODEBOOKS.plain,
    regions,
  });
}

// ─── the attacker ────────────────────────────────────────────────────────────────────────────

/**
 * Everything an attacker can get at the hidden counts from the published numbers: each equation
 * "total = sum of parts" whose terms are all published but one gives that one (a total minus the
 * shown parts, or a part as the total minus the others), and every number so found is used again,
 * until nothing more follows. The equations: a result's roles to its roles' total, a region's
 * residents and professionals to the sides' totals, subregions to the region's n, municipalities
 * to their subregion, each region's count of a role to the national count, the regions' role
 * totals and n to the national ones. A total is known when it is printed: the region's n always,
 * the roles' total as the n of a shown role share (or as the n, when everyone gave a role), a
 * side's total as the n of its shown perspective figures. Returns what it recovered.
 * `withoutRole`: the regions where some respondents gave no role.
 */
function recover(ind: Indicators, withoutRole: ReadonlySet<string>): string[] {
  const role = ind.codebook.role!;
  const value = new Map<string, number | null>();
  const hiddenCells = new Map<string, CountCell>();
  const eqs: { name: string; total: string; parts: string[] }[] = [];
  const term = (name: string, known: number | null) => {
    value.set(name, known);
    return name;
  };
  const cellTerm = (name: string, c: CountCell) => {
    if (c.suppressed) hiddenCells.set(name, c);
    return term(name, c.suppressed ? null : c.count);
  };
  const rowsOf = (r: RegionResult) => (r === ind.national ? 'all' : r.name);
  const shownN = (region: string, pred: (e: Indicators['table'][number]) => boolean) =>
    ind.table
      .filter((e) => e.region === region && pred(e) && !e.suppressed && e.estimate !== null)
      .reduce<number | null>((m, e) => Math.max(m ?? 0, e.n), null);
  // The n of a side in the perspective gap (everyone answered every item, so it is the side's
  // count). The national gap of an item counts only the regions that show theirs: its n is the
  // national count of the side only where every region shows the item.
  const sideN = (r: RegionResult, side: 'a' | 'b'): number | null => {
    const shown = r.perspective.flatMap((c, k) =>
      !c[side].suppressed &&
      (r !== ind.national || ind.regions.every((x) => !x.perspective[k]![side].suppressed))
        ? [c[side].n]
        : [],
    );
    return shown.length > 0 ? Math.max(...shown) : null;
  };
  const results = [ind.national, ...ind.regions];
  for (const r of results) {
    const name = rowsOf(r);
    const roles = r.response.byRole.map((c) => cellTerm(`${name} role ${c.key}`, c));
    const n = term(`${name} n`, r.response.respondents);
    const roleN = shownN(
      name,
      (e) =>
        e.item === role.question &&
        e.group === 'all' &&
        e.indicator !== 'respondents' &&
        e.indicator !== 'reach_per_10k',
    );
    const everyone =
      r === ind.national ? ind.regions.every((x) => !withoutRole.has(x.name)) : !withoutRole.has(r.name);
    const total = term(`${name} roles total`, roleN ?? (everyone ? r.response.respondents : null));
    eqs.push({ name: `${name}: roles`, total, parts: roles });
    for (const [side, codes, at] of [
      ['residents', role.residents, 'a'],
      ['professionals', role.professionals, 'b'],
    ] as const) {
      const parts = r.response.byRole.flatMap((c, k) => (codes.includes(Number(c.key)) ? [roles[k]!] : []));
      eqs.push({ name: `${name}: ${side}`, total: term(`${name} ${side}`, sideN(r, at)), parts });
    }
    if (r === ind.national) continue;
    const subs = r.response.bySubregion.map((c) => cellTerm(`${name} sub ${c.key}`, c));
    eqs.push({ name: `${name}: subregions`, total: n, parts: subs });
    r.response.bySubregion.forEach((s, k) => {
      const munis = r.response.byMunicipality
        .filter((m) => m.subregion === s.key)
        .map((m) => cellTerm(`${name} municipality ${m.key}`, m));
      eqs.push({ name: `${name}/${s.key}: municipalities`, total: subs[k]!, parts: munis });
    });
  }
  ind.national.response.byRole.forEach((c) => {
    eqs.push({
      name: `role ${c.key}: national = Σ regions`,
      total: `all role ${c.key}`,
      parts: ind.regions.map((r) => `${r.name} role ${c.key}`),
    });
  });
  eqs.push({
    name: 'roles total: national = Σ regions',
    total: 'all roles total',
    parts: ind.regions.map((r) => `${r.name} roles total`),
  });
  eqs.push({ name: 'n: national = Σ regions', total: 'all n', parts: ind.regions.map((r) => `${r.name} n`) });

  const found: string[] = [];
  for (let more = true; more; ) {
    more = false;
    for (const eq of eqs) {
      const terms = [eq.total, ...eq.parts];
      const unknown = terms.filter((t) => value.get(t) === null);
      if (unknown.length !== 1) continue;
      const x = unknown[0]!;
      const partsSum = eq.parts.filter((t) => t !== x).reduce((s, t) => s + value.get(t)!, 0);
      value.set(x, x === eq.total ? partsSum : value.get(eq.total)! - partsSum);
      more = true;
      if (hiddenCells.has(x)) found.push(`${x} = ${value.get(x)} from ${eq.name}`);
    }
  }
  return found;
}

/** Everything else a hidden count must not leak through, and no small count published. */
function leaks(ind: Indicators): string[] {
  const out: string[] = [];
  const min = ind.methods.minCount;
  for (const r of [ind.national, ...ind.regions]) {
    const cells = [...r.response.byRole, ...r.response.bySubregion, ...r.response.byMunicipality];
    for (const c of cells) {
      if (!c.suppressed && c.count !== null && c.count > 0 && c.count < min)
        out.push(`${r.name} ${c.key}: ${c.count} shown`);
      if (c.suppressed && (c.count !== null || c.per10k !== null))
        out.push(`${r.name} ${c.key}: hidden but printed`);
    }
    // A share times its n: a shown role share is a shown role count.
    const shares = r.choices.find((c) => c.item === ind.codebook.role?.question)?.shares ?? [];
    for (const e of shares) {
      const count = r.response.byRole.find((c) => c.key === e.category);
      if (!e.suppressed && count?.suppressed) out.push(`${r.name}: role ${e.category} = share × n`);
    }
    // Both sides of the perspective gap, or neither.
    for (const c of r.perspective)
      if (c.a.suppressed !== c.b.suppressed || c.a.suppressed !== c.difference.suppressed)
        out.push(`${r.name} ${c.item}: one side of the perspective gap`);
  }
  return out;
}

/** `withoutRole`: the regions where some respondents gave no role. */
function expectProtected(ind: Indicators, withoutRole: ReadonlySet<string> = new Set()): void {
  expect(recover(ind, withoutRole)).toEqual([]);
  expect(leaks(ind)).toEqual([]);
}

const byRole = (r: RegionResult) => r.response.byRole.map((c) => c.count);

// ─── the reproductions ───────────────────────────────────────────────────────────────────────

describe('a region with one side at --min-cell or more and 1–4 on the other', () => {
  it.each([
    [10, 1],
    [10, 2],
    [12, 3],
    [20, 1],
    [9, 1],
    [1, 10],
    [4, 25],
  ])(
    '%i professionals and %i residents (minCell 10): no throw, both role counts hidden, nothing derivable',
    async (professionals, residents) => {
      const survey = await surveyOf([{ residents, professionals }]);
      const ind = analyse(survey, { minCell: 10 });
      const region = ind.regions[0]!;
      expect(region.response.respondents).toBe(professionals + residents);
      // The small side is hidden, and its partner: the region's n minus one side gives the other.
      expect(byRole(region)).toEqual([null, null]);
      expect(region.response.byRole.map((c) => c.secondary ?? false)).toEqual(
        residents < 5 ? [false, true] : [true, false],
      );
      // Nationally too (the national count of a role is the sum of the regions').
      expect(byRole(ind.national)).toEqual([null, null]);
      // The region's n stays published; the sides' figures are hidden (one is below --min-cell).
      expect(region.perspective.every((c) => c.difference.suppressed)).toBe(true);
      expect(ind.disclosure.countsPrimary).toBe(2);
      expect(ind.disclosure.countsSecondary).toBe(2);
      expectProtected(ind);
    },
  );

  it('hides the smallest partner only: 10 professionals, 1 resident beside a region of 15 and 15', async () => {
    const ind = analyse(
      await surveyOf([
        { residents: 1, professionals: 10 },
        { residents: 15, professionals: 15 },
      ]),
      {
        minCell: 10,
      },
    );
    expect(byRole(ind.regions[0]!)).toEqual([null, null]);
    // Region 2 keeps its counts and its perspective gap; the national counts hide the residents
    // and, to protect them, the professionals (the national n minus one gives the other).
    expect(byRole(ind.regions[1]!)).toEqual([15, 15]);
    expect(ind.regions[1]!.perspective.some((c) => !c.difference.suppressed)).toBe(true);
    expect(byRole(ind.national)).toEqual([null, null]);
    expectProtected(ind);
  });

  it('hides the subregions too when the small side is the only one in its subregion', async () => {
    // 10 professionals in the first subregion, the 1 resident in the second.
    const ind = analyse(
      await surveyOf([
        { residents: 1, professionals: 10, subregions: [1, 1], picks: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      ]),
      { minCell: 10 },
    );
    const region = ind.regions[0]!;
    expect(region.response.bySubregion.map((c) => c.count)).toEqual([null, null]);
    expect(region.response.byMunicipality.map((c) => c.count)).toEqual([null, null]);
    expectProtected(ind);
  });
});

describe('a small third role beside two published sides', () => {
  it('hides the perspective gap when everyone gave a role: the region n minus both sides would give it', async () => {
    const ind = analyse(await surveyOf([{ residents: 12, professionals: 12, others: 2 }], true), {
      minCell: 10,
    });
    const region = ind.regions[0]!;
    // With the sides' n gone, the region's n minus the two shown roles would still give the third:
    // one of them goes too (the first of two equal).
    expect(byRole(region)).toEqual([null, 12, null]);
    expect(region.response.respondents).toBe(26);
    expect(region.perspective.length).toBeGreaterThan(0);
    expect(region.perspective.every((c) => c.a.suppressed && c.b.suppressed)).toBe(true);
    expect(ind.national.perspective.every((c) => c.a.suppressed && c.b.suppressed)).toBe(true);
    expectProtected(ind);
  });

  it('hides the role shares instead when some gave no role: then the roles total is only their n', async () => {
    const ind = analyse(await surveyOf([{ residents: 12, professionals: 12, others: 2, noRole: 1 }], true), {
      minCell: 10,
    });
    const region = ind.regions[0]!;
    expect(byRole(region)).toEqual([12, 12, null]);
    expect(region.perspective.some((c) => !c.difference.suppressed)).toBe(true);
    const roleShares = region.choices.find((c) => c.item === 'rol')!.shares;
    expect(roleShares.every((e) => e.suppressed)).toBe(true);
    expectProtected(ind, new Set(['Regio 1']));
  });
});

describe('what the report prints for hidden role counts', () => {
  it('marks them "niet getoond" in charts, tables and the annex, and leaves n and estimate empty in the CSV', async () => {
    const ind = analyse(await surveyOf([{ residents: 1, professionals: 10 }]), { minCell: 10 });
    const ctx = toReportContext(ind, {
      lang: 'nl',
      generatedAt: new Date('2026-12-01T00:00:00Z'),
      version: '0.0.0',
      libraries: {},
      options: {},
    });
    const region = ind.regions[0]!;
    for (const chart of ctx.plan.charts) {
      chart.spec(region, ctx);
      chart.table(region, ctx);
      chart.alt(region, ctx);
    }
    const roleChart = ctx.plan.charts.find((c) => c.id === 'response-role')!;
    expect(roleChart.alt(region, ctx)).toContain('inwoner: niet getoond');
    expect(roleChart.alt(region, ctx)).toContain('professional: niet getoond');
    expect(JSON.stringify(roleChart.table(region, ctx).rows)).not.toMatch(/"(1|10)"/);
    expect(() => toAnnex(region, ctx)).not.toThrow();
    const rows = ind.table.filter((e) => e.indicator === 'respondents' && e.item === 'rol');
    expect(rows).toHaveLength(4);
    for (const e of rows) {
      const tidy = toTidyRow(e, ctx.labels);
      expect([tidy[6], tidy[7], tidy[10]]).toEqual([null, null, true]);
    }
  });
});

// ─── random small runs ───────────────────────────────────────────────────────────────────────

const regionSpec = fc.record({
  residents: fc.integer({ min: 0, max: 30 }),
  professionals: fc.integer({ min: 0, max: 30 }),
  others: fc.integer({ min: 0, max: 3 }),
  noRole: fc.constantFrom(0, 0, 0, 1, 2),
  subregions: fc.array(fc.integer({ min: 1, max: MAX_MUNICIPALITIES }), {
    minLength: 1,
    maxLength: MAX_SUBREGIONS,
  }),
  picks: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 12 }),
});

describe('random small runs', () => {
  it('never throw, and nothing hidden can be recovered (1–4 regions, 0–30 on each side, random subregions)', async () => {
    let hiddenSeen = 0;
    // Runs with a region of the shape that used to throw: one side at --min-cell or more, 1–4 on
    // the other; and regions where a total had to go (the sides' n, or the roles' n).
    let shapesSeen = 0;
    let sidesHidden = 0;
    let rolesTotalHidden = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(regionSpec, { minLength: 1, maxLength: MAX_REGIONS }),
        fc.boolean(),
        fc.integer({ min: 5, max: 15 }),
        async (specs, other, minCell) => {
          const shaped = specs.map((s) => ({ ...s, others: other ? s.others : 0 }));
          if (shaped.every((s) => s.residents + s.professionals + s.others + s.noRole === 0)) return;
          const ind = analyse(await surveyOf(shaped, other), { minCell });
          hiddenSeen += ind.disclosure.countsPrimary;
          const small = (k: number) => k >= 1 && k <= 4;
          if (
            shaped.some(
              (s) =>
                (s.professionals >= minCell && small(s.residents)) ||
                (s.residents >= minCell && small(s.professionals)),
            )
          )
            shapesSeen++;
          // A region's perspective gap hidden although both sides are large enough (the answers
          // vary, so nothing else hides it), or its role shares hidden though two roles are shown.
          for (const r of ind.regions) {
            if (r.perspective.some((c) => c.difference.suppressed && c.a.n >= minCell && c.b.n >= minCell))
              sidesHidden++;
            const shares = r.choices.find((c) => c.item === 'rol')?.shares ?? [];
            if (shares.every((e) => e.suppressed) && r.response.byRole.filter((c) => !!c.count).length >= 2)
              rolesTotalHidden++;
          }
          expectProtected(ind, new Set(shaped.flatMap((s, r) => (s.noRole > 0 ? [`Regio ${r + 1}`] : []))));
        },
      ),
      { numRuns: 150, seed: 20261208 },
    );
    // The runs did hide counts: the attacker had something to look for.
    expect(hiddenSeen).toBeGreaterThan(100);
    expect(shapesSeen).toBeGreaterThan(20);
    expect(sidesHidden).toBeGreaterThan(0);
    expect(rolesTotalHidden).toBeGreaterThan(0);
  });
});
