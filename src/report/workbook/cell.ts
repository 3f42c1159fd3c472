/**
 * The one door through which values reach a worksheet cell. Strings are cleaned (control
 * characters that make the XML invalid are stripped) and defused (a leading `=`, `+`, `-`, `@`,
 * TAB, CR or NUL gets a `'` in front, OWASP ASVS 1.2.10), numbers stay numbers, and nothing
 * else — no object from the input — can become a formula or a hyperlink.
 */
import type { Cell as ExcelCell } from 'exceljs';
import type { Lang, Text } from '../labels/index.js';
import { pBelow, truth } from '../labels/workbook.js';

/** What a cell may hold: a primitive, never an object. `null` leaves the cell empty. */
export type Primitive = string | number | boolean | null;

/** Number formats used in the workbook, by meaning. */
export type Format =
  | 'int'
  | 'thousands'
  | 'mean'
  | 'share'
  | 'score'
  | 'decimal1'
  | 'decimal3'
  | 'p'
  | 'text';

/** A cell with its own format or alignment, overriding its column's. */
export interface Cell {
  value: Primitive;
  format?: Format;
  align?: 'left' | 'right';
}
export type CellInput = Primitive | Cell;

/** The number format codes of one workbook: per `Format`, and for TRUE/FALSE cells. */
export interface NumberFormats {
  number: Record<Format, string | undefined>;
  boolean: string;
}

/**
 * Excel number format codes in the run's language (the reader's locale supplies the decimal
 * sign of the digits; the words are ours). A p- or q-value below 0.001 reads "< 0,001" (nl) or
 * "< 0.001" (en) through a condition in the format, so the cell stays the number.
 */
export function toNumberFormats(lang: Lang): NumberFormats {
  const quoted = (text: Text) => `"${text[lang].replace(/"/g, '')}"`;
  return {
    number: {
      int: '0',
      thousands: '#,##0',
      mean: '0.00',
      share: '0%',
      score: '0.0',
      decimal1: '0.0',
      decimal3: '0.000',
      p: `[<0.001]${quoted(pBelow)};0.000`,
      text: undefined,
    },
    // Excel ignores number formats on booleans (it shows its own TRUE/FALSE, or WAAR/ONWAAR), but
    // LibreOffice shows a boolean without one as 0 or 1: positive, negative and zero sections.
    boolean: `${quoted(truth.yes)};${quoted(truth.yes)};${quoted(truth.no)}`,
  };
}

// XML 1.0 forbids C0 controls other than TAB, LF, CR, and U+FFFE/U+FFFF; DEL is stripped too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
// A lone surrogate cannot be encoded as UTF-8 either.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the formula triggers
const TRIGGER = /^[=+\-@\t\r\u0000]/;

/**
 * Make a string safe to store as cell text: strip control characters other than TAB/LF/CR,
 * and prefix `'` when the original or the cleaned value starts with `=`, `+`, `-`, `@`, TAB,
 * CR or NUL, so that Excel never evaluates it.
 */
export function toCellText(value: string): string {
  const cleaned = value.replace(CONTROL, '').replace(LONE_SURROGATE, '');
  return TRIGGER.test(value) || TRIGGER.test(cleaned) ? `'${cleaned}` : cleaned;
}

/** The primitive value of a cell input. */
export function toPrimitive(input: CellInput): Primitive {
  return input !== null && typeof input === 'object' ? input.value : input;
}

/**
 * Write one value into a cell: strings through `toCellText` (an empty one leaves the cell empty),
 * finite numbers as numbers (a non-finite number leaves the cell empty), booleans as booleans.
 */
export function writeCell(cell: ExcelCell, value: Primitive): void {
  if (typeof value === 'string') cell.value = toCellText(value) || null;
  else if (typeof value === 'number') cell.value = Number.isFinite(value) ? value : null;
  else if (typeof value === 'boolean') cell.value = value;
  else cell.value = null;
}

/** Attach a note (an Excel comment) to a cell, its text cleaned as `toCellText` cleans values. */
export function writeNote(cell: ExcelCell, text: string): void {
  cell.note = { texts: [{ text: text.replace(CONTROL, '').replace(LONE_SURROGATE, '') }] };
}
