/** Test helpers: the generated export parsed with papaparse, and lookups into the demo codebook. */
import Papa from 'papaparse';
import { toDemoCodebook, toDemoRegionsFile } from '../../src/generate/index.js';
import { Codebook } from '../../src/model/codebook.js';

export type Row = Record<string, string>;

export const codebook = Codebook.parse(toDemoCodebook());
const regions = toDemoRegionsFile();

/** Municipality label of each A2_gemeente code. */
const municipalityByCode = new Map(
  (codebook.scales.find((s) => s.id === 'gemeente')?.options ?? []).map((o) => [String(o.code), o.label.nl]),
);
const placeOf = new Map(
  regions.regions.flatMap((r) =>
    r.subregions.flatMap((s) =>
      s.municipalities.map((m) => [m, { region: r.name, subregion: s.name }] as const),
    ),
  ),
);

/** Region and subregion of a row, or undefined when its municipality is in no region. */
export function placeOfRow(row: Row): { region: string; subregion: string } | undefined {
  return placeOf.get(municipalityByCode.get(row.A2_gemeente ?? '') ?? '');
}

/** Parse CSV text into rows keyed by header (RFC 4180 quoting). */
export function parseExport(text: string): { fields: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true, newline: '\n' });
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return { fields: result.meta.fields ?? [], rows: result.data };
}

/** A substantive code (weet niet = 9 and blanks are missing → undefined). */
export function score(row: Row, column: string): number | undefined {
  const value = row[column];
  return value === undefined || value === '' || value === '9' ? undefined : Number(value);
}

/** Mean of the defined values. */
export function mean(values: readonly (number | undefined)[]): number {
  const xs = values.filter((x): x is number => x !== undefined);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample variance (n − 1). */
function variance(xs: readonly number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/**
 * Cronbach's alpha on complete cases: k/(k−1) · (1 − Σ var(item) / var(total)),
 * the textbook formula (Cronbach 1951), written out here independently of src/.
 */
export function cronbachAlpha(rows: readonly Row[], items: readonly string[]): number {
  const complete = rows
    .map((row) => items.map((item) => score(row, item)))
    .filter((xs): xs is number[] => xs.every((x) => x !== undefined));
  const k = items.length;
  const itemVariances = items.map((_, j) => variance(complete.map((xs) => xs[j] ?? 0)));
  const totals = complete.map((xs) => xs.reduce((a, b) => a + b, 0));
  return (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / variance(totals));
}
