/**
 * Flatten results into the tidy table of indicators.csv: one row per estimate, in a fixed order
 * (region, then section, then codebook order), so reruns give identical files.
 */
import type { CountCell, Estimate, GeoLevel, RegionResult } from './types.js';

/**
 * Respondent counts and reach of one breakdown: per role (`level` region), per subregion (its name
 * in `subregion`) or per municipality (its subregion in `subregion`, `level` municipality).
 */
function countRows(region: string, item: string, cells: readonly CountCell[], level: GeoLevel): Estimate[] {
  return cells.flatMap((c) => {
    const base = {
      region,
      subregion: level === 'subregion' ? c.key : level === 'municipality' ? (c.subregion ?? 'all') : 'all',
      group: 'all',
      ...(level === 'municipality' ? { level } : {}),
      item,
      category: c.key,
      n: c.count ?? 0,
      ciLow: null,
      ciHigh: null,
      suppressed: c.suppressed,
    };
    const rows: Estimate[] = [{ ...base, indicator: 'respondents', estimate: c.count }];
    if (c.population !== null) rows.push({ ...base, indicator: 'reach_per_10k', estimate: c.per10k });
    return rows;
  });
}

/** Every estimate of one region result (`national`: the whole run, region `all`), in report order. */
export function toTableRows(
  result: RegionResult,
  national: boolean,
  roleItem: string,
  placeItem: string,
  minCell: number,
): Estimate[] {
  const region = national ? 'all' : result.name;
  const rows: Estimate[] = [];
  append(rows, countRows(region, roleItem, result.response.byRole, 'region'));
  append(rows, countRows(region, placeItem, result.response.bySubregion, 'subregion'));
  append(rows, countRows(region, placeItem, result.response.byMunicipality, 'municipality'));
  for (const l of result.likert) {
    append(rows, l.distribution);
    rows.push(l.mean, l.shareAgree);
  }
  for (const i of result.indices) {
    rows.push(i.score, {
      ...i.score,
      indicator: 'cronbach_alpha',
      n: i.alphaN,
      estimate: i.alphaN < minCell ? null : i.alpha,
      ciLow: null,
      ciHigh: null,
      suppressed: i.alphaN < minCell,
      ...(i.alphaN < minCell ? { suppression: 'small' as const } : {}),
    });
  }
  for (const s of result.indicesBySubregion) append(rows, s.scores);
  for (const l of result.ladder) {
    for (const side of [l.now, l.desired]) {
      append(rows, side.distribution);
      rows.push(side.median, side.shareAdviseren, side.mean);
    }
    rows.push(l.ambitiekloof);
  }
  for (const t of result.ipa) rows.push(t.importance, t.performance, t.gap);
  for (const c of result.perspective) rows.push(c.a, c.b, c.difference);
  for (const c of result.benchmark) rows.push(c.difference);
  for (const c of result.trend) rows.push(c.difference);
  for (const c of result.choices) append(rows, c.shares);
  for (const q of result.numeric) rows.push(q.mean, q.median);
  return rows;
}

/** Push `items` one by one: a spread of as many arguments as a scale has options could overflow the stack. */
function append<T>(rows: T[], items: readonly T[]): void {
  for (const item of items) rows.push(item);
}
