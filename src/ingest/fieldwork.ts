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
    period(): InputInfo['fieldwork'] {
      if (order === undefined && sample.length > 0) {
        order = detectDateOrder(sample, fallback ?? 'dmy');
        for (const v of sample) take(v);
      }
      return from !== null && to !== null ? { from, to } : null;
    },
  };
}
