/** Loading the survey-tool fixtures of tests/fixtures/formats and reading answers back as plain arrays. */
import { readFileSync } from 'node:fs';
import { parseCodebook, readSurvey, regionTableFromCodebook } from '../../src/ingest/index.js';
import { bytesSource, streamCsv } from '../../src/ingest/read/stream.js';
import type { RawTable } from '../../src/ingest/read/table.js';
import { parseXlsx } from '../../src/ingest/read/xlsx.js';
import type { Codebook } from '../../src/model/codebook.js';
import type { Survey } from '../../src/model/survey.js';

export const FIXTURES = new URL('../fixtures/formats/', import.meta.url);

/** Every fixture: file name and the tool and layout it must be recognised as. */
export const FIXTURE_LAYOUTS = [
  ['limesurvey_code.csv', 'limesurvey', 'code headings'],
  ['limesurvey_full.csv', 'limesurvey', 'full-text headings'],
  ['limesurvey_codetext.csv', 'limesurvey', 'code+text headings'],
  ['qualtrics_sample.csv', 'qualtrics', '3 header rows (ImportId)'],
  ['qualtrics_sample_legacy.csv', 'qualtrics', 'legacy 2 header rows (V1…V10)'],
  ['qualtrics_excel_nl.csv', 'qualtrics', '3 header rows (ImportId)'],
  ['surveymonkey.csv', 'surveymonkey', '2 header rows'],
  ['googleforms_sheets_2014_head.csv', 'googleforms', 'Sheets download'],
  ['googleforms_direct.csv', 'googleforms', 'Forms download (.csv)'],
  ['msforms.xlsx', 'msforms', 'one header row (ID, Start time, Completion time)'],
] as const;

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, FIXTURES)));
}

export function fixtureCodebook(file: string): Codebook {
  const name = file.replace(/\.(csv|xlsx)$/, '.codebook.json');
  return parseCodebook(readFileSync(new URL(name, FIXTURES), 'utf8'), name);
}

/** The fixture read into records, as the ingest reads it (streamed CSV, or XLSX). */
export async function fixtureTable(file: string): Promise<RawTable> {
  const bytes = fixtureBytes(file);
  if (file.endsWith('.xlsx')) return parseXlsx(bytes, file);
  const table: RawTable = { file, records: [], encoding: '', delimiter: null, blankRecords: 0, notes: [] };
  const facts = await streamCsv(bytesSource(bytes), (record) => table.records.push(record));
  return { ...table, encoding: facts.encoding, delimiter: facts.delimiter, notes: facts.notes };
}

/** Ingest one fixture with its codebook; the region table comes from the codebook's region question. */
export async function ingestFixture(file: string): Promise<Awaited<ReturnType<typeof readSurvey>>> {
  const codebook = fixtureCodebook(file);
  return readSurvey([{ file, bytes: fixtureBytes(file) }], {
    codebook,
    regions: regionTableFromCodebook(codebook),
  });
}

/** Codes of a coded question per included respondent; null where the code is none of the scale's (blank). */
export function codes(survey: Survey, id: string): (number | null)[] {
  const column = survey.columns.get(id);
  const question = survey.codebook.questions.find((q) => q.id === id);
  const scale = survey.codebook.scales.find(
    (s) => question && 'scale' in question && s.id === question.scale,
  );
  if (column?.kind !== 'code' || !scale) throw new Error(`${id} is not a coded question`);
  const known = new Set([...scale.options, ...scale.missing].map((o) => o.code));
  return [...column.codes].map((c) => (known.has(c) ? c : null));
}

/** Ticks of a multi-select per option, per included respondent; null where not answered. */
export function ticks(survey: Survey, id: string): (0 | 1 | null)[][] {
  const column = survey.columns.get(id);
  if (column?.kind !== 'multi') throw new Error(`${id} is not a multi-select`);
  return column.ticks.map((t) => [...t].map((v) => (v === 0 || v === 1 ? v : null)));
}

export function texts(survey: Survey, id: string): (string | null)[] {
  const column = survey.columns.get(id);
  if (column?.kind !== 'text') throw new Error(`${id} is not an open question`);
  return Array.from({ length: column.values.length }, (_, i) => column.values.get(i));
}

export function numbers(survey: Survey, id: string): (number | null)[] {
  const column = survey.columns.get(id);
  if (column?.kind !== 'number') throw new Error(`${id} is not numeric`);
  return [...column.values].map((v) => (Number.isNaN(v) ? null : v));
}

/** The ledger as `[respondent id, row, status or exclusion reason]`. */
export function ledger(survey: Survey): [string, number, string][] {
  return survey.ledger.map((r) => [r.respondentId, r.row, r.reason || r.status]);
}
