/**
 * Dates: every expected ISO value is worked out by hand from the calendar (2024 is a leap year,
 * 2026 is not; 12 PM is noon and 12 AM midnight).
 */
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateTime } from '../../src/ingest/dates.js';

describe('parseDateTime', () => {
  it.each([
    ['2026-10-01', 'dmy', '2026-10-01'],
    ['2026-10-01 09:05', 'mdy', '2026-10-01T09:05:00'],
    ['2026-10-01 09:05:07', 'dmy', '2026-10-01T09:05:07'],
    ['2026-10-01T09:05:07Z', 'dmy', '2026-10-01T09:05:07Z'],
    ['1980-01-01 00:00:00', 'ymd', '1980-01-01T00:00:00'],
    ['1-10-2026', 'dmy', '2026-10-01'],
    ['1-10-2026 9:05', 'dmy', '2026-10-01T09:05:00'],
    ['13/10/2026', 'dmy', '2026-10-13'],
    ['10/13/2026 23:03:44', 'mdy', '2026-10-13T23:03:44'],
    ['8/20/2014 15:33:45', 'mdy', '2014-08-20T15:33:45'],
    ['7/27/26 19:06:23', 'mdy', '2026-07-27T19:06:23'],
    ['2017/05/02 12:11:03 PM GMT+2', 'mdy', '2017-05-02T12:11:03+02:00'],
    ['2017/05/02 12:11:03 AM GMT+2', 'dmy', '2017-05-02T00:11:03+02:00'],
    ['2017/05/02 1:11:03 PM GMT-5', 'dmy', '2017-05-02T13:11:03-05:00'],
    ['29-2-2024', 'dmy', '2024-02-29'],
  ] as const)('parseDateTime(%j, %s) is %j', (raw, order, iso) => {
    expect(parseDateTime(raw, order)).toBe(iso);
  });

  it.each([
    ['29-2-2026', 'dmy'], // 2026 is no leap year
    ['13/10/2026', 'mdy'], // month 13
    ['2026-10-01 24:00', 'dmy'],
    ['2026-10-01 10:60', 'dmy'],
    ['2017/05/02 13:11:03 PM', 'dmy'], // 13 PM
    ['1-10-2026', 'ymd'], // not year-first, and the order cannot read it
    ['', 'dmy'],
    ['Leiden', 'dmy'],
    ['1-10', 'dmy'],
    ['1.5', 'dmy'],
  ] as const)('parseDateTime(%j, %s) is null', (raw, order) => {
    expect(parseDateTime(raw, order)).toBeNull();
  });
});

describe('detectDateOrder', () => {
  it('a day above 12 first decides dmy (Dutch), second decides mdy (US)', () => {
    expect(detectDateOrder(['1-10-2026', '13-10-2026'])).toBe('dmy');
    expect(detectDateOrder(['10/1/2026', '10/13/2026'], 'dmy')).toBe('mdy');
  });

  it('all days 1–12: the tool convention given as fallback, dmy by default', () => {
    expect(detectDateOrder(['1/2/2026', '3/4/2026'], 'mdy')).toBe('mdy');
    expect(detectDateOrder(['1/2/2026', '3/4/2026'])).toBe('dmy');
  });

  it('year-first values only (ISO, Qualtrics, LimeSurvey) give ymd; blanks and text are skipped', () => {
    expect(detectDateOrder(['2026-10-01 09:00:00', '', 'n.v.t.', '2017/05/02 12:11:03 PM GMT+2'])).toBe(
      'ymd',
    );
  });

  it('year-first values beside d-m-y ones decide by the latter', () => {
    expect(detectDateOrder(['2026-10-01', '25-10-2026'])).toBe('dmy');
  });

  it('null when no value is a date, or when some say day-first and others month-first', () => {
    expect(detectDateOrder(['', 'Leiden'])).toBeNull();
    expect(detectDateOrder(['13/1/2026', '1/13/2026'])).toBeNull();
  });
});
