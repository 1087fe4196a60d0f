// Real local time in an IANA time zone, from Intl alone (no dependency, no process TZ). The
// scheduler works in instants (epoch ms); only active hours are local, and only this module
// turns one into the other, so daylight-saving gaps and repeats are handled in one place.
import { zonedFormatter, zonedParts } from '../../shared/zoned-time';

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * A zone Intl accepts for a machine whose own zone it rejects (for example "Etc/Unknown", which
 * Node reports when TZ is empty and /etc/localtime is a plain file): the machine's current UTC
 * offset as a fixed "Etc/GMT±N" zone when it is whole hours, else UTC. `offsetMinutes` is
 * Date#getTimezoneOffset(): minutes to ADD to local time to get UTC (so UTC+2 is -120), which
 * is also the sign convention of the Etc/GMT zones (UTC+2 is "Etc/GMT-2").
 */
export function fallbackTimeZone(offsetMinutes: number): string {
  if (!Number.isInteger(offsetMinutes) || offsetMinutes % 60 !== 0 || Math.abs(offsetMinutes) > 14 * 60) return 'UTC';
  const hours = offsetMinutes / 60;
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

/** `timeZone` when Intl accepts it, else UTC: nothing that reads local time can throw on a zone. */
export function usableTimeZone(timeZone: string | undefined): string {
  return timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    zonedFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time at instant `t` in `timeZone`. */
export function localDateTime(t: number, timeZone: string): LocalDateTime {
  const out = zonedParts(t, timeZone);
  return { ...out, weekday: new Date(Date.UTC(out.year, out.month - 1, out.day)).getUTCDay() };
}

/** Local minus UTC at instant `t`, in ms. */
export function offsetAt(t: number, timeZone: string): number {
  const l = localDateTime(t, timeZone);
  const whole = Math.floor(t / 1000) * 1000;
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - whole;
}

/** The local date `days` after `date` (pure calendar arithmetic). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** Orders local dates; negative when a is earlier. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Minutes after midnight for "HH:MM". */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The earliest instant whose local wall-clock time is at or after `minutes` past midnight on
 * `date`. In a daylight-saving gap (a local time that never happens) that is the instant the
 * gap ends; in a repeated hour it is the first of the two.
 */
export function instantAtOrAfter(date: LocalDate, minutes: number, timeZone: string): number {
  const target = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE; // local ms
  const local = (t: number) => t + offsetAt(t, timeZone);
  // Offsets a day either side cover any real zone (transitions are months apart).
  const before = target - offsetAt(target - DAY, timeZone);
  const after = target - offsetAt(target + DAY, timeZone);
  const exact = [before, after].filter((t) => local(t) === target);
  if (exact.length > 0) return Math.min(...exact);
  // A gap: find the first instant whose local time has passed the target (the transition).
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  if (local(hi) < target) return hi; // defensive; cannot happen for a real gap
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo) break;
    if (local(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
