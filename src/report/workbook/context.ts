/**
 * What every sheet builder needs besides its own numbers: the run's labeller (ids to labels in the
 * workbook's language), the number formats in that language and the thresholds of the run.
 */
import type { Estimate } from '../../analyse/types.js';
import type { Codebook } from '../../model/codebook.js';
import type { ReportContext } from '../context.js';
import type { Labeller } from '../labels/labeller.js';
import { suppressedNote } from '../labels/workbook.js';
import { type Cell, type CellInput, type Format, type NumberFormats, toNumberFormats } from './cell.js';

/** The run's one labeller, with the thresholds every sheet marks suppressed numbers by. */
export interface Context extends Labeller {
  codebook: Codebook;
  formats: NumberFormats;
  minCell: number;
  minCount: number;
}

/** The sheet builders' context, from the report's shared one. */
export function toContext(report: ReportContext): Context {
  return {
    ...report.labels,
    codebook: report.codebook,
    formats: toNumberFormats(report.labels.lang),
    minCell: report.minCell,
    minCount: report.minCount,
  };
}

/** The en dash shown for a suppressed number, right-aligned like the numbers around it. */
export const SUPPRESSED: Cell = { value: '–', align: 'right' };

/** A number of an estimate: the value, "–" when suppressed, empty when there is nothing. */
export function toValueCell(value: number | null, suppressed: boolean, format: Format): CellInput {
  if (suppressed) return SUPPRESSED;
  return value === null ? null : { value, format };
}

/** The n of an estimate, or "–" when suppressed (indicators.csv leaves it empty then too). */
export function toNCell(e: Estimate): CellInput {
  return e.suppressed ? SUPPRESSED : e.n;
}

/** `[estimate, ciLow, ciHigh]` of an estimate in the given format. */
export function toEstimateCells(e: Estimate, format: Format): CellInput[] {
  return [
    toValueCell(e.estimate, e.suppressed, format),
    toValueCell(e.ciLow, e.suppressed, format),
    toValueCell(e.ciHigh, e.suppressed, format),
  ];
}

/** The note for a row: "n<10" when any of its estimates is suppressed, else empty. */
export function toSuppressedNote(ctx: Context, estimates: Estimate[]): string | null {
  return estimates.some((e) => e.suppressed) ? ctx.t(suppressedNote(ctx.minCell)) : null;
}

/** Notes of a row joined with "; ", or null when there are none. */
export function joinNotes(...notes: (string | null)[]): string | null {
  const present = notes.filter((note): note is string => Boolean(note));
  return present.length > 0 ? present.join('; ') : null;
}
