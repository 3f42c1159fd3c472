/**
 * What ingest collects across the input files: the column builders, the ledger, the ids seen
 * (for duplicates), and one table reader per file that parses, places and accounts for each row.
 */
import type { Codebook } from '../model/codebook.js';
import { placeKey, type RegionTable } from '../model/regions.js';
import { type InputInfo, type Issue, Ledger, type LedgerRow, type Survey } from '../model/survey.js';
import { type ColumnBuilder, finishColumn, float64s, int16s } from './columns.js';
import type { IssueList } from './errors.js';
import { fieldworkTracker } from './fieldwork.js';
import type { NormalizedTable } from './formats/types.js';
import { HeaderIndex } from './headers.js';
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
}

/** Everything collected across the input files. */
export class SurveyState {
  readonly inputs: InputInfo[] = [];
  readonly ledger = new Ledger();
  readonly ids: string[] = [];
  private readonly seen = new Set<string>();
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
    const weightColumn = this.metaColumn('weight', this.codebook.weight, headers, list);
    const timestampName = this.codebook.timestamp ?? table.meta.timestamp;
    const fieldwork = fieldworkTracker(
      timestampName ? (headers.find(timestampName) ?? -1) : -1,
      table.meta.dateOrder,
    );
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
      this.include(plans, builders, answers, place);
      this.ids.push(id);
      this.weights.push(weight);
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
      size: this.ids.length,
      respondentIds: this.ids,
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
