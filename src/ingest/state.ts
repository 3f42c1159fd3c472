/**
 * What ingest collects across the input files: the column builders, the ledger, the ids seen
 * (for duplicates), and one table reader per file that parses, places and accounts for each row.
 */
import type { Codebook } from '../model/codebook.js';
import type { LedgerSlice } from '../model/ledger.js';
import { placeKey, type RegionTable } from '../model/regions.js';
import {
  type Column,
  type InputInfo,
  type Issue,
  Ledger,
  type LedgerRow,
  type Survey,
  Texts,
} from '../model/survey.js';
import {
  builderLength,
  type ColumnBuilder,
  finishColumn,
  float64s,
  int16s,
  truncateBuilder,
} from './columns.js';
import type { IssueList } from './errors.js';
import { type FieldworkBounds, fieldworkBounds, fieldworkTracker } from './fieldwork.js';
import type { NormalizedTable } from './formats/types.js';
import { HeaderIndex } from './headers.js';
import { IdSet, idHash } from './id-set.js';
import { message } from './messages.js';
import { type Answer, planQuestions, type QuestionPlan } from './plan.js';
import type { RawRecord } from './read/table.js';
import { decimalComma, detach, labelKey } from './values.js';

/**
 * Open answers whose text is kept, per question and region: reports quote at most a few of them
 * (after redaction), so a national run does not hold every text in memory. Every answer still
 * counts as given.
 */
export const OPEN_TEXTS_PER_REGION = 200;

/** Takes the data records of one table, one at a time. */
export interface TableReader {
  add(record: RawRecord): void;
  /** Rows read and included from this table, and the fieldwork period of the included ones. */
  finish(): { read: number; included: number; fieldwork: InputInfo['fieldwork'] };
  /**
   * Take in the rows of this table that another thread read after the ones added here
   * (`SurveyState.part`), exactly as if they had been added one by one; false when that would not
   * be exact (an id of theirs included here already, a date order not yet decided), and the state
   * is then for the caller to undo (`SurveyState.checkpoint`).
   */
  absorb(part: TablePart): boolean;
  /** The fieldwork bounds under every date order, of a reader begun with `{ part: true }`. */
  fieldworkBounds(): FieldworkBounds | null;
}

/**
 * The rows of part of one table, read by a state of their own on another thread (read-worker.ts):
 * the ledger, the answers and places of the rows it included, and what it counted.
 */
export interface TablePart {
  read: number;
  included: number;
  /** Non-blank records (the row limit counts them). */
  records: number;
  fieldwork: FieldworkBounds;
  ledger: LedgerSlice;
  columns: [string, Column][];
  municipality: Int16Array;
  subregion: Int16Array;
  region: Int16Array;
  weights: Float64Array;
  /** The hash of each included row's id, in their order (`idHash`). */
  idHashes: Int32Array;
}

/** Ledger status codes (ledger.ts): included, and (as bits) the excluded ones that got past the duplicate check. */
const INCLUDED = 0;
const PAST_DUPLICATE_CHECK = (1 << 3) | (1 << 4);

