/**
 * Column profiles built one cell at a time, so an export is profiled while it streams past and
 * never held whole. Each column keeps at most `MAX_DISTINCT` distinct values (and every "no answer"
 * label or code, which are few), and a summary of every value; a cell spelled as one seen before
 * is counted without being cleaned again.
 */
import { cleanCell, decimalComma, detach, stripQuotePrefix } from '../ingest/values.js';
import { codeAndText } from './groups.js';
import { type ColumnProfile, type Distinct, MAX_DISTINCT, SENTINEL, type ValueSummary } from './profile.js';
import { labelKeys, MISSING_LABELS } from './scales.js';

/** Most cell spellings remembered per column (several spellings may share one distinct value). */
const MAX_SPELLINGS = 4 * MAX_DISTINCT;
/** Match keys of the "no answer" labels ("weet niet", "n.v.t."). */
const NO_ANSWER = new Set(MISSING_LABELS.flatMap(labelKeys));

/** Text typed beside the options: Qualtrics `Q2_TEXT`, LimeSurvey `Q1[other]`/`[comment]`, SurveyMonkey "Other (please specify)". */
const TEXT_ENTRY = /_TEXT$|\[(other|\w*comment)\]$|\(please specify\)/i;
const DATE =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]\.?m\.?)?( ?(gmt|utc)?[+-]?\d{0,2}(:?\d{2})?)?z?)?$/i;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Builds the profile of one column from its cells, in file order. */
export class ColumnProfiler {
  private readonly byKey = new Map<string, Distinct>();
  /** Cells as read → their distinct value (null: empty); one-character cells in `ascii`, `''` in `empty`. */
  private readonly spellings = new Map<string, Distinct | null>();
  private readonly ascii: (Distinct | null | undefined)[] = new Array(128).fill(undefined);
  private empty: Distinct | null | undefined;
  private answered = 0;
  private many = false;
  private numeric = true;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private readonly summary: Omit<ValueSummary, 'numbers'> = {
    dates: true,
    emails: true,
    negative: false,
    longest: 0,
  };

  constructor(
    /** Column index in the normalised table. */
    readonly index: number,
    readonly header: string,
    private readonly aliases: readonly string[],
  ) {}

  /** Count one cell of the column. */
  add(cell: string): void {
    // Most cells are empty or one character (a code, a tick): looked up without hashing.
    const known =
      cell.length === 0
        ? this.empty
        : cell.length === 1 && cell.charCodeAt(0) < 128
          ? this.ascii[cell.charCodeAt(0)]
          : this.spellings.get(cell);
    if (known === null) return;
    if (known !== undefined) {
      known.count++;
      this.answered++;
      return;
    }
    // As `labelKey(cleanCell(stripQuotePrefix(cleanCell(cell))))`, cleaning each text once.
    const trimmed = cleanCell(cell);
    const stripped = stripQuotePrefix(trimmed);
    const value = stripped === trimmed ? trimmed : cleanCell(stripped);
    const key = value.toLowerCase();
    if (key === '') {
      this.remember(cell, null);
      return;
    }
    this.answered++;
    let entry = this.byKey.get(key);
    if (entry) entry.count++;
    else {
      const special = NO_ANSWER.has(key) || SENTINEL.test(value);
      this.observe(value, special);
      if (this.byKey.size >= MAX_DISTINCT && !special) {
        this.many = true;
        return;
      }
      entry = { value: detach(value), count: 1 };
      this.byKey.set(detach(key), entry);
    }
    this.remember(cell, entry);
  }

  /** The profile of the cells counted so far. */
  toProfile(): ColumnProfile {
    // The tool's question text; else the heading, less a question code in front of its words.
    const text =
      this.aliases.find((a) => cleanCell(a) !== '') ?? codeAndText(this.header)?.text ?? this.header;
    return {
      index: this.index,
      header: this.header,
      text: cleanCell(text) || this.header,
      answered: this.answered,
      distinct: [...this.byKey.values()],
      many: this.many,
      summary: {
        ...this.summary,
        numbers: this.numeric && this.min <= this.max ? { min: this.min, max: this.max } : null,
      },
      textEntry: [this.header, ...this.aliases].some((a) => TEXT_ENTRY.test(a.trim())),
    };
  }

  private remember(cell: string, entry: Distinct | null): void {
    if (cell.length === 0) this.empty = entry;
    else if (cell.length === 1 && cell.charCodeAt(0) < 128) this.ascii[cell.charCodeAt(0)] = entry;
    // A parsed cell is a slice of the parser's chunk: keep a copy, not the chunk.
    else if (this.spellings.size < MAX_SPELLINGS) this.spellings.set(detach(cell), entry);
  }

  /** Fold a value (first spelling of each distinct value, every value past the limit) into the summary. */
  private observe(value: string, special: boolean): void {
    const s = this.summary;
    if (value.length > s.longest) s.longest = value.length;
    if (s.dates && !DATE.test(value) && !TIME.test(value)) s.dates = false;
    if (s.emails && !EMAIL.test(value)) s.emails = false;
    if (special) return;
    // Once a value is not a number, only a negative number can still change the summary.
    if (!this.numeric && value.charCodeAt(0) !== 45) return;
    const n = decimalComma(value);
    if (n === undefined || Number.isNaN(n)) {
      this.numeric = false;
      return;
    }
    if (n < 0) s.negative = true;
    if (n < this.min) this.min = n;
    if (n > this.max) this.max = n;
  }
}
