/**
 * Helpers the tool formats share: cleaning headings as tools write them, finding a heading by
 * any of its spellings, and building the normalised table around the data records.
 */
import type { RawTable } from '../read/table.js';
import type { Layout, NormalizedTable, ToolMeta } from './types.js';

/** A heading cleaned: NUL bytes dropped, `<br>`/`<br />` and non-breaking spaces made spaces, white space collapsed. */
export function cleanHeading(raw: string): string {
  return raw
    .replaceAll('\u0000', '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for comparing headings: cleaned and lower-cased. */
export function headingKey(raw: string): string {
  return cleanHeading(raw).toLowerCase();
}

/** Index of the first cell whose heading is one of `names` (case-insensitive), or -1. */
export function findHeading(row: readonly string[], names: readonly string[]): number {
  const keys = new Set(names.map(headingKey));
  return row.findIndex((cell) => keys.has(headingKey(cell)));
}

/** True when `row` has a heading for each group of spellings. */
export function hasHeadings(
  row: readonly string[] | undefined,
  groups: readonly (readonly string[])[],
): boolean {
  return row !== undefined && groups.every((names) => findHeading(row, names) >= 0);
}

/**
 * Keep only aliases that name one column: an alias shared by two columns (two questions with the
 * same text) would silently pick the first, and one equal to a heading is never reached.
 */
export function uniqueAliases(
  headers: readonly string[],
  aliases: readonly (readonly string[])[],
): string[][] {
  const headingKeys = new Set(headers.map(headingKey));
  const columnsOf = new Map<string, Set<number>>();
  aliases.forEach((names, i) => {
    for (const name of names) {
      const k = headingKey(name);
      if (k !== '') columnsOf.set(k, (columnsOf.get(k) ?? new Set()).add(i));
    }
  });
  return headers.map((_, i) => {
    const kept = new Map<string, string>();
    for (const name of aliases[i] ?? []) {
      const k = headingKey(name);
      if (k !== '' && !headingKeys.has(k) && columnsOf.get(k)?.size === 1 && !kept.has(k))
        kept.set(k, cleanHeading(name));
    }
    return [...kept.values()];
  });
}

/** Indices of the columns whose heading passes `isMeta`. */
export function metaIndices(
  headers: readonly string[],
  isMeta: (heading: string, index: number) => boolean,
): number[] {
  return headers.flatMap((h, i) => (isMeta(h, i) ? [i] : []));
}

/** The heading of the first column named one of `names`, as written in the file; undefined when absent. */
export function headingOf(headers: readonly string[], names: readonly string[]): string | undefined {
  const i = findHeading(headers, names);
  return i >= 0 ? headers[i] : undefined;
}

/**
 * The normalised table: the records after the header rows pass through untouched (a streamed file
 * hands later records to the reader directly, so nothing here may change a data record).
 */
export function toNormalized(
  table: RawTable,
  layout: Layout,
  headers: string[],
  aliases: readonly (readonly string[])[],
  meta: ToolMeta,
): NormalizedTable {
  return {
    file: table.file,
    tool: layout.tool,
    layout: layout.layout,
    headers,
    aliases: uniqueAliases(headers, aliases),
    records: table.records.slice(layout.headerRows),
    meta,
  };
}
