/**
 * When responses came in: a six-week fieldwork period from 21 September 2026 with a peak after
 * the invitation and a smaller one after the reminder in week 3. Times are written as ISO 8601
 * local timestamps without a zone (`2026-09-21T10:15:42`), as survey tools export them.
 */
import type { Random } from './random.js';

const START = Date.UTC(2026, 8, 21);
const DAYS = 42;
const REMINDER_DAY = 14;
const DAY_MS = 86_400_000;

/** Start of a response, in milliseconds since the epoch (read as local time). */
export function drawStart(r: Random): number {
  const u = r.uniform();
  // Squaring a uniform piles responses up early in the period (u * u, not **, keeps it exact).
  const day = r.chance(0.25) ? REMINDER_DAY + Math.floor(7 * u * u) : Math.floor(DAYS * u * u);
  const second = 7 * 3600 + Math.floor(16 * 3600 * r.uniform());
  return START + day * DAY_MS + second * 1000;
}

/** Time taken to fill in the questionnaire: about 4 to 34 minutes, in milliseconds. */
export function drawDuration(r: Random): number {
  const u = r.uniform();
  return (240 + Math.floor(1500 * u * u) + Math.floor(300 * r.uniform())) * 1000;
}

/** `2026-09-21T10:15:42` for a time in milliseconds. */
export function toTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
