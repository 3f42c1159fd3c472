/**
 * Worksheet names. Excel allows at most 31 characters, none of `: \ / ? * [ ]`, no leading or
 * trailing apostrophe, and names unique regardless of case; "History" is reserved. Block sheets
 * are named from the codebook block id and title, so both are cleaned here.
 */

const MAX = 31;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in names
const FORBIDDEN = /[:\\/?*[\]\u0000-\u001F\u007F]/g;
const RESERVED = new Set(['history']);

/** Spaces and apostrophes at either end (a name may not start or end with `'`). */
const ENDS = /^[\s']+|[\s']+$/g;

/**
 * Clean a candidate sheet name: forbidden characters become spaces, apostrophes at the ends go,
 * also those that the cut to 31 characters brings to the end (`… datum 'x'` → `… datum`).
 */
export function toSheetName(candidate: string): string {
  const cleaned = candidate.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(ENDS, '');
  return truncate(cleaned, MAX).replace(ENDS, '') || 'Sheet';
}

/**
 * Hands out unique sheet names: a clash (case-insensitive, or with a reserved name) gets
 * " (2)", " (3)", … with the base shortened so the whole stays within 31 characters.
 */
export class SheetNames {
  private readonly taken = new Set<string>(RESERVED);

  /** A unique, valid name derived from `candidate`. */
  claim(candidate: string): string {
    const base = toSheetName(candidate);
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      name = truncate(base, MAX - suffix.length).replace(ENDS, '') + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** A reference to cell A1 of a sheet, for internal hyperlinks: `#'Blok D'!A1`. */
export function toSheetLink(name: string): string {
  return `#'${name.replace(/'/g, "''")}'!A1`;
}

/** Cut to `max` UTF-16 code units (Excel's measure) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, cut).trimEnd();
}
