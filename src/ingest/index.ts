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
import { open, readFile, stat } from 'node:fs/promises';
import type { Codebook } from '../model/codebook.js';
import { placeKey, type RegionTable } from '../model/regions.js';
import { type InputInfo, type Issue, Ledger, type LedgerRow, type Survey } from '../model/survey.js';
import { type ColumnBuilder, finishColumn, int16s } from './columns.js';
import { type DateOrder, detectDateOrder, parseDateTime } from './dates.js';
import { InputError, IssueList } from './errors.js';
import { normalizeTable } from './formats/index.js';
import type { NormalizedTable } from './formats/types.js';
import { message } from './messages.js';
import { type Answer, HeaderIndex, planQuestions, type QuestionPlan } from './plan.js';
import { bytesSource, fileSource, streamCsv } from './read/stream.js';
import type { RawRecord } from './read/table.js';
import { parseXlsx } from './read/xlsx.js';
import { detach, labelKey } from './values.js';

export { parseCodebook, parseCodebookData } from './codebook.js';
export { formatIssue, InputError, summariseIssues } from './errors.js';
export { parsePopulation, parseRegions, regionTableFromCodebook } from './regions.js';

export interface IngestInput {
  /** Name shown to users and written to respondents.csv (the path as given). */
  file: string;
  /** The file's bytes, when they are in memory (tests, small files). */
  bytes?: Uint8Array;
  /** Path to stream the file from (exports of any size), when `bytes` is not given. */
  path?: string;
}

