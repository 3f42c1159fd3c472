/**
 * An earlier run's output (`--previous DIR`) read back for the trend: the published rows of its
 * indicators.csv, and from its manifest the date, the wave and what each question was then.
 */
import Papa from 'papaparse';
import type { PreviousEstimate, PreviousRun, QuestionPrint } from '../model/previous.js';
import type { Issue } from '../model/survey.js';
import { InputError } from './errors.js';

const NEEDED = [
  'region',
  'subregion',
  'group',
  'indicator',
  'item',
  'category',
  'n',
  'estimate',
  'ci_low',
  'ci_high',
  'suppressed',
];

function fail(file: string, message: string, at: Partial<Issue> = {}): never {
  throw new InputError([
    {
      severity: 'error',
      code: 'previous_output',
      file,
      row: null,
      line: null,
      column: null,
      value: null,
      message,
      ...at,
    },
  ]);
}

const number = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

/** Parse an earlier run's indicators.csv (and its manifest, when there is one). */
export function parsePrevious(
  folder: string,
  indicators: { file: string; text: string },
  manifest: { file: string; text: string } | null,
): PreviousRun {
  const parsed = Papa.parse<Record<string, string>>(indicators.text, { header: true, skipEmptyLines: true });
  const columns = parsed.meta.fields ?? [];
  const missing = NEEDED.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    fail(
      indicators.file,
      `not an indicators.csv of regioscan: the columns ${missing.join(', ')} are missing`,
      { row: 1, line: 1 },
    );
  const estimates: PreviousEstimate[] = [];
  for (const r of parsed.data) {
    if (r.suppressed === 'true') continue;
    const estimate = number(r.estimate);
    const n = number(r.n);
    if (estimate === null || n === null || !Number.isFinite(estimate)) continue;
    estimates.push({
      region: r.region ?? '',
      subregion: r.subregion ?? '',
      group: r.group ?? '',
      indicator: r.indicator ?? '',
      item: r.item ?? '',
      category: r.category ?? '',
      n,
      estimate,
      ciLow: number(r.ci_low),
      ciHigh: number(r.ci_high),
      nEff: number(r.n_eff),
    });
  }
  let date: string | null = null;
  let wave: string | null = null;
  let questions: Map<string, QuestionPrint> | null = null;
  if (manifest) {
    let m: { generatedAt?: string; survey?: { wave?: string }; questions?: QuestionPrint[] };
    try {
      m = JSON.parse(manifest.text);
    } catch (error) {
      return fail(manifest.file, `the manifest is not valid JSON: ${(error as Error).message}`);
    }
    date = m.generatedAt?.slice(0, 10) ?? null;
    wave = m.survey?.wave ?? null;
    if (Array.isArray(m.questions)) questions = new Map(m.questions.map((q) => [q.id, q]));
  }
  return { folder, date, wave, estimates, questions };
}
