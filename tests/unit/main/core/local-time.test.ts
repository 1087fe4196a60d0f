// Local time from Intl: offsets, calendar arithmetic, and the first instant at or after a local
// time, including the daylight-saving gap (a skipped hour) and repeat (an hour twice).
import { describe, expect, it } from 'vitest';
import {
  addDays,
  instantAtOrAfter,
  isValidTimeZone,
  localDateTime,
  minutesOf,
  offsetAt,
} from '../../../../src/main/core/local-time';

const Z = (s: string) => Date.parse(s);
const iso = (t: number) => new Date(t).toISOString();
const sunday = (year: number, month: number, day: number) => ({ year, month, day, weekday: 0 });

describe('local-time', () => {
  it('knows real IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('reads the wall clock and weekday of an instant in a zone', () => {
    expect(localDateTime(Z('2026-06-01T07:05:09Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 6,
      day: 1,
      hour: 9,
      minute: 5,
      second: 9,
      weekday: 1,
    });
    // Midnight reads 00, not 24.
    expect(localDateTime(Z('2026-06-01T04:00:00Z'), 'America/New_York').hour).toBe(0);
  });

  it('gives the offset on either side of a change', () => {
    expect(offsetAt(Z('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(offsetAt(Z('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(offsetAt(Z('2026-11-01T05:59:59Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(offsetAt(Z('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });

  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays({ year: 2028, month: 2, day: 28, weekday: 1 }, 1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
      weekday: 2,
    });
    expect(addDays({ year: 2026, month: 12, day: 31, weekday: 4 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      weekday: 5,
    });
    expect(addDays({ year: 2026, month: 3, day: 1, weekday: 0 }, -1)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
      weekday: 6,
    });
    expect(minutesOf('17:30')).toBe(1050);
  });

  it.each([
    // zone, date, local time, expected instant
    ['Europe/Berlin', sunday(2026, 3, 29), '01:30', '2026-03-29T00:30:00.000Z'],
    ['Europe/Berlin', sunday(2026, 3, 29), '02:30', '2026-03-29T01:00:00.000Z'], // gap: 03:00 CEST
    ['Europe/Berlin', sunday(2026, 3, 29), '03:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', sunday(2026, 10, 25), '02:30', '2026-10-25T00:30:00.000Z'], // repeat: the first 02:30
    ['Europe/Berlin', sunday(2026, 10, 25), '03:00', '2026-10-25T02:00:00.000Z'],
    ['America/New_York', sunday(2026, 3, 8), '02:15', '2026-03-08T07:00:00.000Z'], // gap: 03:00 EDT
    ['America/New_York', sunday(2026, 11, 1), '01:30', '2026-11-01T05:30:00.000Z'], // repeat: EDT
    ['America/New_York', sunday(2026, 11, 1), '02:00', '2026-11-01T07:00:00.000Z'],
  ] as const)('%s %o %s → %s', (zone, date, clock, expected) => {
    expect(iso(instantAtOrAfter(date, minutesOf(clock), zone))).toBe(expected);
  });

  it('agrees with Intl for every half hour of a year in several zones', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      for (let day = 0; day < 366; day += 3) {
        const date = addDays({ year: 2026, month: 1, day: 1, weekday: 4 }, day);
        for (let m = 0; m < 1440; m += 30) {
          const t = instantAtOrAfter(date, m, zone);
          const l = localDateTime(t, zone);
          const reached = l.hour * 60 + l.minute;
          // Either the exact local time, or (in a gap) the first instant after it.
          if (reached !== m) {
            expect(reached).toBeGreaterThan(m);
            expect(localDateTime(t - 1000, zone).hour * 60 + localDateTime(t - 1000, zone).minute).toBeLessThan(m);
          }
          expect([l.year, l.month, l.day]).toEqual([date.year, date.month, date.day]);
        }
      }
    }
  });
});