/** Everything collected across the input files. */
export class SurveyState {
  readonly inputs: InputInfo[] = [];
  readonly ledger = new Ledger();
  /** The ids of the included rows, in order, and the set of them the duplicate check asks. */
  private readonly seen = new IdSet();
  private readonly builders = new Map<string, ColumnBuilder>();
  private readonly municipality = int16s();
  private readonly subregion = int16s();
  private readonly region = int16s();
  private readonly weights = float64s();
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
  beginTable(table: NormalizedTable, list: IssueList, options: { part?: boolean } = {}): TableReader {
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
    const weightColumn = this.metaColumn('weight', this.codebook.weight, headers, list);
    // Warned on the first part only: a part read on another thread with a note is read again.
    if (weightColumn >= 0 && !options.part) {
      const column = table.headers[weightColumn]!;
      for (const p of plans)
        if (p.columns.includes(weightColumn))
          list.warn('weight_is_question', message.weightIsQuestion(column, p.question.id), {
            row: 1,
            line: 1,
            column,
          });
    }
    const timestampName = this.codebook.timestamp ?? table.meta.timestamp;
    const timestampColumn = timestampName ? (headers.find(timestampName) ?? -1) : -1;
    // A part read on another thread keeps its bounds under every order (TablePart).
    const partBounds = options.part ? fieldworkBounds(timestampColumn) : null;
    const fieldwork = partBounds ?? fieldworkTracker(timestampColumn, table.meta.dateOrder);
    const tracker = partBounds ? null : (fieldwork as ReturnType<typeof fieldworkTracker>);
    if (list.errorCount > 0) return this.rejectAll(table);
    for (const p of plans)
      if (!this.builders.has(p.question.id)) this.builders.set(p.question.id, p.builder());
    // Looked up once per file, not once per answer.
    const builders = plans.map((p) => this.builders.get(p.question.id)!);
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
      // A record that could not be split has no id cell to trust (it may hold a whole row's answers).
      if (id === '' || record.rejected) id = `${table.file}#${record.row}`;
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
      if (record.rejected) {
        // The reader could not split it into the header's fields and has said so.
        account('excluded', 'invalid');
        return;
      }
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
      const complain = (column: number, value: string, expected: string) =>
        list.error('invalid_value', expected, {
          row: record.row,
          line: record.line,
          column: table.headers[column] ?? `#${column + 1}`,
          value,
        });
      const answers: Answer[] = new Array(plans.length);
      for (let k = 0; k < plans.length; k++) answers[k] = plans[k]!.read(cells, complain);
      let weight = 1;
      if (weightColumn >= 0) {
        const raw = cells[weightColumn] ?? '';
        const w = decimalComma(raw.trim());
        if (w === undefined || !Number.isFinite(w) || w < 0) {
          list.error('invalid_weight', message.invalidWeight(), {
            row: record.row,
            line: record.line,
            column: table.headers[weightColumn] ?? `#${weightColumn + 1}`,
            value: raw,
          });
          account('excluded', 'invalid');
          return;
        }
        weight = w;
      }
      const placeCode = answers[regionAt];
      const place = typeof placeCode === 'number' ? this.places.get(placeCode) : undefined;
      const regionName = place === undefined ? '' : this.regionName(place);
      const hash = idHash(id);
      if (this.seen.has(id, hash)) {
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
      this.seen.add(id, hash);
      this.include(plans, builders, answers, place);
      this.weights.push(weight);
      account('included', '', regionName);
      fieldwork.add(cells);
      included++;
    };
    return {
      add,
      finish: () => {
        if (read === 0) list.error('no_rows', message.noDataRows());
        return { read, included, fieldwork: tracker?.period() ?? null };
      },
      absorb: (part) => {
        if (!tracker?.canAbsorb(part.fieldwork) || !this.absorbRows(plans, builders, part)) return false;
        tracker.absorb(part.fieldwork);
        read += part.read;
        included += part.included;
        return true;
      },
      fieldworkBounds: () => partBounds?.bounds() ?? null,
    };
  }

  /** This state's rows as a part, for the thread that reads the table's earlier rows (`absorb`). */
  part(reader: TableReader, records: number): TablePart {
    const { read, included } = reader.finish();
    return {
      read,
      included,
      records,
      fieldwork: reader.fieldworkBounds() ?? { dmy: null, mdy: null, ymd: null },
      ledger: this.ledger.sliceOf(null),
      columns: [...this.builders].map(([id, b]) => [id, finishColumn(b)]),
      municipality: this.municipality.finish(),
      subregion: this.subregion.finish(),
      region: this.region.finish(),
      weights: this.weights.finish(),
      idHashes: this.seen.hashes(),
    };
  }

