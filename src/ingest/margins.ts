/**
 * Population margins for raking (`--rake MARGINS.csv`): a CSV with the columns `margin`,
 * `category` and `population`, one row per cell. A margin is a place level (`region`,
 * `subregion`, `municipality`) or the id of a coded question of the codebook; a cross of two is
 * written `subregion:A4_leeftijd`, its categories `Leidse Regio:45–64 jaar`. A category is a place
 * name, or an answer's code or label. Every problem is listed with its row and column.
 */
import Papa from 'papaparse';
import type { Codebook } from '../model/codebook.js';
import type { Margin, MarginCell, MarginVariable } from '../model/margins.js';
import { placeKey, type RegionTable } from '../model/regions.js';
import type { Issue } from '../model/survey.js';
import { InputError } from './errors.js';
import { decodeBytes } from './read/decode.js';
import { detectDelimiter } from './read/delimiter.js';
import { decimalComma, labelKey, optionLookup } from './values.js';

const PLACES = ['region', 'subregion', 'municipality'] as const;

/** Parse a margins file against the codebook and the region table; throws an `InputError` listing every problem. */
export function parseMargins(
  bytes: Uint8Array,
  file: string,
  codebook: Codebook,
  regions: RegionTable,
): Margin[] {
  const text = decodeBytes(bytes).text;
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const issues: Issue[] = [];
  const problem = (code: string, message: string, at: Partial<Issue> = {}) =>
    issues.push({
      severity: 'error',
      code,
      file,
      row: null,
      line: null,
      column: null,
      value: null,
      message,
      ...at,
    });
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const col = {
    margin: names.indexOf('margin'),
    category: names.indexOf('category'),
    population: names.indexOf('population'),
  };
  if (col.margin < 0 || col.category < 0 || col.population < 0) {
    problem('margins_header', 'expected the columns "margin", "category" and "population"', {
      row: 1,
      line: 1,
    });
    throw new InputError(issues);
  }
  const placeIndex = (level: (typeof PLACES)[number]) => {
    const list =
      level === 'region'
        ? regions.regions
        : level === 'subregion'
          ? regions.subregions
          : regions.municipalities;
    return new Map(list.map((p, i) => [placeKey(p.name), i]));
  };
  const variableOf = (
    name: string,
  ): { v: MarginVariable; find: (category: string) => number | undefined } | string => {
    const id = name.trim();
    const place = PLACES.find((p) => p === id.toLowerCase());
    if (place) {
      const index = placeIndex(place);
      return { v: { kind: place }, find: (c) => index.get(placeKey(c)) };
    }
    const q = codebook.questions.find((x) => x.id === id);
    if (
      !q ||
      !('scale' in q) ||
      (q.type !== 'single' && q.type !== 'likert' && q.type !== 'ladder' && q.type !== 'ipa')
    )
      return `"${id}" is not a place level (region, subregion, municipality) nor a single-choice question of the codebook`;
    const scale = codebook.scales.find((s) => s.id === q.scale);
    const lookup = scale ? optionLookup(scale) : new Map<string, number>();
    const substantive = new Set(scale?.options.map((o) => o.code) ?? []);
    return {
      v: { kind: 'question', id },
      find: (c) => {
        const code = lookup.get(labelKey(c));
        return code !== undefined && substantive.has(code) ? code : undefined;
      },
    };
  };
  const margins = new Map<
    string,
    Margin & { find: ((c: string) => number | undefined)[]; seen: Set<string> }
  >();
  rows.forEach((row, r) => {
    const at = (c: number) => ({ row: r + 2, line: r + 2, column: header?.[c] ?? null, value: row[c] ?? '' });
    const name = (row[col.margin] ?? '').trim();
    let margin = margins.get(name);
    if (!margin) {
      const parts = name.split(':').map(variableOf);
      const bad = parts.find((p): p is string => typeof p === 'string');
      if (name === '' || bad) {
        problem('margins_margin', bad ?? 'no margin named', at(col.margin));
        return;
      }
      const vars = parts as Exclude<ReturnType<typeof variableOf>, string>[];
      margin = {
        name,
        variables: vars.map((p) => p.v),
        cells: [],
        find: vars.map((p) => p.find),
        seen: new Set(),
      };
      margins.set(name, margin);
    }
    const category = (row[col.category] ?? '').trim();
    const pieces = category.split(':');
    if (pieces.length !== margin.variables.length) {
      problem(
        'margins_category',
        `expected ${margin.variables.length} part(s) joined by ":", one per variable of ${name}`,
        at(col.category),
      );
      return;
    }
    const keys = pieces.map((p, k) => margin!.find[k]!(p));
    const unknown = keys.indexOf(undefined);
    if (unknown >= 0) {
      problem(
        'margins_category',
        `"${pieces[unknown]}" is not a category of ${name.split(':')[unknown]}`,
        at(col.category),
      );
      return;
    }
    const population = decimalComma(row[col.population] ?? '');
    if (population === undefined || !Number.isFinite(population) || population < 0) {
      problem('margins_population', 'expected a population of 0 or more', at(col.population));
      return;
    }
    const id = keys.join('|');
    if (margin.seen.has(id)) {
      problem('margins_duplicate', `category "${category}" of ${name} is listed twice`, at(col.category));
      return;
    }
    margin.seen.add(id);
    margin.cells.push({ keys: keys as number[], label: category, population } satisfies MarginCell);
  });
  if (rows.length === 0) problem('margins_empty', 'the margins file has no rows');
  if (issues.length > 0) throw new InputError(issues);
  return [...margins.values()].map(({ name, variables, cells }) => ({ name, variables, cells }));
}
