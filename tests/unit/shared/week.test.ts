import { describe, expect, it } from 'vitest';
import { firstDayFromTable, firstDayOfWeek, weekdayName, weekdayOrder } from '../../../src/shared/i18n/week';

/** What this runtime's Intl says, where it says anything (1 = Monday … 7 = Sunday). */
function intlFirstDay(locale: string): number | undefined {
  const loc = new Intl.Locale(locale) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay;
}

describe('firstDayOfWeek', () => {
  it('starts the week where calendars there start it', () => {
    expect(firstDayOfWeek('de-DE')).toBe(1); // Monday
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(0); // Sunday
    expect(firstDayOfWeek('ja-JP')).toBe(0);
    expect(firstDayOfWeek('ar-EG')).toBe(6); // Saturday
  });
  it('agrees with Intl wherever the runtime knows', () => {
    for (const locale of [
      'de',
      'es-ES',
      'es-MX',
      'fr-FR',
      'fr-CA',
      'ja',
      'ar',
      'ar-SA',
      'ar-MA',
      'en',
      'en-AU',
      'pt-BR',
    ]) {
      const intl = intlFirstDay(locale);
      if (intl === undefined) continue;
      expect(firstDayOfWeek(locale), locale).toBe(intl % 7);
    }
  });
  it('gives Monday for a tag Intl cannot read', () => {
    expect(firstDayOfWeek('not a tag')).toBe(1);
    expect(firstDayOfWeek('')).toBe(1);
  });
});

describe('firstDayFromTable (when Intl has no week info)', () => {
  it('reads the region, or the likely region of a bare language', () => {
    expect(firstDayFromTable('de-DE')).toBe(1);
    expect(firstDayFromTable('en-US')).toBe(0);
    expect(firstDayFromTable('en')).toBe(0);
    expect(firstDayFromTable('en-GB')).toBe(1);
    expect(firstDayFromTable('ja')).toBe(0);
    expect(firstDayFromTable('ar')).toBe(6);
    expect(firstDayFromTable('ar-EG')).toBe(6);
    expect(firstDayFromTable('ar-SA')).toBe(0);
    expect(firstDayFromTable('ar-MA')).toBe(1);
    expect(firstDayFromTable('fr')).toBe(1);
    expect(firstDayFromTable('es_MX')).toBe(0);
  });
  it('matches Intl for the languages Attune speaks', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'es-ES', 'fr-FR', 'ja-JP', 'ar-EG', 'ar-SA']) {
      const intl = intlFirstDay(locale);
      if (intl !== undefined) expect(firstDayFromTable(locale), locale).toBe(intl % 7);
    }
  });
});

describe('weekdayOrder', () => {
  it('lists all seven days once, from the first', () => {
    expect(weekdayOrder('de-DE')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOrder('en-US')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder('ar-EG')).toEqual([6, 0, 1, 2, 3, 4, 5]);
    for (const l of ['fr', 'ja', 'ar', 'es']) expect([...weekdayOrder(l)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('weekdayName', () => {
  it('names the day in the locale, whatever the time zone', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(0, 'en-GB', 'short')).toBe('Sun');
    expect(weekdayName(1, 'de-DE')).toBe('Montag');
    expect(weekdayName(6, 'fr-FR')).toBe('samedi');
    expect(weekdayName(3, 'ja-JP')).toBe('水曜日');
  });
});
