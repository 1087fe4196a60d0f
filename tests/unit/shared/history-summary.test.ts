import { describe, expect, it } from 'vitest';
import type { CheckInId, PauseRecord } from '../../../src/shared/history';
import { minutesInWords, pausesByDay, pausesByWeek, summarizeHistory } from '../../../src/shared/history-summary';
import ar from '../../../src/shared/i18n/catalogs/ar/history.json' with { type: 'json' };
import de from '../../../src/shared/i18n/catalogs/de/history.json' with { type: 'json' };
import en from '../../../src/shared/i18n/catalogs/en/history.json' with { type: 'json' };
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { firstDayOfWeek } from '../../../src/shared/i18n/week';

process.env.TZ ||= 'UTC';

const now = new Date(2026, 2, 10, 15, 0); // 10 March, 15:00 local
const at = (daysAgo: number, hour: number) => new Date(2026, 2, 10 - daysAgo, hour, 0).getTime();
let n = 0;
const rec = (startedAt: number, durationSeconds: number, checkIn?: string): PauseRecord => ({
  id: `r${++n}`,
  kind: 'breathe',
  startedAt,
  durationSeconds,
  completed: true,
  // The summary is robust to any word (these tests rank letters); records saved now hold ids.
  ...(checkIn ? { checkIn: checkIn as CheckInId } : {}),
});

describe('summarizeHistory', () => {
  it('counts pauses and seconds per local day, oldest first, today last', () => {
    const s = summarizeHistory(
      [rec(at(0, 9), 60, 'tired'), rec(at(0, 14), 90), rec(at(2, 23), 30, 'Tired '), rec(at(6, 0), 120, 'okay')],
      now,
      7,
    );
    expect(s.days).toHaveLength(7);
    expect(s.days.map((d) => d.pauses)).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(s.days.map((d) => d.seconds)).toEqual([120, 0, 0, 0, 30, 0, 150]);
    expect(s.days[6]?.start).toBe(new Date(2026, 2, 10).getTime());
    expect(s.pauses).toBe(4);
    expect(s.seconds).toBe(300);
    expect(s.words).toEqual([
      { word: 'tired', count: 2 },
      { word: 'okay', count: 1 },
    ]);
  });

  it('leaves out pauses before the window and after today', () => {
    const s = summarizeHistory([rec(at(7, 12), 60), rec(at(-1, 9), 60), rec(at(1, 12), 60)], now, 7);
    expect(s.pauses).toBe(1);
  });

  it('30 days', () => {
    const s = summarizeHistory([rec(at(29, 8), 60), rec(at(30, 8), 60)], now, 30);
    expect(s.days).toHaveLength(30);
    expect(s.pauses).toBe(1);
    expect(s.days[0]?.pauses).toBe(1);
  });

  it('ranks words by count, then alphabetically, and keeps the top few', () => {
    const words = ['b', 'a', 'c', 'c', 'd', 'e', 'f', 'g'];
    const s = summarizeHistory(
      words.map((w) => rec(at(0, 10), 10, w)),
      now,
      7,
      3,
    );
    expect(s.words).toEqual([
      { word: 'c', count: 2 },
      { word: 'a', count: 1 },
      { word: 'b', count: 1 },
    ]);
  });

  it('empty history: every day at zero', () => {
    const s = summarizeHistory([], now, 7);
    expect(s.days.every((d) => d.pauses === 0 && d.seconds === 0)).toBe(true);
    expect(s.words).toEqual([]);
  });
});

const words = (language: 'en' | 'de' | 'ar', catalog: Record<string, string>) =>
  createTranslator(resolveLocale(language, []), compileCatalog(catalog)).t;

