/**
 * What the CSV reader checks on each record, so that nothing is lost or misread without a word:
 * the parser's quote errors, records that do not split into the header's number of fields (written
 * with another delimiter, or cut short), and values that swallowed whole rows. Problems become read
 * notes with their row and line; a record that cannot be read is marked `rejected`.
 */
import type { ParseError } from 'papaparse';
import { message } from '../messages.js';
import { countFields, OTHER_DELIMITERS } from './delimiter.js';
import { countLineBreaks, type RawRecord, type ReadNote } from './table.js';

/**
 * Narrower files are not checked for merged rows: a line of an answer may split into a few fields
 * by chance ("ja, nee, soms"), and rarely into six or more.
 */
const MERGE_WIDTH = 6;

/** Records written with another delimiter: how many, and the first. */
interface Mixed {
  count: number;
  row: number;
  line: number;
}

export class RecordCheck {
  private header: readonly string[] | null;
  private readonly mixed = new Map<string, Mixed>();

  /** `header`: the file's header record, for a check that starts inside the file. */
  constructor(
    private readonly delimiter: string,
    private readonly notes: ReadNote[],
    header?: readonly string[],
  ) {
    this.header = header ?? null;
  }

  /**
   * Check one non-blank record: `errors` are the parser's for it, `multiline` the values that hold
   * a line break (by index; null for none). Returns the record, marked `rejected` when it cannot
   * be read.
   */
  record(record: RawRecord, errors: readonly ParseError[], multiline: readonly number[] | null): RawRecord {
    const { cells } = record;
    const header = this.header === null;
    if (header) this.header = cells;
    if (errors.length > 0) {
      this.quoteErrors(record, errors);
      return header ? record : { ...record, rejected: true };
    }
    if (header) return record;
    const width = this.header!.length;
    if (cells.length < width || (cells.length > width && !emptyFrom(cells, width))) {
      const raw = cells.join(this.delimiter);
      const other = OTHER_DELIMITERS.find((d) => d !== this.delimiter && countFields(raw, d) === width);
      if (other !== undefined) {
        const seen = this.mixed.get(other);
        if (seen) seen.count++;
        else this.mixed.set(other, { count: 1, row: record.row, line: record.line });
        return { ...record, rejected: true };
      }
      if (cells.length < width) {
        this.error('short_row', message.shortRow(cells.length, width), record);
        return { ...record, rejected: true };
      }
      // A longer record is the table reader's to report (ragged_row): it knows the columns.
    }
    if (multiline !== null && width >= MERGE_WIDTH && this.mergedRows(record, multiline, width))
      return { ...record, rejected: true };
    return record;
  }

  /** Report the records written with another delimiter, one error per delimiter. */
  finish(): void {
    for (const [other, m] of this.mixed)
      this.error('mixed_delimiters', message.mixedDelimiters(m.count, other, this.delimiter, m.line), m);
  }

  private quoteErrors(record: RawRecord, errors: readonly ParseError[]): void {
    const { cells } = record;
    if (errors.some((e) => e.code === 'MissingQuotes')) {
      // An unclosed quote runs to the end of the file, so it is in the last value the parser made.
      const last = cells.length - 1;
      const value = cells[last] ?? '';
      // The file's own last line end is inside the value too; it starts no line.
      const lines = countLineBreaks(value) - (/[\n\r]$/.test(value) ? 1 : 0);
      this.error('unclosed_quote', message.unclosedQuote(this.column(last), lines), {
        ...record,
        column: this.column(last),
      });
    } else if (errors.some((e) => e.code === 'InvalidQuotes')) {
      // Named only when one value holds a quote: the parser does not say which value it was.
      const quoted = cells.flatMap((c, i) => (c.includes('"') ? [i] : []));
      const column = quoted.length === 1 ? this.column(quoted[0]!) : null;
      this.error('invalid_quote', message.invalidQuote(column), {
        ...record,
        ...(column === null ? {} : { column }),
      });
    } else {
      for (const e of errors) this.error('parse_error', e.message, record);
    }
  }

  /**
   * Report a value one of whose lines splits into exactly a row's fields: the mark of a stray quote
   * closed by another one rows later, which merges the rows between into one value.
   */
  private mergedRows(record: RawRecord, multiline: readonly number[], width: number): boolean {
    let merged = false;
    for (const i of multiline) {
      const cell = record.cells[i]!;
      // A whole row needs at least one delimiter less than it has fields.
      if (cell.length < width) continue;
      const lines = cell.split(/\n|\r/);
      const rows = lines.filter((l) => countFields(l, this.delimiter) === width).length;
      if (rows === 0) continue;
      merged = true;
      this.error('merged_rows', message.mergedRows(this.column(i), lines.length, rows), {
        ...record,
        column: this.column(i),
      });
    }
    return merged;
  }

  private column(i: number): string {
    const name = this.header?.[i]?.trim();
    return name ? name : `#${i + 1}`;
  }

  private error(code: string, text: string, at: { row: number; line: number; column?: string }): void {
    this.notes.push({
      severity: 'error',
      code,
      message: text,
      row: at.row,
      line: at.line,
      ...(at.column === undefined ? {} : { column: at.column }),
    });
  }
}

function emptyFrom(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}
