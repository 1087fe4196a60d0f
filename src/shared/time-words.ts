// Times as a person reads them: in their locale and hour cycle (Intl), with the day named when
// it isn't today ("Monday, 09:00", "tomorrow, 9:00 AM"). The tray, the notifications, Settings
// and History all use this, so a time reads the same everywhere. Pure: the caller passes the
// locale (the system's), the time zone and "now".

import { zonedParts } from './zoned-time';

export interface TimeContext {
  /** BCP 47 locale, e.g. the system's; undefined means the runtime's default. */
  locale?: string;
  /** IANA zone; undefined means the runtime's. */
  timeZone?: string;
  /** Epoch ms of "now", to tell today from other days. */
  now: number;
}

const DAY_MS = 86_400_000;

function format(t: number, ctx: TimeContext, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(ctx.locale, { ...options, timeZone: ctx.timeZone }).format(t);
  } catch {
    // An unknown locale or zone from the system: the runtime's own default rather than nothing.
    return new Intl.DateTimeFormat(undefined, options).format(t);
  }
}

/** The local calendar date of `t` as a comparable number (days since the epoch, in the zone). */
function dayNumber(t: number, ctx: TimeContext): number {
  const { year, month, day } = zonedParts(t, ctx.timeZone);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Just the clock time, as the person's clock shows it ("09:00", "9:00 AM"). */
export function clockTime(t: number, ctx: TimeContext): string {
  return format(t, ctx, { timeStyle: 'short' });
}

/**
 * A moment, saying the day when it isn't today: "09:00" today; "tomorrow, 09:00"; "Monday,
 * 09:00" within the coming week; "Monday 7 December, 09:00" further off or in the past.
 */
export function momentInWords(t: number, ctx: TimeContext): string {
  const time = clockTime(t, ctx);
  const days = dayNumber(t, ctx) - dayNumber(ctx.now, ctx);
  if (days === 0) return time;
  if (days === 1) return `${relativeDay(1, ctx)}, ${time}`;
  if (days > 1 && days < 7) return `${format(t, ctx, { weekday: 'long' })}, ${time}`;
  return `${format(t, ctx, { weekday: 'long', day: 'numeric', month: 'long' })}, ${time}`;
}

/** "tomorrow" in the person's language (Intl knows the word), lower-case as English writes it mid-sentence. */
function relativeDay(days: number, ctx: TimeContext): string {
  try {
    return new Intl.RelativeTimeFormat(ctx.locale, { numeric: 'auto' }).format(days, 'day');
  } catch {
    return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day');
  }
}

/** A day heading for History: "Today", "Yesterday", or "Monday 30 November". */
export function dayInWords(t: number, ctx: TimeContext): string {
  const days = dayNumber(t, ctx) - dayNumber(ctx.now, ctx);
  if (days === 0 || days === -1) {
    const word = relativeDay(days, ctx);
    return word.charAt(0).toLocaleUpperCase(ctx.locale) + word.slice(1);
  }
  const sameYear = format(t, ctx, { year: 'numeric' }) === format(ctx.now, ctx, { year: 'numeric' });
  return format(t, ctx, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "at 14:00" today, else the moment with its day ("tomorrow, 09:00", "Monday, 09:00"). */
export function whenInWords(t: number, ctx: TimeContext): string {
  return dayNumber(t, ctx) === dayNumber(ctx.now, ctx) ? `at ${clockTime(t, ctx)}` : momentInWords(t, ctx);
}
