// Times as a person reads them: their locale's hour cycle (never a forced 24-hour clock), in the
// zone given, and the day named when it isn't today.
import { describe, expect, it } from 'vitest';
import { clockTime, dayInWords, momentInWords, whenInWords } from '../../../src/shared/time-words';

// Friday 5 June 2026, 17:00 in Berlin (15:00 UTC).
const now = Date.parse('2026-06-05T15:00:00Z');
const berlin = (locale: string) => ({ locale, timeZone: 'Europe/Berlin', now });
const at = (iso: string) => Date.parse(iso);

describe('clock times follow the locale', () => {
  it.each([
    ['en-GB', '09:00'],
    ['en-US', '9:00 AM'],
    ['de-DE', '09:00'],
    ['fr-FR', '09:00'],
  ])('%s → %s', (locale, text) => {
    expect(clockTime(at('2026-06-05T07:00:00Z'), berlin(locale))).toBe(text);
  });

  it('an afternoon time in a 12-hour locale says PM', () => {
    expect(clockTime(at('2026-06-05T12:30:00Z'), berlin('en-US'))).toBe('2:30 PM');
  });
});

describe('the day is named when it is not today', () => {
  it.each([
    ['later today', '2026-06-05T18:00:00Z', '20:00', 'at 20:00'],
    ['tomorrow', '2026-06-06T07:00:00Z', 'tomorrow, 09:00', 'tomorrow, 09:00'],
    ['Monday (the issue’s example)', '2026-06-08T07:00:00Z', 'Monday, 09:00', 'Monday, 09:00'],
    ['more than a week away', '2026-06-15T07:00:00Z', 'Monday 15 June, 09:00', 'Monday 15 June, 09:00'],
  ])('%s', (_name, iso, moment, when) => {
    expect(momentInWords(at(iso), berlin('en-GB'))).toBe(moment);
    expect(whenInWords(at(iso), berlin('en-GB'))).toBe(when);
  });

  it('"today" is the person’s own calendar day, in their zone', () => {
    // 23:30 UTC on Friday is already Saturday in Berlin, still Friday in New York.
    const late = at('2026-06-05T23:30:00Z');
    expect(momentInWords(late, berlin('en-GB'))).toBe('tomorrow, 01:30');
    expect(momentInWords(late, { locale: 'en-GB', timeZone: 'America/New_York', now })).toBe('19:30');
  });

  it('uses the locale’s own words for the day', () => {
    expect(momentInWords(at('2026-06-06T07:00:00Z'), berlin('de-DE'))).toBe('morgen, 09:00');
    expect(momentInWords(at('2026-06-08T07:00:00Z'), berlin('en-US'))).toBe('Monday, 9:00 AM');
  });

  it('History’s day headings: Today, Yesterday, then the date', () => {
    expect(dayInWords(at('2026-06-05T06:00:00Z'), berlin('en-GB'))).toBe('Today');
    expect(dayInWords(at('2026-06-04T06:00:00Z'), berlin('en-GB'))).toBe('Yesterday');
    expect(dayInWords(at('2026-06-02T06:00:00Z'), berlin('en-GB'))).toBe('Tuesday 2 June');
    expect(dayInWords(at('2025-12-30T06:00:00Z'), berlin('en-GB'))).toBe('Tuesday, 30 December 2025');
  });

  it('an unknown locale from the system still gives a time, not an error', () => {
    expect(clockTime(at('2026-06-05T07:00:00Z'), { locale: 'not a locale!', timeZone: 'UTC', now })).toMatch(/7:00/);
  });
});
