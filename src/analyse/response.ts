/**
 * The response overview: respondents by role, subregion and municipality, against the population
 * (reach per 10,000 residents). The counts come out whole; which of them may be published is
 * decided for the whole run at once, with every table they are linked to in view
 * (disclosure/counts.ts).
 */
import type { LocalText } from '../model/codebook.js';
import type { Context } from './context.js';
import type { Selection } from './select.js';
import type { CountCell, ResponseOverview } from './types.js';

interface Raw {
  key: string;
  label: LocalText;
  subregion?: string;
  count: number;
  population: number | null;
}

function toCells(raw: Raw[]): CountCell[] {
  return raw.map((r) => ({
    key: r.key,
    label: r.label,
    ...(r.subregion !== undefined ? { subregion: r.subregion } : {}),
    count: r.count,
    suppressed: false,
    population: r.population,
    per10k: r.population === null || r.population === 0 ? null : (r.count / r.population) * 10_000,
  }));
}

const same = (name: string): LocalText => ({ nl: name, en: name });

/** The response overview of a selection; `region` limits subregions and municipalities to one region. */
export function analyseResponse(ctx: Context, selection: Selection, region: number | null): ResponseOverview {
  const { survey, codebook } = ctx;
  const roleQ = codebook.role ? ctx.question(codebook.role.question) : undefined;
  const roleCol = roleQ ? ctx.column(roleQ.id) : undefined;
  const roleOptions = roleQ && 'scale' in roleQ ? ctx.scale(roleQ.scale).options : [];
  const roles = new Map(roleOptions.map((o) => [o.code, 0]));
  const subs = new Map<number, number>();
  const munis = new Map<number, number>();
  for (const i of selection) {
    if (roleCol?.kind === 'code') {
      const k = roles.get(roleCol.codes[i]!);
      if (k !== undefined) roles.set(roleCol.codes[i]!, k + 1);
    }
    subs.set(survey.subregion[i]!, (subs.get(survey.subregion[i]!) ?? 0) + 1);
    munis.set(survey.municipality[i]!, (munis.get(survey.municipality[i]!) ?? 0) + 1);
  }
  const table = survey.regions;
  const inRegion = (r: number) => region === null || r === region;
  const subregionPopulation = (s: number) => {
    const ms = table.municipalities.filter((m) => m.subregion === s);
    return ms.length > 0 && ms.every((m) => m.population !== null)
      ? ms.reduce((t, m) => t + m.population!, 0)
      : null;
  };
  return {
    respondents: selection.length,
    byRole: toCells(
      roleOptions.map((o) => ({
        key: String(o.code),
        label: o.label,
        count: roles.get(o.code)!,
        population: null,
      })),
    ),
    bySubregion:
      region === null
        ? []
        : toCells(
            table.subregions
              .map((s, k) => ({ s, k }))
              .filter(({ s }) => inRegion(s.region))
              .map(({ s, k }) => ({
                key: s.name,
                label: same(s.name),
                count: subs.get(k) ?? 0,
                population: subregionPopulation(k),
              })),
          ),
    byMunicipality: region === null ? [] : municipalityCells(),
  };

  /** Municipalities, subregion by subregion. */
  function municipalityCells(): CountCell[] {
    const out: CountCell[] = [];
    table.subregions.forEach((s, k) => {
      if (!inRegion(s.region)) return;
      const raw = table.municipalities
        .map((m, j) => ({ m, j }))
        .filter(({ m }) => m.subregion === k)
        .map(({ m, j }) => ({
          key: m.name,
          label: same(m.name),
          subregion: s.name,
          count: munis.get(j) ?? 0,
          population: m.population,
        }));
      for (const cell of toCells(raw)) out.push(cell);
    });
    return out;
  }
}