export interface IngestOptions {
  codebook: Codebook;
  regions: RegionTable;
  /** Called while a file is read: bytes done and the file's size. */
  onProgress?: (file: string, done: number, total: number) => void;
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
  options: IngestOptions,
): Promise<{ survey: Survey; issues: Issue[] }> {
  const state = new SurveyState(options.codebook, options.regions);
  const issues: Issue[] = [];
  for (const input of inputs) {
    const list = new IssueList(input.file);
    try {
      const info = await readInput(input, state, list, options.onProgress);
      if (info) state.inputs.push(info);
    } catch (error) {
      list.error('unreadable', message.fileUnreadable((error as Error).message));
    }
    issues.push(...list.items);
  }
  const survey = state.finish(issues);
  assertAccounted(survey);
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

/**
 * The ledger gate (reliability.md §4): every row read is in the ledger, and the ledger's included
 * rows are exactly the survey's respondents. A mismatch is a bug, never a data problem.
 */
function assertAccounted(survey: Survey): void {
  const read = survey.inputs.reduce((n, i) => n + i.rows, 0);
  const included = survey.inputs.reduce((n, i) => n + i.included, 0);
  const ledgerIncluded = survey.ledger.counts().get('included') ?? 0;
  if (read !== survey.ledger.length || included !== survey.size || ledgerIncluded !== survey.size) {
    throw new Error(
      `row accounting does not add up: ${read} rows read, ${survey.ledger.length} in the ledger, ` +
        `${included} included per file, ${ledgerIncluded} in the ledger, ${survey.size} in the survey`,
    );
  }
}

/**
 * Open answers whose text is kept, per question and region: reports quote at most a few of them
 * (after redaction), so a national run does not hold every text in memory. Every answer still
 * counts as given.
 */
export const OPEN_TEXTS_PER_REGION = 200;

/** Records read before the tool is recognised: enough for every format's header signature. */
const HEAD_RECORDS = 5;

/** Read one file into the survey: XLSX whole, CSV streamed record by record. */
async function readInput(
  input: IngestInput,
  state: SurveyState,
  list: IssueList,
  onProgress: IngestOptions['onProgress'],
): Promise<InputInfo | null> {
  const size = input.bytes?.byteLength ?? (await stat(input.path ?? input.file)).size;
  if (size === 0) {
    list.error('empty_file', message.emptyFile());
    return null;
  }
  const magic = input.bytes?.subarray(0, 4) ?? (await readMagic(input.path ?? input.file));
  if (isZip(magic)) {
    const bytes = input.bytes ?? new Uint8Array(await readFile(input.path ?? input.file));
    const table = await parseXlsx(bytes, input.file);
    onProgress?.(input.file, size, size);
    if (table.records.length === 0) {
      list.error('empty_file', message.emptyFile());
      return null;
    }
    const normalized = normalizeTable(table);
    const reader = state.beginTable(normalized, list);
    for (const record of normalized.records) reader.add(record);
    const rows = reader.finish();
    return {
      file: input.file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: size,
      encoding: 'xlsx',
      delimiter: null,
      tool: normalized.tool,
      layout: normalized.layout,
      rows: rows.read,
      included: rows.included,
      fieldwork: rows.fieldwork,
    };
  }

  const head: RawRecord[] = [];
  let reader: TableReader | undefined;
  let normalized: NormalizedTable | undefined;
  const start = () => {
    normalized = normalizeTable({
      file: input.file,
      records: head,
      encoding: '',
      delimiter: null,
      blankRecords: 0,
      notes: [],
    });
    reader = state.beginTable(normalized, list);
    for (const record of normalized.records) reader.add(record);
  };
  const source = input.bytes ? bytesSource(input.bytes) : fileSource(input.path ?? input.file);
  const facts = await streamCsv(
    source,
    (record) => {
      if (reader === undefined) {
        head.push(record);
        if (head.length === HEAD_RECORDS) start();
      } else reader.add(record);
    },
    onProgress ? (done) => onProgress(input.file, done, size) : undefined,
  );
  for (const note of facts.notes) list.warn(note.code, note.message);
  if (reader === undefined) {
    if (head.length === 0) {
      list.error('empty_file', message.emptyFile());
      return null;
    }
    start();
  }
  const rows = reader!.finish();
  return {
    file: input.file,
    sha256: facts.sha256,
    bytes: facts.bytes,
    encoding: facts.encoding,
    delimiter: facts.delimiter,
    tool: normalized!.tool,
    layout: normalized!.layout,
    rows: rows.read,
    included: rows.included,
    fieldwork: rows.fieldwork,
  };
}

async function readMagic(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** A ZIP signature: XLSX whatever the file is called. */
function isZip(magic: Uint8Array): boolean {
  return magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04;
}

/**
 * The first and last submit date of the included responses. The date order (d-m or m-d) is
 * decided on the first 500 values (a day above 12 decides; else the tool's convention).
 */
function fieldworkTracker(column: number, fallback: 'dmy' | 'mdy' | undefined) {
  const sample: string[] = [];
  let order: DateOrder | null | undefined;
  let from: string | null = null;
  let to: string | null = null;
  const take = (raw: string) => {
    const iso = order ? parseDateTime(raw, order) : null;
    if (iso === null) return;
    const day = iso.slice(0, 10);
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  };
  return {
    add(cells: readonly string[]) {
      if (column < 0) return;
      const raw = (cells[column] ?? '').trim();
      if (raw === '') return;
      if (order === undefined) {
        sample.push(raw);
        if (sample.length < 500) return;
        order = detectDateOrder(sample, fallback ?? 'dmy');
        for (const v of sample) take(v);
        return;
      }
      take(raw);
    },
    period(): InputInfo['fieldwork'] {
      if (order === undefined && sample.length > 0) {
        order = detectDateOrder(sample, fallback ?? 'dmy');
        for (const v of sample) take(v);
      }
      return from !== null && to !== null ? { from, to } : null;
    },
  };
}

/** Takes the data records of one table, one at a time. */
export interface TableReader {
  add(record: RawRecord): void;
  /** Rows read and included from this table, and the fieldwork period of the included ones. */
  finish(): { read: number; included: number; fieldwork: InputInfo['fieldwork'] };
}

/** Everything collected across the input files. */
class SurveyState {
  readonly inputs: InputInfo[] = [];
  readonly ledger = new Ledger();
  readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly builders = new Map<string, ColumnBuilder>();
  private readonly municipality = int16s();
  private readonly subregion = int16s();
  private readonly region = int16s();
  /** Option code of the region question → index in the region table (municipality or region). */
  private readonly places = new Map<number, number>();
  private readonly level: 'municipality' | 'region';
  private readonly textCounts = new Map<string, Int32Array>();

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

  /**
   * Start reading one normalised table: find the columns, report what is missing (in `list`), and
   * return a reader for its data records (one that rejects every row when the columns do not map).
   */
  beginTable(table: NormalizedTable, list: IssueList): TableReader {
    const headers = new HeaderIndex(table.headers, table.aliases);
    const firstSeen = new Set<string>();
    const reported = new Set<string>();
    for (const h of table.headers) {
      const k = labelKey(h);
      if (k !== '' && firstSeen.has(k) && !reported.has(k)) {
        reported.add(k);
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
    const timestampName = this.codebook.timestamp ?? table.meta.timestamp;
    const fieldwork = fieldworkTracker(
      timestampName ? (headers.find(timestampName) ?? -1) : -1,
      table.meta.dateOrder,
    );
    if (list.errorCount > 0) return this.rejectAll(table);
    for (const p of plans)
      if (!this.builders.has(p.question.id)) this.builders.set(p.question.id, p.builder());
    const regionPlan = plans.find((p) => p.question.id === this.codebook.region.question)!;
    const regionAt = plans.indexOf(regionPlan);
    const roleId = this.codebook.role?.question;
    const completeValues = complete?.values?.map(labelKey);
    const blanks = new Set(this.codebook.missingValues.map(labelKey));
    const width = table.headers.length;
    let read = 0;
    let included = 0;

    const add = (record: RawRecord): void => {
      read++;
      const cells =
        blanks.size === 0 ? record.cells : record.cells.map((c) => (blanks.has(labelKey(c)) ? '' : c));
      let id = idColumn >= 0 ? detach((cells[idColumn] ?? '').trim()) : '';
      if (id === '') id = `${table.file}#${record.row}`;
      const account = (status: LedgerRow['status'], reason: LedgerRow['reason'], region = '') =>
        this.ledger.push({
          file: table.file,
          row: record.row,
          line: record.line,
          respondentId: id,
          region,
          status,
          reason,
        });
      if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
        list.error('ragged_row', message.raggedRow(cells.length, width), {
          row: record.row,
          line: record.line,
        });
        account('excluded', 'invalid');
        return;
      }
      if (completeColumn >= 0) {
        const value = labelKey(cells[completeColumn] ?? '');
        if (value === '' || (completeValues && !completeValues.includes(value))) {
          account('excluded', 'incomplete');
          return;
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
      const placeCode = answers[regionAt];
      const place = typeof placeCode === 'number' ? this.places.get(placeCode) : undefined;
      const regionName = place === undefined ? '' : this.regionName(place);
      if (this.seen.has(id)) {
        account('excluded', 'duplicate', regionName);
        return;
      }
      if (place === undefined) {
        account('excluded', 'outside_regions');
        return;
      }
      if (!plans.some((p, i) => i !== regionAt && p.question.id !== roleId && p.isSubstantive(answers[i]!))) {
        account('excluded', 'no_answers', regionName);
        return;
      }
      this.seen.add(id);
      this.include(plans, answers, place);
      this.ids.push(id);
      account('included', '', regionName);
      fieldwork.add(cells);
      included++;
    };
    return {
      add,
      finish: () => {
        if (read === 0) list.error('no_rows', message.noDataRows());
        return { read, included, fieldwork: fieldwork.period() };
      },
    };
  }

  /** Keep the text of the first `OPEN_TEXTS_PER_REGION` answers to a question in a region. */
  private keepText(question: string, region: number): boolean {
    let counts = this.textCounts.get(question);
    if (!counts) {
      counts = new Int32Array(this.regions.regions.length);
      this.textCounts.set(question, counts);
    }
    return counts[region]!++ < OPEN_TEXTS_PER_REGION;
  }

  /** A table whose columns cannot be mapped: every row is accounted for as unreadable. */
  private rejectAll(table: NormalizedTable): TableReader {
    let read = 0;
    return {
      add: (record) => {
        read++;
        this.ledger.push({
          file: table.file,
          row: record.row,
          line: record.line,
          respondentId: `${table.file}#${record.row}`,
          region: '',
          status: 'excluded',
          reason: 'invalid',
        });
      },
      finish: () => ({ read, included: 0, fieldwork: null }),
    };
  }

  private regionName(place: number): string {
    const index = this.level === 'municipality' ? this.regions.municipalities[place]!.region : place;
    return this.regions.regions[index]!.name;
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
    const region = this.level === 'municipality' ? this.regions.municipalities[place]!.region : place;
    plans.forEach((p, i) => {
      const builder = this.builders.get(p.question.id)!;
      const answer = answers[i]!;
      if (builder.kind === 'text' && typeof answer === 'string')
        builder.values.push(answer, this.keepText(p.question.id, region));
      else p.push(builder, answer);
    });
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
