import { describe, expect, it } from 'vitest';
import { activeSpans, formatClock, pausesTodayLine as lineIn, pauseTimes } from '../../../src/shared/day-preview';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { type Language, resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { type ActiveRange, defaultSettings, type Settings } from '../../../src/shared/settings';

const MON = 1;
const TUE = 2;
const SAT = 6;
const schedule = (activeHours: ActiveRange[], intervalMinutes = 60): Settings['schedule'] => ({
  ...defaultSettings().schedule,
  activeHours,
  intervalMinutes,
});
const times = (s: Settings['schedule'], day: number) => pauseTimes(s, day).map(formatClock);

describe('pauseTimes', () => {
  it('the defaults: weekdays 09:00–17:30, hourly, first pause one interval in', () => {
    const s = defaultSettings().schedule;
    expect(times(s, MON)).toEqual(['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00']);
    expect(times(s, SAT)).toEqual([]);
  });

  it('not at the very end of the range', () => {
    expect(times(schedule([{ days: [MON], start: '09:00', end: '12:00' }]), MON)).toEqual(['10:00', '11:00']);
  });

  it('several ranges in a day, each counted from its own start', () => {
    const s = schedule(
      [
        { days: [MON], start: '08:15', end: '10:00' },
        { days: [MON], start: '13:00', end: '15:30' },
      ],
      45,
    );
    expect(times(s, MON)).toEqual(['09:00', '09:45', '13:45', '14:30', '15:15']);
  });

  it('overlapping ranges count as one', () => {
    const s = schedule([
      { days: [MON], start: '09:00', end: '12:00' },
      { days: [MON], start: '11:00', end: '14:00' },
    ]);
    expect(times(s, MON)).toEqual(['10:00', '11:00', '12:00', '13:00']);
  });

  it('a range past midnight: its evening today, and its early hours on the next day', () => {
    const s = schedule([{ days: [MON], start: '22:00', end: '02:30' }]);
    expect(times(s, MON)).toEqual(['23:00']);
    expect(times(s, TUE)).toEqual(['00:00', '01:00', '02:00']);
    expect(times(s, SAT)).toEqual([]);
  });

  it('Saturday night into Sunday wraps the week', () => {
    const s = schedule([{ days: [SAT], start: '23:00', end: '01:30' }], 30);
    expect(times(s, 0)).toEqual(['00:00', '00:30', '01:00']);
  });

  it('a range whose start and end are equal has no pauses', () => {
    expect(times(schedule([{ days: [MON], start: '09:00', end: '09:00' }]), MON)).toEqual([]);
  });

  it('activeSpans merges and sorts', () => {
    const spans = activeSpans(
      [
        { days: [MON], start: '13:00', end: '14:00' },
        { days: [MON], start: '09:00', end: '10:00' },
        { days: [MON], start: '09:30', end: '11:00' },
      ],
      MON,
    );
    expect(spans).toEqual([
      { start: 540, end: 660 },
      { start: 780, end: 840 },
    ]);
  });
});

const words = (language: Language) =>
  createTranslator(resolveLocale(language, []), compileCatalog(RAW_CATALOGS[language].settings));
const english = words('en');
const pausesTodayLine = (s: Parameters<typeof lineIn>[0], day: Date) => lineIn(s, day, english);

describe('pausesTodayLine', () => {
  const monday = new Date(2026, 2, 2, 8, 0); // a Monday
  it('lists the times', () => {
    expect(pausesTodayLine(defaultSettings().schedule, monday)).toBe(
      'Your pauses today: 10:00, 11:00, 12:00, 13:00, 14:00, 15:00, 16:00, 17:00.',
    );
  });
  it('shortens a long list and gives the count', () => {
    const s = schedule([{ days: [MON], start: '08:00', end: '18:00' }], 20);
    expect(pausesTodayLine(s, monday)).toBe(
      'Your pauses today: 08:20, 08:40, 09:00, 09:20, 09:40, 10:00, … 17:40 (29 in all).',
    );
  });
  it('says so plainly when there are none, or reminders are off', () => {
    expect(pausesTodayLine(schedule([]), monday)).toBe('No pauses today: today is outside your active hours.');
    expect(pausesTodayLine({ ...defaultSettings().schedule, enabled: false }, monday)).toMatch(/^Reminders are off/);
  });
  it('says what is true when today is inside active hours that are shorter than the interval', () => {
    const short = schedule([{ days: [MON], start: '09:00', end: '09:30' }], 60);
    expect(pausesTodayLine(short, monday)).toBe(
      'No pauses today: your active hours today, 09:00–09:30, are shorter than the 60 minutes between pauses.',
    );
    const two = schedule(
      [
        { days: [MON], start: '09:00', end: '09:30' },
        { days: [MON], start: '14:00', end: '14:45' },
      ],
      60,
    );
    expect(pausesTodayLine(two, monday)).toBe(
      'No pauses today: each of your active hours today is shorter than the 60 minutes between pauses.',
    );
    // Another day's range does not count as today's.
    expect(pausesTodayLine(schedule([{ days: [MON + 1], start: '09:00', end: '09:30' }], 60), monday)).toBe(
      'No pauses today: today is outside your active hours.',
    );
  });
});

describe('pausesTodayLine in other languages', () => {
  const monday = new Date(2026, 2, 2, 8, 0);
  it('speaks the person’s language, with the interval’s plural right', () => {
    const short = schedule([{ days: [MON], start: '09:00', end: '09:30' }], 60);
    expect(lineIn(defaultSettings().schedule, monday, words('de'))).toMatch(/^Deine Pausen heute: 10:00, 11:00/);
    expect(lineIn(short, monday, words('de'))).toContain('60 Minuten');
    expect(lineIn(schedule([]), monday, words('ja'))).toContain('今日');
    // Arabic: 60 takes the singular noun (the "many" form); digits as Intl writes them for "ar".
    expect(lineIn(short, monday, words('ar'))).toContain(`الـ${new Intl.NumberFormat('ar').format(60)} دقيقة`);
  });
});
