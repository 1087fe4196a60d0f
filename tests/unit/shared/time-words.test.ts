// Times as a person reads them: in their language, on their system's clock (12 or 24 hours, from
// the regional format), in the zone given, and the day named when it isn't today.
import { describe, expect, it } from 'vitest';
import type { LanguageChoice } from '../../../src/shared/i18n/languages';
import { clockTime, dayInWords, momentInWords, regionalHourCycle, whenInWords } from '../../../src/shared/time-words';
import { english, wordsFor } from '../../support/words';

// Friday 5 June 2026, 17:00 in Berlin (15:00 UTC).
const now = Date.parse('2026-06-05T15:00:00Z');
const berlin = { timeZone: 'Europe/Berlin', now };
const at = (iso: string) => Date.parse(iso);
/** The translator for a system whose language and region are `tag` (e.g. de-DE → German, region DE). */
const speaking = (tag: string) => wordsFor(tag.split('-')[0] as LanguageChoice, [tag]);
const EN = english();

describe('clock times follow the locale', () => {
  it.each([
    ['en-GB', '09:00'],
    ['en-US', '9:00 AM'],
    ['de-DE', '09:00'],
    ['fr-FR', '09:00'],
  ])('%s → %s', (locale, text) => {
    expect(clockTime(speaking(locale), at('2026-06-05T07:00:00Z'), berlin)).toBe(text);
  });

  it('an afternoon time in a 12-hour locale says PM', () => {
    expect(clockTime(speaking('en-US'), at('2026-06-05T12:30:00Z'), berlin)).toBe('2:30 PM');
  });
});

describe('the language gives the words, the regional format the clock', () => {
  const nine = at('2026-06-05T07:00:00Z');
  it('the regional format in the same language is used whole (en words on an en-US clock)', () => {
    expect(clockTime(EN, nine, { ...berlin, regional: 'en-US' })).toBe('9:00 AM');
    expect(clockTime(speaking('en-US'), nine, { ...berlin, regional: 'en-GB' })).toBe('09:00');
  });

  it('German words on an en-US regional format keep the 12-hour clock the desktop shows', () => {
    const de = wordsFor('de', ['de-DE']);
    const clock = clockTime(de, nine, { ...berlin, regional: 'en-US' });
    expect(clock).toMatch(/^9:00\s?(AM|vorm\.)$/);
    // …and the day words stay German.
    expect(momentInWords(de, at('2026-06-06T07:00:00Z'), { ...berlin, regional: 'en-US' })).toBe(`morgen, ${clock}`);
    // A German regional format under English words gives a 24-hour clock in English.
    expect(momentInWords(speaking('en-US'), at('2026-06-08T07:00:00Z'), { ...berlin, regional: 'de-DE' })).toBe(
      'Monday, 09:00',
    );
  });

  it('reads the hour cycle of a regional format, and nothing from a tag Intl refuses', () => {
    expect(regionalHourCycle('en-US')).toBe('h12');
    expect(regionalHourCycle('de-DE')).toBe('h23');
    expect(regionalHourCycle('ja-JP')).toBe('h23');
    expect(regionalHourCycle(undefined)).toBeUndefined();
    expect(regionalHourCycle('not a locale!')).toBeUndefined();
  });
});

describe('the day is named when it is not today', () => {
  it.each([
    ['later today', '2026-06-05T18:00:00Z', '20:00', 'at 20:00'],
    ['tomorrow', '2026-06-06T07:00:00Z', 'tomorrow, 09:00', 'tomorrow, 09:00'],
    ['Monday (the issue’s example)', '2026-06-08T07:00:00Z', 'Monday, 09:00', 'Monday, 09:00'],
    ['more than a week away', '2026-06-15T07:00:00Z', 'Monday 15 June, 09:00', 'Monday 15 June, 09:00'],
  ])('%s', (_name, iso, moment, when) => {
    expect(momentInWords(EN, at(iso), berlin)).toBe(moment);
    expect(whenInWords(EN, at(iso), berlin)).toBe(when);
  });

  it('"today" is the person’s own calendar day, in their zone', () => {
    // 23:30 UTC on Friday is already Saturday in Berlin, still Friday in New York.
    const late = at('2026-06-05T23:30:00Z');
    expect(momentInWords(EN, late, berlin)).toBe('tomorrow, 01:30');
    expect(momentInWords(EN, late, { timeZone: 'America/New_York', now })).toBe('19:30');
  });

  it('uses the language’s own words for the day', () => {
    expect(momentInWords(speaking('de-DE'), at('2026-06-06T07:00:00Z'), berlin)).toBe('morgen, 09:00');
    expect(whenInWords(speaking('de-DE'), at('2026-06-08T07:00:00Z'), berlin)).toBe('Montag um 09:00');
    expect(whenInWords(speaking('fr-FR'), at('2026-06-05T18:00:00Z'), berlin)).toBe('à 20:00');
    expect(momentInWords(speaking('ja-JP'), at('2026-06-06T07:00:00Z'), berlin)).toBe('明日 9:00');
    expect(momentInWords(speaking('en-US'), at('2026-06-08T07:00:00Z'), berlin)).toBe('Monday, 9:00 AM');
  });

  it('History’s day headings: Today, Yesterday, then the date', () => {
    expect(dayInWords(EN, at('2026-06-05T06:00:00Z'), berlin)).toBe('Today');
    expect(dayInWords(EN, at('2026-06-04T06:00:00Z'), berlin)).toBe('Yesterday');
    expect(dayInWords(EN, at('2026-06-02T06:00:00Z'), berlin)).toBe('Tuesday 2 June');
    expect(dayInWords(EN, at('2025-12-30T06:00:00Z'), berlin)).toBe('Tuesday, 30 December 2025');
    expect(dayInWords(speaking('de-DE'), at('2026-06-04T06:00:00Z'), berlin)).toBe('Gestern');
    expect(dayInWords(speaking('ar'), at('2026-06-05T06:00:00Z'), berlin)).toBe('اليوم');
  });

  it('an unknown regional format or zone from the system still gives a time, not an error', () => {
    expect(clockTime(EN, at('2026-06-05T07:00:00Z'), { regional: 'not a locale!', timeZone: 'UTC', now })).toMatch(
      /7:00/,
    );
    expect(clockTime(EN, at('2026-06-05T07:00:00Z'), { timeZone: 'Not/AZone', now })).toMatch(/\d:00/);
  });
});
