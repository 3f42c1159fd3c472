/**
 * ingest: export files + codebook + regions → `Survey`.
 *
 *   bytes ─ read (decode, delimiter, CSV/XLSX) ─ formats (detect tool, normalise headers)
 *         ─ plan (codebook question → columns) ─ rows (parse, account, build columns) → Survey
 *
 * Every problem is collected with its place; if any is an error, one `InputError` carries them all.
 * Every input row ends up in the ledger, included or excluded with its reason.
 */
import { createHash } from 'node:crypto';
import type { Codebook } from '../model/codebook.js';
import { placeKey, type RegionTable } from '../model/regions.js';
import type { InputInfo, Issue, LedgerRow, Survey } from '../model/survey.js';
import { type ColumnBuilder, finishColumn, int16s } from './columns.js';
import { InputError, IssueList } from './errors.js';
import { normalizeTable } from './formats/index.js';
import type { NormalizedTable } from './formats/types.js';
import { message } from './messages.js';
import { type Answer, HeaderIndex, planQuestions, type QuestionPlan } from './plan.js';
import { parseCsv } from './read/csv.js';
import type { RawTable } from './read/table.js';
import { parseXlsx } from './read/xlsx.js';
import { labelKey } from './values.js';

export { parseCodebook } from './codebook.js';
export { formatIssue, InputError, summariseIssues } from './errors.js';
export { parsePopulation, parseRegions, regionTableFromCodebook } from './regions.js';

export interface IngestInput {
  /** Name shown to users and written to respondents.csv (the path as given). */
  file: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  codebook: Codebook;
  regions: RegionTable;
}

/** Read and check every input; the survey, or an `InputError` listing every problem. */
export async function ingest(inputs: readonly IngestInput[], options: IngestOptions): Promise<Survey> {
  const { survey, issues } = await readSurvey(inputs, options);
  if (issues.some((i) => i.severity === 'error')) throw new InputError(issues);
  return survey;
}

/** Like `ingest`, but returns the problems instead of throwing (for `regioscan validate`). */
export async function readSurvey(
  inputs: readonly IngestInput[],
  { codebook, regions }: IngestOptions,
): Promise<{ survey: Survey; issues: Issue[] }> {
  const state = new SurveyState(codebook, regions);
  const issues: Issue[] = [];
  for (const input of inputs) {
    const list = new IssueList(input.file);
    const table = await readTable(input, list);
    if (table) {
      const normalized = normalizeTable(table);
      const rows = state.addTable(normalized, list);
      state.inputs.push({
        file: input.file,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        bytes: input.bytes.byteLength,
        encoding: table.encoding,
        delimiter: table.delimiter,
        tool: normalized.tool,
        layout: normalized.layout,
        rows: rows.read,
        included: rows.included,
      });
    }
    issues.push(...list.items);
  }
  const survey = state.finish(issues);
  if (survey.size === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({
      severity: 'error',
      code: 'no_respondents',
      file: inputs.map((i) => i.file).join(', '),
      row: null,
      line: null,
      column: null,
      value: null,
      message: message.noRespondents(),
    });
  }
  return { survey, issues };
}

async function readTable(input: IngestInput, list: IssueList): Promise<RawTable | null> {
  if (input.bytes.byteLength === 0) {
    list.error('empty_file', message.emptyFile());
    return null;
  }
  let table: RawTable;
  try {
    table = isXlsx(input) ? await parseXlsx(input.bytes, input.file) : parseCsv(input.bytes, input.file);
  } catch (error) {
    list.error('unreadable', message.fileUnreadable((error as Error).message));
    return null;
  }
  for (const note of table.notes) list.warn(note.code, note.message);
  if (table.records.length === 0) {
    list.error('empty_file', message.emptyFile());
    return null;
  }
  return table;
}

function isXlsx(input: IngestInput): boolean {
  // A ZIP signature: XLSX whatever the file is called.
  return (
    input.bytes[0] === 0x50 &&
    input.bytes[1] === 0x4b &&
    (input.file.toLowerCase().endsWith('.xlsx') || input.bytes[2] === 0x03)
  );
}

/** Everything collected across the input files. */
class SurveyState {
  readonly inputs: InputInfo[] = [];
  readonly ledger: LedgerRow[] = [];
  readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly builders = new Map<string, ColumnBuilder>();
  private readonly municipality = int16s();
  private readonly subregion = int16s();
  private readonly region = int16s();
  /** Option code of the region question → index in the region table (municipality or region). */
  private readonly places = new Map<number, number>();
  private readonly level: 'municipality' | 'region';

  constructor(
    readonly codebook: Codebook,
    readonly regions: RegionTable,
  ) {
    const question = codebook.questions.find((q) => q.id === codebook.region.question);
    const scale =
      question && 'scale' in question ? codebook.scales.find((s) => s.id === question.scale) : undefined;
    // A table without municipalities (no regions file) places respondents by region directly.
    const level = regions.municipalities.length === 0 ? 'region' : codebook.region.level;
    this.level = level;
    const names = (level === 'municipality' ? regions.municipalities : regions.regions).map((p) =>
      placeKey(p.name),
    );
    for (const option of scale?.options ?? []) {
      for (const label of [option.label.nl, option.label.en, ...option.aliases]) {
        const i = names.indexOf(placeKey(label));
        if (i >= 0) {
          this.places.set(option.code, i);
          break;
        }
      }
    }
  }

