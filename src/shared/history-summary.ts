// What the history screen shows: the pauses of the last days, by day (only days with pauses), the
// totals, and the check-in words used most. What was done only — no streaks, nothing "missed".
// Pure: the caller passes "now"; days are the local calendar days of that clock.
import type { PauseRecord } from './history';
import type { Translator } from './i18n/translator';

export interface DayTotal {
  /** Local midnight of the day, as epoch ms. */
  start: number;
  pauses: number;
  seconds: number;
}

export interface WordCount {
  word: string;
  count: number;
}

export interface HistorySummary {
  days: DayTotal[];
  pauses: number;
  seconds: number;
  words: WordCount[];
}

/** The last `count` local days ending with today, oldest first, each with its totals. */
export function summarizeHistory(
  records: readonly PauseRecord[],
  now: Date,
  count: number,
  topWords = 5,
): HistorySummary {
  const days: DayTotal[] = [];
  for (let i = count - 1; i >= 0; i--) {
    // Built from the calendar date, so a day with a clock change is still one day.
    const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i).getTime();
    days.push({ start, pauses: 0, seconds: 0 });
  }
  const first = days[0]?.start ?? 0;
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const words = new Map<string, number>();
  let pauses = 0;
  let seconds = 0;
  for (const r of records) {
    if (r.startedAt < first || r.startedAt >= end) continue;
    let day: DayTotal | undefined;
    for (let i = days.length - 1; i >= 0; i--) {
      const d = days[i] as DayTotal;
      if (r.startedAt >= d.start) {
        day = d;
        break;
      }
    }
    if (!day) continue;
    day.pauses++;
    day.seconds += r.durationSeconds;
    pauses++;
    seconds += r.durationSeconds;
    const word = r.checkIn?.trim().toLowerCase();
    if (word) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const ranked = [...words]
    .map(([word, n]) => ({ word, count: n }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, topWords);
  return { days, pauses, seconds, words: ranked };
}

/** "12 minutes", "1 minute", "under a minute" — practice time in plain words, in `t`'s language. */
export function minutesInWords(seconds: number, t: Translator['t']): string {
  if (seconds <= 0) return t('history.time.none');
  if (seconds < 60) return t('history.time.underMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return t('history.time.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('history.time.hours', { hours }) : t('history.time.hoursMinutes', { hours, minutes: rest });
}

export interface DayOfPauses {
  /** Local midnight of the day, as epoch ms. */
  start: number;
  /** That day's pauses, earliest first. */
  pauses: PauseRecord[];
}

/**
 * The pauses of the last `count` local days ending with today, grouped by day, newest day first.
 * Only days with pauses appear: a day without one is simply not there, never a gap.
 */
export function pausesByDay(records: readonly PauseRecord[], now: Date, count: number): DayOfPauses[] {
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (count - 1)).getTime();
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const byDay = new Map<number, PauseRecord[]>();
  for (const r of records) {
    if (r.startedAt < first || r.startedAt >= end) continue;
    const d = new Date(r.startedAt);
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    const list = byDay.get(start) ?? [];
    list.push(r);
    byDay.set(start, list);
  }
  return [...byDay]
    .sort(([a], [b]) => b - a)
    .map(([start, pauses]) => ({ start, pauses: pauses.sort((a, b) => a.startedAt - b.startedAt) }));
}

export interface WeekOfPauses {
  /** The first and last day of the week shown (local midnights): clipped to the chosen days. */
  from: number;
  to: number;
  pauses: number;
  seconds: number;
}

/**
 * The last `count` local days ending with today, by week (weeks begin on `firstDay`, 0 Sunday …
 * 6 Saturday, the person's locale's), newest first. Only weeks with pauses appear.
 */
export function pausesByWeek(
  records: readonly PauseRecord[],
  now: Date,
  count: number,
  firstDay: number,
): WeekOfPauses[] {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1)).getTime();
  const weeks = new Map<number, WeekOfPauses>();
  for (const day of pausesByDay(records, now, count)) {
    const d = new Date(day.start);
    const back = (d.getDay() - firstDay + 7) % 7;
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate() - back);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 6).getTime();
    const week = weeks.get(start.getTime()) ?? {
      from: Math.max(start.getTime(), first),
      to: Math.min(end, today.getTime()),
      pauses: 0,
      seconds: 0,
    };
    week.pauses += day.pauses.length;
    week.seconds += day.pauses.reduce((n, p) => n + p.durationSeconds, 0);
    weeks.set(start.getTime(), week);
  }
  return [...weeks.values()].sort((a, b) => b.from - a.from);
}
