/** The fieldwork period of a table: first and last submit date of its included responses. */
import type { InputInfo } from '../model/survey.js';
import { type DateOrder, detectDateOrder, parseDateTime } from './dates.js';

/**
 * The first and last submit date of the included responses. The date order (d-m or m-d) is
 * decided on the first 500 values (a day above 12 decides; else the tool's convention).
 */
export function fieldworkTracker(column: number, fallback: 'dmy' | 'mdy' | undefined) {
  const sample: string[] = [];
  let order: DateOrder | null | undefined;
  let from: string | null = null;
  let to: string | null = null;
  const take = (raw: string) => {
    const iso = order ? parseDateTime(raw, order) : null;
    if (iso === null) return;
    const day = iso.slice(0, 10);
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  };
  return {
    add(cells: readonly string[]) {
      if (column < 0) return;
      const raw = (cells[column] ?? '').trim();
      if (raw === '') return;
      if (order === undefined) {
        sample.push(raw);
        if (sample.length < 500) return;
        order = detectDateOrder(sample, fallback ?? 'dmy');
        for (const v of sample) take(v);
        return;
      }
      take(raw);
    },
    /**
     * Whether a part's bounds (`fieldworkBounds`) can be taken in as if its values had been added
     * here: when it has dates, the order must be decided already (500 values seen).
     */
    canAbsorb(part: FieldworkBounds): boolean {
      const dated = part.dmy !== null || part.mdy !== null || part.ymd !== null;
      return !dated || order !== undefined;
    },
    absorb(part: FieldworkBounds): void {
      const b = order ? part[order] : null;
      if (!b) return;
      if (from === null || b.from < from) from = b.from;
      if (to === null || b.to > to) to = b.to;
    },
    period(): InputInfo['fieldwork'] {
      if (order === undefined && sample.length > 0) {
        order = detectDateOrder(sample, fallback ?? 'dmy');
        for (const v of sample) take(v);
      }
      return from !== null && to !== null ? { from, to } : null;
    },
  };
}

/** A part's first and last submit day under each date order (null: no date read in that order). */
export type FieldworkBounds = Record<DateOrder, { from: string; to: string } | null>;

const ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * The fieldwork of part of a table read on another thread: that thread does not see the values
 * that decide the table's date order, so it keeps the first and last day under every order and the
 * table's tracker takes the one it decided (`fieldworkTracker(…).absorb`).
 */
export function fieldworkBounds(column: number) {
  const bounds: FieldworkBounds = { dmy: null, mdy: null, ymd: null };
  return {
    add(cells: readonly string[]) {
      if (column < 0) return;
      const raw = (cells[column] ?? '').trim();
      if (raw === '') return;
      for (const order of ORDERS) {
        const iso = parseDateTime(raw, order);
        if (iso === null) continue;
        const day = iso.slice(0, 10);
        const b = bounds[order];
        if (b === null) bounds[order] = { from: day, to: day };
        else {
          if (day < b.from) b.from = day;
          if (day > b.to) b.to = day;
        }
      }
    },
    bounds: (): FieldworkBounds => bounds,
  };
}