  /** Read one normalised table into the survey; returns its row counts. */
  addTable(table: NormalizedTable, list: IssueList): { read: number; included: number } {
    const headers = new HeaderIndex(table.headers, table.aliases);
    const duplicates = new Set<string>();
    const firstSeen = new Set<string>();
    for (const h of table.headers) {
      const k = labelKey(h);
      if (k !== '' && firstSeen.has(k) && !duplicates.has(k)) {
        duplicates.add(k);
        list.warn('duplicate_header', message.duplicateHeader(h), { row: 1, line: 1, column: h });
      }
      firstSeen.add(k);
    }
    const { plans, missing } = planQuestions(this.codebook, headers);
    for (const m of missing)
      list.error('missing_column', message.missingColumn(m.question, m.column, m.closest), {
        column: m.column,
      });
    // The codebook's settings win; otherwise what the tool says about its own columns.
    const complete = this.codebook.complete ?? table.meta.complete;
    const idColumn = this.metaColumn(
      'respondent id',
      this.codebook.respondentId ?? table.meta.respondentId,
      headers,
      list,
    );
    const completeColumn = this.metaColumn('completion', complete?.column, headers, list);
    const blanks = new Set(this.codebook.missingValues.map(labelKey));
    if (table.records.length === 0) list.error('no_rows', message.noDataRows());
    if (list.errorCount > 0) return { read: table.records.length, included: 0 };

    for (const p of plans)
      if (!this.builders.has(p.question.id)) this.builders.set(p.question.id, p.builder());
    const regionPlan = plans.find((p) => p.question.id === this.codebook.region.question)!;
    const completeValues = complete?.values?.map(labelKey);
    let included = 0;
    for (const record of table.records) {
      const cells =
        blanks.size === 0 ? record.cells : record.cells.map((c) => (blanks.has(labelKey(c)) ? '' : c));
      if (
        cells.length > table.headers.length &&
        cells.slice(table.headers.length).some((c) => c.trim() !== '')
      ) {
        list.error('ragged_row', message.raggedRow(cells.length, table.headers.length), {
          row: record.row,
          line: record.line,
        });
        this.ledger.push({
          file: table.file,
          row: record.row,
          line: record.line,
          respondentId: '',
          status: 'excluded',
          reason: 'invalid',
        });
        continue;
      }
      const id =
        idColumn >= 0 && (cells[idColumn] ?? '').trim() !== ''
          ? (cells[idColumn] ?? '').trim()
          : `${table.file}#${record.row}`;
      const account = (status: LedgerRow['status'], reason: LedgerRow['reason']) =>
        this.ledger.push({
          file: table.file,
          row: record.row,
          line: record.line,
          respondentId: id,
          status,
          reason,
        });
      if (completeColumn >= 0) {
        const value = labelKey(cells[completeColumn] ?? '');
        if (value === '' || (completeValues && !completeValues.includes(value))) {
          account('excluded', 'incomplete');
          continue;
        }
      }
      const answers = plans.map((p) =>
        p.read(cells, (column, value, expected) =>
          list.error('invalid_value', expected, {
            row: record.row,
            line: record.line,
            column: table.headers[column] ?? `#${column + 1}`,
            value,
          }),
        ),
      );
      if (this.seen.has(id)) {
        account('excluded', 'duplicate');
        continue;
      }
      const placeCode = answers[plans.indexOf(regionPlan)];
      const place = typeof placeCode === 'number' ? this.places.get(placeCode) : undefined;
      if (place === undefined) {
        account('excluded', 'outside_regions');
        continue;
      }
      if (
        !plans.some(
          (p, i) =>
            p !== regionPlan &&
            p.question.id !== this.codebook.role?.question &&
            p.isSubstantive(answers[i]!),
        )
      ) {
        account('excluded', 'no_answers');
        continue;
      }
      this.seen.add(id);
      this.include(plans, answers, place);
      this.ids.push(id);
      account('included', '');
      included++;
    }
    return { read: table.records.length, included };
  }

  private metaColumn(
    what: string,
    column: string | undefined,
    headers: HeaderIndex,
    list: IssueList,
  ): number {
    if (column === undefined) return -1;
    const i = headers.find(column);
    if (i === undefined)
      list.error('missing_column', message.missingMetaColumn(what, column, headers.closest(column)), {
        column,
      });
    return i ?? -1;
  }

  private include(plans: readonly QuestionPlan[], answers: readonly Answer[], place: number): void {
    plans.forEach((p, i) => p.push(this.builders.get(p.question.id)!, answers[i]!));
    if (this.level === 'municipality') {
      const m = this.regions.municipalities[place]!;
      this.municipality.push(place);
      this.subregion.push(m.subregion);
      this.region.push(m.region);
    } else {
      this.municipality.push(-1);
      this.subregion.push(-1);
      this.region.push(place);
    }
  }

  finish(issues: Issue[]): Survey {
    const columns = new Map([...this.builders].map(([id, b]) => [id, finishColumn(b)]));
    return {
      codebook: this.codebook,
      regions: this.regions,
      size: this.ids.length,
      respondentIds: this.ids,
      municipality: this.municipality.finish(),
      subregion: this.subregion.finish(),
      region: this.region.finish(),
      columns,
      weights: null,
      ledger: this.ledger,
      inputs: this.inputs,
      warnings: issues.filter((i) => i.severity === 'warning'),
    };
  }
}
