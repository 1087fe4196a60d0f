// The words the tray shows for each reminder state: they tell, never ask or insist. Times are in
// the person's locale and hour cycle and name the day when it isn't today. Pure; the locale,
// time zone and "now" are passed in. Never throws: an instant no date can hold reads without a
// time, and an unknown zone reads in UTC, so a bad value on disk cannot take the tray down.
import type { BusyReason, ReminderStatus } from '../../shared/app-state';
import { momentInWords, type TimeContext, whenInWords } from '../../shared/time-words';
import { usableTimeZone } from './local-time';

/** How the tray formats times: the system's locale and zone, and the current instant. */
export type StatusTime = Partial<TimeContext>;

/** The furthest instant from 1970 a JavaScript Date can hold (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

/** True when `t` is an instant a date can hold. */
export function isDateInstant(t: number | null): t is number {
  return t !== null && Number.isFinite(t) && Math.abs(t) <= MAX_DATE_MS;
}

function context(time: StatusTime | undefined): TimeContext {
  const now = time?.now;
  return {
    locale: time?.locale,
    timeZone: time?.timeZone === undefined ? undefined : usableTimeZone(time.timeZone),
    now: isDateInstant(now ?? null) ? (now as number) : Date.now(),
  };
}

/** A reminder waits while the person is busy: say so gently, without naming any app. */
const HELD_LINES: Record<BusyReason, string> = {
  call: 'You seem to be in a call — your pause waits until it ends',
  fullscreen: 'Something is full screen — your pause waits until you are done',
  dnd: 'Do Not Disturb is on — your pause waits until it is off',
};

export function statusLine(status: ReminderStatus, time?: StatusTime): string {
  const ctx = context(time);
  switch (status.kind) {
    case 'off':
      return 'Reminders off';
    case 'waiting':
      return isDateInstant(status.nextAt) ? `Next pause offered ${whenInWords(status.nextAt, ctx)}` : 'Reminders on';
    case 'due':
      return 'A pause is here, if you like';
    case 'snoozed':
      return isDateInstant(status.until) ? `Offered again ${whenInWords(status.until, ctx)}` : 'Offered again later';
    case 'paused':
      return isDateInstant(status.until)
        ? `Reminders quiet until ${momentInWords(status.until, ctx)}`
        : 'Reminders quiet';
    case 'outside-hours':
      return 'Outside your active hours';
    case 'away':
      return 'Away — reminders wait for you';
    case 'held':
      return HELD_LINES[status.reason];
    case 'practising':
      return 'Taking a pause';
  }
}