describe('minutesInWords', () => {
  it.each([
    [0, 'no time'],
    [45, 'under a minute'],
    [60, '1 minute'],
    [89, '1 minute'],
    [600, '10 minutes'],
    [7200, '2 hours'],
    [7500, '2 hours 5 minutes'],
  ])('%i s → %s', (s, want) => {
    expect(minutesInWords(s, words('en', en))).toBe(want);
  });

  it('says it in the person’s language, with that language’s plurals', () => {
    expect([60, 120, 660, 7500].map((s) => minutesInWords(s, words('de', de)))).toEqual([
      '1 Minute',
      '2 Minuten',
      '11 Minuten',
      '2 Stunden 5 Minuten',
    ]);
    expect([60, 120, 300, 660, 3600 * 2 + 60].map((s) => minutesInWords(s, words('ar', ar)))).toEqual([
      'دقيقة واحدة',
      'دقيقتان',
      '5 دقائق',
      '11 دقيقة',
      'ساعتان ودقيقة واحدة',
    ]);
  });
});

describe('pausesByDay', () => {
  it('groups the chosen days’ pauses by local day, newest day first; empty days are not there', () => {
    const a = rec(at(0, 14), 90);
    const b = rec(at(0, 9), 60);
    const c = rec(at(2, 23), 30);
    const old = rec(at(9, 10), 60);
    const days = pausesByDay([a, c, b, old], now, 7);
    expect(days.map((d) => d.start)).toEqual([new Date(2026, 2, 10).getTime(), new Date(2026, 2, 8).getTime()]);
    // Within a day, earliest first.
    expect(days[0]?.pauses).toEqual([b, a]);
    expect(days[1]?.pauses).toEqual([c]);
    expect(pausesByDay([old], now, 7)).toEqual([]);
    expect(pausesByDay([old], now, 30)).toHaveLength(1);
  });
});

describe('pausesByWeek: the last 30 days week by week, weeks beginning on the locale’s first day', () => {
  // Tuesday 10 March (today), Sunday 8, Saturday 7, Monday 2 March, and Monday 9 February (the first day shown).
  const records = [rec(at(0, 9), 60), rec(at(2, 9), 60), rec(at(3, 9), 60), rec(at(8, 9), 600), rec(at(29, 9), 120)];
  const day = (m: number, d: number) => new Date(2026, m - 1, d).getTime();
  const shape = (firstDay: number) =>
    pausesByWeek(records, now, 30, firstDay).map((w) => [w.from, w.to, w.pauses, w.seconds]);

  it('Monday first (Germany, France): newest week first, clipped to today and to the first day shown', () => {
    expect(shape(1)).toEqual([
      [day(3, 9), day(3, 10), 1, 60],
      [day(3, 2), day(3, 8), 3, 720],
      [day(2, 9), day(2, 15), 1, 120],
    ]);
  });
  it('Saturday first (Egypt, Arabic): Saturday 7 to today is one week', () => {
    expect(shape(6)).toEqual([
      [day(3, 7), day(3, 10), 3, 180],
      [day(2, 28), day(3, 6), 1, 600],
      [day(2, 9), day(2, 13), 1, 120],
    ]);
  });
  it('Sunday first (United States, Japan)', () => {
    expect(shape(0)).toEqual([
      [day(3, 8), day(3, 10), 2, 120],
      [day(3, 1), day(3, 7), 2, 660],
      [day(2, 9), day(2, 14), 1, 120],
    ]);
  });
  it('only weeks with pauses appear', () => {
    expect(pausesByWeek([rec(at(0, 9), 60), rec(at(20, 9), 60)], now, 30, 1)).toHaveLength(2);
    expect(pausesByWeek([], now, 30, 1)).toEqual([]);
  });
});

describe('firstDayOfWeek', () => {
  it.each([
    ['de-DE', 1],
    ['fr', 1],
    ['en-GB', 1],
    ['en-US', 0],
    ['ja-JP', 0],
    ['ja', 0],
    ['ar', 6],
    ['ar-EG', 6],
    ['ar-MA', 1],
    ['not a locale', 1],
  ])('%s → %i', (locale, want) => {
    expect(firstDayOfWeek(locale)).toBe(want);
  });
});
