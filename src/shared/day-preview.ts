// "Your pauses today: 10:00, 11:00, …" — when reminders would come today, from the active hours
// and the interval alone. A preview for the settings screen, not the scheduler (which also
// yields to idle time, snoozes and lulls). Pure: the caller passes the day.
import type { Translator } from './i18n/translator';
import type { ActiveRange, Settings } from './settings';

const DAY = 24 * 60;

/** Minutes after midnight of "HH:MM". */
export function clockMinutes(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

export function formatClock(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A range that ends at or before its start runs past midnight into the next day. */
export const crossesMidnight = (r: Pick<ActiveRange, 'start' | 'end'>) => clockMinutes(r.end) < clockMinutes(r.start);

interface Span {
  start: number;
  end: number;
}

/**
 * The active spans that touch `weekday` (0 = Sunday), in minutes from that day's midnight:
 * ranges that start today (possibly running past midnight), and yesterday's ranges that run
 * into today (negative start). Overlapping spans are merged.
 */
export function activeSpans(ranges: readonly ActiveRange[], weekday: number): Span[] {
  const yesterday = (weekday + 6) % 7;
  const spans: Span[] = [];
  for (const r of ranges) {
    const start = clockMinutes(r.start);
    const end = clockMinutes(r.end);
    if (start === end) continue; // empty: the settings screen asks for different times
    const length = end > start ? end - start : end + DAY - start;
    if (r.days.includes(weekday)) spans.push({ start, end: start + length });
    if (r.days.includes(yesterday) && end < start) spans.push({ start: start - DAY, end: start - DAY + length });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Minutes after midnight of each reminder on `weekday`: one interval after each active span
 * begins, then every interval, while the span lasts (not at its very end).
 */
export function pauseTimes(schedule: Pick<Settings['schedule'], 'activeHours' | 'intervalMinutes'>, weekday: number) {
  const times: number[] = [];
  const step = Math.max(1, schedule.intervalMinutes);
  for (const span of activeSpans(schedule.activeHours, weekday)) {
    for (let t = span.start + step; t < span.end; t += step) if (t >= 0 && t < DAY) times.push(t);
  }
  return times;
}

/**
 * The preview line for the settings screen, for the day `today` falls on, in the person's
 * language (`tr`, a translator with the settings words; the times are listed the way its
 * locale lists them). `format` writes a time (minutes after midnight); the screen passes the
 * person's locale so it matches the time fields.
 */
export function pausesTodayLine(
  schedule: Settings['schedule'],
  today: Date,
  tr: Pick<Translator, 't' | 'locale'>,
  format: (minutes: number) => string = formatClock,
): string {
  const { t } = tr;
  if (!schedule.enabled) return t('settings.today.off');
  const times = pauseTimes(schedule, today.getDay()).map(format);
  const interval = schedule.intervalMinutes;
  if (times.length === 0) {
    // Inside active hours that are too short for one interval: say that, not "outside".
    const spans = activeSpans(schedule.activeHours, today.getDay()).filter((s) => s.end > 0 && s.start < DAY);
    if (spans.length === 0) return t('settings.today.outside');
    // One span is named with its times; several are spoken of together.
    const [only, ...others] = spans;
    return only && others.length === 0
      ? t('settings.today.tooShortOne', { start: format(only.start), end: format(only.end), interval })
      : t('settings.today.tooShortEach', { interval });
  }
  const list = (items: string[]) => new Intl.ListFormat(tr.locale, { type: 'unit', style: 'short' }).format(items);
  if (times.length <= 8) return t('settings.today.list', { times: list(times) });
  return t('settings.today.listLong', {
    times: list(times.slice(0, 6)),
    last: times[times.length - 1] ?? '',
    count: times.length,
  });
}
