/**
 * Dates and times as survey tools and spreadsheets write them, to ISO 8601 (export-formats.md §1
 * point 4, §8): ISO `2026-10-01 09:05:00`, Dutch `1-10-2026 9:05` and `1/10/2026`, US `10/1/2026`
 * and `10/1/26`, Qualtrics and Google Forms `2017/05/02 12:11:03 PM GMT+2`.
 */

/** Order of day, month and year in a date written with numbers only. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

interface DateParts {
  /** The three numbers of the date, in the order written. */
  numbers: [number, number, number];
  /** True when the first number has four digits: always year, month, day. */
  yearFirst: boolean;
  /** Digits of the year as written (2 or 4). */
  yearDigits: number;
  time?: { hour: number; minute: number; second: number; half?: 'am' | 'pm' };
  /** `Z`, or an offset such as `+02:00`. */
  zone?: string;
}

const DATE =
  /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?(?:\s*(Z|(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?|GMT|UTC))?$/;

function splitDate(raw: string): DateParts | null {
  const m = DATE.exec(raw.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (!m) return null;
  const [, a, , b, c, hh, mm, ss, half, zone, sign, zh, zm] = m;
  const yearFirst = a!.length === 4;
  if (yearFirst ? c!.length > 2 : a!.length > 2 || b!.length > 2 || (c!.length !== 2 && c!.length !== 4))
    return null;
  const parts: DateParts = {
    numbers: [Number(a), Number(b), Number(c)],
    yearFirst,
    yearDigits: yearFirst ? 4 : c!.length,
  };
  if (hh !== undefined) {
    parts.time = { hour: Number(hh), minute: Number(mm), second: Number(ss ?? 0) };
    if (half) parts.time.half = half.toLowerCase() === 'a' ? 'am' : 'pm';
  }
  if (zone !== undefined) {
    if (sign === undefined) parts.zone = 'Z';
    else {
      const offset = Number(zh) * 60 + Number(zm ?? 0);
      parts.zone =
        offset === 0
          ? 'Z'
          : `${sign}${String(Number(zh)).padStart(2, '0')}:${String(Number(zm ?? 0)).padStart(2, '0')}`;
    }
  }
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse a date or date-time to ISO 8601: `YYYY-MM-DD` for a date, `YYYY-MM-DDTHH:MM:SS` with a
 * time (local time as written, no zone), plus `Z` or `±HH:MM` when the text names one (`GMT+2`).
 * `order` says how to read a date that does not start with a four-digit year; a year-first date
 * is always read year, month, day. Two-digit years are 2000–2099 (responses to a survey, never
 * older). Null when the text is no date or no valid one (month 13, 30 February, hour 24).
 */
export function parseDateTime(raw: string, order: DateOrder): string | null {
  const parts = splitDate(raw);
  if (!parts) return null;
  const [a, b, c] = parts.numbers;
  let year: number;
  let month: number;
  let day: number;
  if (parts.yearFirst) [year, month, day] = [a, b, c];
  else if (order === 'dmy') [day, month, year] = [a, b, c];
  else if (order === 'mdy') [month, day, year] = [a, b, c];
  else return null;
  if (parts.yearDigits === 2) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!parts.time) return parts.zone ? null : date;
  let { hour } = parts.time;
  const { minute, second, half } = parts.time;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${parts.zone ?? ''}`;
}

/**
 * The order of day and month in a column of dates: `ymd` when every date starts with a
 * four-digit year; otherwise a first number above 12 means `dmy` and a second number above 12
 * means `mdy`. When no value decides (every day was 1–12), the tool's convention `fallback`
 * (default `dmy`, the Dutch order; Google Sheets, SurveyMonkey and MS Forms in en-US write `mdy`).
 * Blank and non-date values are skipped. Null when no value is a date, or when some values say
 * day-first and others month-first (not one column of dates).
 */
export function detectDateOrder(values: Iterable<string>, fallback: 'dmy' | 'mdy' = 'dmy'): DateOrder | null {
  let dates = 0;
  let ambiguousOrder = 0;
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = splitDate(value);
    if (!parts) continue;
    if (parts.yearFirst) {
      if (parseDateTime(value, 'ymd') !== null) dates++;
      continue;
    }
    const asDmy = parseDateTime(value, 'dmy') !== null;
    const asMdy = parseDateTime(value, 'mdy') !== null;
    if (!asDmy && !asMdy) continue;
    dates++;
    ambiguousOrder++;
    if (asDmy && !asMdy) dayFirst = true;
    if (asMdy && !asDmy) monthFirst = true;
  }
  if (dates === 0 || (dayFirst && monthFirst)) return null;
  if (ambiguousOrder === 0) return 'ymd';
  return dayFirst ? 'dmy' : monthFirst ? 'mdy' : fallback;
}
