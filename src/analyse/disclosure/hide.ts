/** Hiding an estimate after it was made: its numbers go, the reason stays for the summary. */
import type { Comparison, CountCell, Estimate } from '../types.js';

/**
 * Hide `e` as secondary suppression: it could be published on its own, but with it a hidden number
 * would follow from what is published. The n stays for analyse's own bookkeeping; outputs never
 * print the n of a suppressed estimate.
 */
export function hideSecondary(e: Estimate): void {
  if (e.suppressed) return;
  e.suppressed = true;
  e.suppression = 'linked';
  e.estimate = null;
  e.ciLow = null;
  e.ciHigh = null;
}

/** Hide both sides and the difference of a comparison; it then takes no part in Benjamini–Hochberg. */
export function hideComparison(c: Comparison): void {
  for (const e of [c.a, c.b, c.difference]) hideSecondary(e);
  c.pValue = null;
  c.qValue = null;
  c.significant = false;
  c.difference.pValue = null;
}

/** Hide a count cell (and the reach that would give it back). */
export function hideCell(cell: CountCell, primary: boolean): void {
  cell.count = null;
  cell.per10k = null;
  cell.suppressed = true;
  if (!primary) cell.secondary = true;
}