  /**
   * Take in a part's rows. They are what adding them here would have given when none of those
   * that reached the duplicate check has an id included here already: the only state a row's
   * outcome depends on, besides the per-region count of kept texts, which `keepText` goes on with.
   * False when one has: the state is then part-way, for the caller to undo (`checkpoint`).
   */
  private absorbRows(
    plans: readonly QuestionPlan[],
    builders: readonly ColumnBuilder[],
    part: TablePart,
  ): boolean {
    if (!part.columns.every(([id]) => this.builders.has(id))) return false;
    const { status, ids } = part.ledger;
    const seen = this.seen;
    const hashes = part.idHashes;
    seen.reserve(seen.size + hashes.length);
    let k = 0;
    for (let i = 0; i < ids.length; i++) {
      const code = status[i]!;
      if (code === INCLUDED) {
        if (!seen.add(ids[i]!, hashes[k++])) return false;
      } else if ((PAST_DUPLICATE_CHECK & (1 << code)) !== 0 && seen.has(ids[i]!)) return false;
    }
    this.ledger.append(part.ledger);
    const columns = new Map(part.columns);
    for (let k = 0; k < plans.length; k++) {
      const question = plans[k]!.question.id;
      appendColumn(builders[k]!, columns.get(question)!, (i) => this.keepText(question, part.region[i]!));
    }
    this.municipality.append(part.municipality);
    this.subregion.append(part.subregion);
    this.region.append(part.region);
    this.weights.append(part.weights);
    return true;
  }

  /**
   * Where this state stands, and the way back to it: for a read that is started one way and, when
   * that cannot be exact, done again another (input.ts).
   */
  checkpoint(): () => void {
    const ledger = this.ledger.length;
    const ids = this.seen.size;
    const builders = new Map([...this.builders].map(([id, b]) => [id, builderLength(b)]));
    const textCounts = new Map([...this.textCounts].map(([id, c]) => [id, c.slice()]));
    const placed = this.region.length;
    const weights = this.weights.length;
    return () => {
      this.ledger.truncate(ledger);
      this.seen.truncate(ids);
      for (const [id, b] of this.builders) {
        const length = builders.get(id);
        if (length === undefined) this.builders.delete(id);
        else truncateBuilder(b, length);
      }
      this.textCounts.clear();
      for (const [id, c] of textCounts) this.textCounts.set(id, c);
      this.municipality.truncate(placed);
      this.subregion.truncate(placed);
      this.region.truncate(placed);
      this.weights.truncate(weights);
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
      absorb: () => false,
      fieldworkBounds: () => null,
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

  private include(
    plans: readonly QuestionPlan[],
    builders: readonly ColumnBuilder[],
    answers: readonly Answer[],
    place: number,
  ): void {
    const region = this.level === 'municipality' ? this.regions.municipalities[place]!.region : place;
    for (let i = 0; i < plans.length; i++) {
      const p = plans[i]!;
      const builder = builders[i]!;
      const answer = answers[i]!;
      if (builder.kind === 'text' && typeof answer === 'string')
        builder.values.push(answer, this.keepText(p.question.id, region));
      else p.push(builder, answer);
    }
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
      size: this.seen.size,
      respondentIds: this.seen.ids,
      municipality: this.municipality.finish(),
      subregion: this.subregion.finish(),
      region: this.region.finish(),
      columns,
      weights: this.codebook.weight ? this.weights.finish() : null,
      ledger: this.ledger,
      inputs: this.inputs,
      warnings: issues.filter((i) => i.severity === 'warning'),
    };
  }
}

/** Add a part's finished column to a builder; `keep(i)` says whether answer i's text is kept. */
function appendColumn(builder: ColumnBuilder, column: Column, keep: (i: number) => boolean): void {
  if (builder.kind === 'code' && column.kind === 'code') builder.codes.append(column.codes);
  else if (builder.kind === 'number' && column.kind === 'number') builder.values.append(column.values);
  else if (builder.kind === 'multi' && column.kind === 'multi')
    for (const [j, t] of builder.ticks.entries()) t.append(column.ticks[j]!);
  else if (builder.kind === 'rank' && column.kind === 'rank')
    for (const [j, p] of builder.positions.entries()) p.append(column.positions[j]!);
  else if (builder.kind === 'text' && column.kind === 'text') {
    const texts = Texts.revive(column.values);
    for (let i = 0; i < texts.length; i++) builder.values.pushFrom(texts, i, () => keep(i));
  } else throw new Error(`a part's column is ${column.kind}, this table's is ${builder.kind}`);
}
