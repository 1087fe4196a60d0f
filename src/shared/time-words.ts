// Times as a person reads them: in their language (the translator's locale, through Intl and the
// `time` catalog), on their system's clock (12 or 24 hours, see `regional`), with the day named
// when it isn't today ("Monday, 09:00", "tomorrow, 9:00 AM"). The tray, the notifications,
// Settings and History all use this, so a time reads the same everywhere. Pure: the caller passes
// the translator, the time zone and "now".
//
// Language and regional format are two settings on every desktop (a German speaker may keep the
// en-US regional format, or an English speaker en-GB). The language decides the words and the
// order; the regional format decides the clock: when it is in the same language it is used whole
// (en-GB's "Monday 7 December, 09:00"), otherwise only its hour cycle is taken ("Montag, 9:00 AM"
// for German words on an en-US clock), so a time in Attune reads as the clock on the desktop does.

import type { Translator } from './i18n/translator';
import { zonedParts } from './zoned-time';

export interface TimeContext {
  /** IANA zone; undefined means the runtime's. */
  timeZone?: string;
  /** Epoch ms of "now", to tell today from other days. */
  now: number;
  /**
   * The system's regional format (BCP 47, e.g. `app.getSystemLocale()`); decides 12 or 24 hours.
   * Undefined: the translator's locale decides everything.
   */
  regional?: string;
}

/** Where a moment falls, relative to today (what the `time.moment` messages select on). */
export type DayKind = 'today' | 'tomorrow' | 'week' | 'other';

/** A moment's parts for a message: which day it is, the weekday or date words, and the clock time. */
export interface MomentParts {
  day: DayKind;
  /** The weekday ("Monday") within the coming week, the weekday and date further off; "" today or tomorrow. */
  date: string;
  time: string;
}

const DAY_MS = 86_400_000;

function language(tag: string | undefined): string {
  return tag?.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The hour cycle of a regional format ('h12', 'h23', …), or undefined when it can't be told. */
export function regionalHourCycle(regional: string | undefined): Intl.DateTimeFormatOptions['hourCycle'] {
  if (!regional) return undefined;
  try {
    return new Intl.DateTimeFormat(regional, { hour: 'numeric' }).resolvedOptions().hourCycle;
  } catch {
    return undefined;
  }
}

/** The Intl locale and hour cycle for `tr`'s words on the system's clock (see the file's head). */
function clockLocale(
  tr: Translator,
  ctx: TimeContext,
): { locale: string; hourCycle?: Intl.DateTimeFormatOptions['hourCycle'] } {
  if (ctx.regional && language(ctx.regional) === language(tr.locale)) {
    try {
      return { locale: Intl.getCanonicalLocales(ctx.regional)[0] ?? tr.locale };
    } catch {
      // Not a tag Intl knows: the translator's own locale below.
    }
  }
  const hourCycle = regionalHourCycle(ctx.regional);
  return hourCycle ? { locale: tr.locale, hourCycle } : { locale: tr.locale };
}

function format(tr: Translator, t: number, ctx: TimeContext, options: Intl.DateTimeFormatOptions): string {
  const { locale, hourCycle } = clockLocale(tr, ctx);
  // The language's short time on another clock: "9:00 AM" on a 12-hour clock, "09:00" on a 24-hour one.
  const hour = hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric';
  const withClock: Intl.DateTimeFormatOptions =
    options.timeStyle && hourCycle ? { hour, minute: '2-digit', hourCycle } : options;
  try {
    return new Intl.DateTimeFormat(locale, { ...withClock, timeZone: ctx.timeZone }).format(t);
  } catch {
    // An unknown zone from the system: the runtime's own zone rather than nothing.
    return new Intl.DateTimeFormat(locale, withClock).format(t);
  }
}

/** The local calendar date of `t` as a comparable number (days since the epoch, in the zone). */
function dayNumber(t: number, ctx: TimeContext): number {
  const { year, month, day } = zonedParts(t, ctx.timeZone);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Just the clock time, as the person's clock shows it ("09:00", "9:00 AM"). */
export function clockTime(tr: Translator, t: number, ctx: TimeContext): string {
  return format(tr, t, ctx, { timeStyle: 'short' });
}

/** The parts of a moment for a message that names its day (`{day, select, …}`). */
export function momentParts(tr: Translator, t: number, ctx: TimeContext): MomentParts {
  const time = clockTime(tr, t, ctx);
  const days = dayNumber(t, ctx) - dayNumber(ctx.now, ctx);
  if (days === 0) return { day: 'today', date: '', time };
  if (days === 1) return { day: 'tomorrow', date: '', time };
  if (days > 1 && days < 7) return { day: 'week', date: format(tr, t, ctx, { weekday: 'long' }), time };
  return { day: 'other', date: format(tr, t, ctx, { weekday: 'long', day: 'numeric', month: 'long' }), time };
}

/**
 * A moment, saying the day when it isn't today: "09:00" today; "tomorrow, 09:00"; "Monday,
 * 09:00" within the coming week; "Monday 7 December, 09:00" further off or in the past.
 */
export function momentInWords(tr: Translator, t: number, ctx: TimeContext): string {
  return tr.t('time.moment', { ...momentParts(tr, t, ctx) });
}

/** "at 14:00" today, else the moment with its day ("tomorrow, 09:00", "Monday, 09:00"). */
export function whenInWords(tr: Translator, t: number, ctx: TimeContext): string {
  return tr.t('time.when', { ...momentParts(tr, t, ctx) });
}

/** A day heading for History: "Today", "Yesterday", or "Monday 30 November". */
export function dayInWords(tr: Translator, t: number, ctx: TimeContext): string {
  const days = dayNumber(t, ctx) - dayNumber(ctx.now, ctx);
  if (days === 0) return tr.t('time.today');
  if (days === -1) return tr.t('time.yesterday');
  const sameYear = format(tr, t, ctx, { year: 'numeric' }) === format(tr, ctx.now, ctx, { year: 'numeric' });
  return format(tr, t, ctx, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}
