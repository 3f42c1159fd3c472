/**
 * Choose the delimiter from the header line, counting `,` `;` and tab only outside quotes
 * (papaparse's guess picks `,` for Dutch `;` files with decimal commas: export-formats.md §7).
 */
export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

/** Delimiters a record may have been written with, for telling a mixed file from a ragged row. */
export const OTHER_DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** The delimiter that splits the first record into the most fields; ties go to tab, then `;`, then `,`. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (ch === '\n' || ch === '\r') break;
      const c = counts.get(ch);
      if (c !== undefined) counts.set(ch, c + 1);
    }
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const c = counts.get(d)!;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

/** `\n`, or `\r` for a file that has no LF at all (old Mac); CRLF is unified to LF before parsing. */
export type Newline = '\n' | '\r';

export function detectNewline(text: string): Newline {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/**
 * The number of fields `text` (one record) splits into with `delimiter`, counting it only outside
 * quoted values: enough to tell whether a record was written with another delimiter.
 */
export function countFields(text: string, delimiter: string): number {
  if (!text.includes(delimiter)) return 1;
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) fields++;
  }
  return fields;
}
