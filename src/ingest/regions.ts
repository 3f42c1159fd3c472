/** Read the region hierarchy (`regions.json`) and the population per municipality (`population.csv`). */
import Papa from 'papaparse';
import type { Codebook } from '../model/codebook.js';
import { placeKey, RegionsFile, type RegionTable, slugify } from '../model/regions.js';
import type { Issue } from '../model/survey.js';
import { InputError } from './errors.js';
import { decodeBytes } from './read/decode.js';
import { detectDelimiter } from './read/delimiter.js';
import { decimalComma } from './values.js';

const fail = (file: string, code: string, text: string, at: Partial<Issue> = {}): never => {
  throw new InputError([
    { severity: 'error', code, file, row: null, line: null, column: null, value: null, message: text, ...at },
  ]);
};

/** Parse a regions file; every municipality must belong to one subregion only. */
export function parseRegions(json: string, file: string): RegionsFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail(file, 'regions_json', `the regions file is not valid JSON: ${(error as Error).message}`);
  }
  const result = RegionsFile.safeParse(data);
  if (!result.success) {
    throw new InputError(
      result.error.issues.map((i) => ({
        severity: 'error' as const,
        code: 'regions_schema',
        file,
        row: null,
        line: null,
        column: i.path.join('.') || null,
        value: null,
        message: i.message,
      })),
    );
  }
  const seen = new Map<string, string>();
  for (const region of result.data.regions) {
    for (const sub of region.subregions) {
      for (const m of sub.municipalities) {
        const other = seen.get(placeKey(m));
        if (other)
          fail(file, 'regions_duplicate', `municipality "${m}" is listed in both ${other} and ${sub.name}`);
        seen.set(placeKey(m), sub.name);
      }
    }
  }
  return result.data;
}

/**
 * Without a regions file, every option of the region question is a region of its own (no
 * subregions, no municipalities); respondents are placed by that answer.
 */
export function regionTableFromCodebook(codebook: Codebook): RegionTable {
  const question = codebook.questions.find((q) => q.id === codebook.region.question);
  const scale =
    question && 'scale' in question ? codebook.scales.find((s) => s.id === question.scale) : undefined;
  return {
    regions: (scale?.options ?? []).map((o) => ({
      name: o.label.nl,
      slug: slugify(o.label.nl) || `regio-${o.code}`,
    })),
    subregions: [],
    municipalities: [],
  };
}

/** Parse `municipality,residents` (any delimiter, decimal or thousands separators not allowed in counts). */
export function parsePopulation(bytes: Uint8Array, file: string): Map<string, number> {
  const text = decodeBytes(bytes).text;
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const mi = names.findIndex((h) => h === 'municipality' || h === 'gemeente');
  const ri = names.findIndex((h) => h === 'residents' || h === 'inwoners' || h === 'population');
  if (mi < 0 || ri < 0)
    fail(
      file,
      'population_header',
      'expected the columns "municipality" and "residents" (or "gemeente" and "inwoners")',
      { row: 1, line: 1 },
    );
  const out = new Map<string, number>();
  rows.forEach((row, i) => {
    const n = decimalComma(row[ri] ?? '');
    if (n === undefined || !Number.isInteger(n) || n < 0)
      fail(file, 'population_value', 'expected a whole number of residents', {
        row: i + 2,
        line: i + 2,
        column: header?.[ri] ?? null,
        value: row[ri] ?? '',
      });
    out.set(placeKey(row[mi] ?? ''), n as number);
  });
  return out;
}
