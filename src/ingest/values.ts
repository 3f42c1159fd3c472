/**
 * Survey strings to codes, on purpose (STYLE.md point 6): named preprocessors, no `z.coerce`.
 * A parser returns a value, `MISSING`/null for a blank cell, or `undefined` for a value it does
 * not accept (the caller reports it with its place).
 */
import type { Option, Scale } from '../model/codebook.js';
import { MISSING } from '../model/survey.js';

/**
 * A copy of `text` that does not keep the parser's chunk alive: V8 represents a substring as a
 * slice of its parent string, so one kept id would otherwise hold a megabyte of the file in memory.
 */
export function detach(text: string): string {
  return text.length === 0 ? '' : (' ' + text).slice(1);
}

/** A cell that needs cleaning: white space at an end, a run of it, or a non-space white character. */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** Trim, turn non-breaking spaces into spaces, collapse runs of white space. */
export function cleanCell(value: string): string {
  // Most cells are a code or a label with single spaces: nothing to clean.
  if (!UNCLEAN.test(value)) return value;
  return value
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for matching answer labels: cleaned and lower-cased. */
export function labelKey(value: string): string {
  return cleanCell(value).toLowerCase();
}

/** Strip the `'` that CSV-injection masking puts before `-`, `+`, `=`, `@` or a digit. */
export function stripQuotePrefix(value: string): string {
  return /^'[-+=@0-9]/.test(value) ? value.slice(1) : value;
}

/** `3`, `3.0`, `3,5`, `'-99` → number; anything else → undefined. Blank → NaN. */
export function decimalComma(raw: string): number | undefined {
  const value = stripQuotePrefix(cleanCell(raw));
  if (value === '') return Number.NaN;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(value)) return undefined;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** No option at this character (see {@link OptionLookup}). */
const NO_OPTION = -0x10000;

/**
 * Every accepted spelling of a scale's options → its code, and a table of the one-character
 * spellings ("1" … "9"), read without hashing: an export of a million rows has tens of millions
 * of such cells.
 */
export class OptionLookup extends Map<string, number> {
  readonly byChar = new Int32Array(128).fill(NO_OPTION);
  override set(key: string, code: number): this {
    if (key.length === 1 && key.charCodeAt(0) < 128) this.byChar[key.charCodeAt(0)] = code;
    return super.set(key, code);
  }
}

/** A lookup from every accepted spelling of a scale's options (code, nl, en, aliases) to the code. */
export function optionLookup(scale: Scale): OptionLookup {
  const lookup = new OptionLookup();
  const add = (option: Option) => {
    for (const key of [String(option.code), option.label.nl, option.label.en, ...option.aliases]) {
      const k = labelKey(key);
      if (!lookup.has(k)) lookup.set(k, option.code);
    }
  };
  for (const option of scale.options) add(option);
  for (const option of scale.missing) add(option);
  return lookup;
}

/** Cell → option code; blank → MISSING; unknown → undefined. Codes written as `3.0` are accepted. */
export function parseOption(raw: string, lookup: ReadonlyMap<string, number>): number | undefined {
  // Fast paths: a one-character code, a code written as it is (the common case in every export
  // with codes), a blank.
  if (raw.length === 1 && lookup instanceof OptionLookup) {
    const c = raw.charCodeAt(0);
    const code = c < 128 ? lookup.byChar[c]! : NO_OPTION;
    if (code !== NO_OPTION) return code;
  }
  const direct = lookup.get(raw);
  if (direct !== undefined) return direct;
  if (raw === '') return MISSING;
  const key = labelKey(stripQuotePrefix(raw));
  if (key === '') return MISSING;
  const code = lookup.get(key);
  if (code !== undefined) return code;
  const n = decimalComma(key);
  return n !== undefined && Number.isInteger(n) ? lookup.get(String(n)) : undefined;
}

const NOT_TICKED = new Set(['', '0', 'n', 'no', 'nee', 'false', 'onwaar', 'not selected', 'niet gekozen']);
const TICKED = new Set(['1', 'y', 'yes', 'ja', 'true', 'waar', 'x', 'selected', 'gekozen']);
/** Not shown to the respondent: LimeSurvey's long ("full answers") export writes NULL as `N/A`. */
const NOT_SHOWN = new Set(['n/a']);

/**
 * A cell of a one-column-per-option multi-select: 1 ticked, 0 not ticked, undefined unknown.
 * The option's own label also counts as ticked (SurveyMonkey writes the label), even when that
 * label is `N/A`; otherwise `N/A` (not shown) reads as not ticked.
 */
export function yesNoTick(raw: string, optionKeys: ReadonlySet<string>): 0 | 1 | undefined {
  const key = labelKey(raw);
  if (NOT_TICKED.has(key)) return 0;
  if (TICKED.has(key) || optionKeys.has(key)) return 1;
  if (NOT_SHOWN.has(key)) return 0;
  return undefined;
}

/**
 * Split a joined multi-select cell into option codes. Labels may themselves contain the separator
 * (Google Forms joins with ", " and options often hold commas), so pieces are joined back until
 * they form a known option, longest first. A piece that is no option is the `other` option's
 * free text (the rest of the cell), or makes the cell unreadable (null) without one.
 */
export function splitOptions(
  raw: string,
  separator: string,
  lookup: ReadonlyMap<string, number>,
  other?: number,
): number[] | null {
  const pieces = raw.split(separator).map((p) => p.trim());
  while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  const out: number[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (pieces[i] === '') {
      i++;
      continue;
    }
    let found = -1;
    for (let j = pieces.length; j > i; j--) {
      // Pieces joined back must match a label exactly ("2,0" is two codes, not the number 2.0).
      const code =
        j === i + 1
          ? parseOption(pieces[i]!, lookup)
          : lookup.get(labelKey(pieces.slice(i, j).join(separator)));
      if (code !== undefined && code !== MISSING) {
        out.push(code);
        found = j;
        break;
      }
    }
    if (found < 0) {
      // Free text after the known options is the "other" answer: the rest of the cell.
      if (other === undefined) return null;
      out.push(other);
      break;
    }
    i = found;
  }
  return out;
}
