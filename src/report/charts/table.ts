/**
 * Pieces of the charts' data tables (`ChartDef.table`): headers from the glossary, a value with its
 * 95% interval written as the chart writes it, n, and the marker of a hidden value in place of it.
 * A hidden estimate's n stays hidden too, as in the text alternatives.
 */
import type { Estimate } from '../../analyse/types.js';
import { type Lang, tr } from '../labels/index.js';
import { type TableLabel, tableLabels } from '../labels/tables.js';
import type { DotRow } from './dots.js';
import { isShown, say, suppressedMark } from './parts.js';
import type { ChartContext, ChartTable, ChartTableColumn } from './types.js';

/** A table glossary text in `lang` with its `{name}` placeholders filled in (as `say`). */
export function sayTable(key: TableLabel, lang: Lang, vars: Record<string, string | number> = {}): string {
  return tr(tableLabels[key], lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A column of words (the first one names each row). */
export function textColumn(label: string): ChartTableColumn {
  return { label };
}

/** A column of numbers, aligned right. */
export function numberColumn(label: string): ChartTableColumn {
  return { label, numeric: true };
}

/** A column of values with their intervals: "Gemiddelde (95%-interval)". */
export function intervalColumn(what: string, lang: Lang): ChartTableColumn {
  return numberColumn(sayTable('withInterval', lang, { what }));
}

/** The n column. */
export function nColumn(lang: Lang, group?: string): ChartTableColumn {
  return numberColumn(group ? sayTable('nOf', lang, { group }) : sayTable('n', lang));
}

/**
 * A shown estimate and its interval, "42% (33% tot 51%)", or the chart's marker of a hidden one
 * (`mark`, by default "n<10, niet getoond").
 */
export function estimateCell(
  e: Estimate | undefined,
  format: (value: number) => string,
  ctx: ChartContext,
  mark: (e: Estimate | undefined, ctx: ChartContext) => string = suppressedMark,
): string {
  if (!isShown(e)) return mark(e, ctx);
  if (e.ciLow === null || e.ciHigh === null) return format(e.estimate);
  const interval = say('interval', ctx.lang, { low: format(e.ciLow), high: format(e.ciHigh) });
  return `${format(e.estimate)} (${interval})`;
}

/** The n of a shown estimate; '–' for a hidden one. */
export function nCell(e: Estimate | undefined, ctx: ChartContext): string {
  return isShown(e) ? ctx.labels.number(e.n, 0) : '–';
}

/** The table of a dot panel (conditions, index scores): a row per dot, its value with interval and n. */
export function dotTable(
  rows: readonly DotRow[],
  header: { name: string; value: string; caption: string },
  format: (value: number) => string,
  ctx: ChartContext,
): ChartTable {
  return {
    caption: header.caption,
    columns: [textColumn(header.name), intervalColumn(header.value, ctx.lang), nColumn(ctx.lang)],
    rows: rows.map((r) => [r.label, estimateCell(r.e, format, ctx), nCell(r.e, ctx)]),
  };
}
