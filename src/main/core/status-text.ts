// The words the tray shows for each reminder state: they tell, never ask or insist. Times are in
// the person's language, on their system's clock, and name the day when it isn't today. Pure; the
// translator, time zone and "now" are passed in. Never throws: an instant no date can hold reads without a
// time, and an unknown zone reads in UTC, so a bad value on disk cannot take the tray down.
import type { BusyReason, ReminderStatus } from '../../shared/app-state';
import type { MessageId, Translator } from '../../shared/i18n/translator';
import { momentParts, type TimeContext } from '../../shared/time-words';
import { usableTimeZone } from './local-time';

/** How the tray formats times: the zone, the current instant and the system's regional format. */
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
    regional: time?.regional,
    timeZone: time?.timeZone === undefined ? undefined : usableTimeZone(time.timeZone),
    now: isDateInstant(now ?? null) ? (now as number) : Date.now(),
  };
}

/** A reminder waits while the person is busy: say so gently, without naming any app. */
const HELD_LINES: Record<BusyReason, MessageId> = {
  call: 'main.status.held.call',
  fullscreen: 'main.status.held.fullscreen',
  dnd: 'main.status.held.dnd',
};

/** The tray's status line for `status`, in the translator's language. */
export function statusLine(tr: Translator, status: ReminderStatus, time?: StatusTime): string {
  const ctx = context(time);
  const at = (t: number) => ({ ...momentParts(tr, t, ctx) });
  switch (status.kind) {
    case 'off':
      return tr.t('main.status.off');
    case 'waiting':
      return isDateInstant(status.nextAt) ? tr.t('main.status.next', at(status.nextAt)) : tr.t('main.status.on');
    case 'due':
      return tr.t('main.status.due');
    case 'snoozed':
      return isDateInstant(status.until)
        ? tr.t('main.status.snoozed', at(status.until))
        : tr.t('main.status.snoozedLater');
    case 'paused':
      return isDateInstant(status.until) ? tr.t('main.status.quietUntil', at(status.until)) : tr.t('main.status.quiet');
    case 'outside-hours':
      return tr.t('main.status.outsideHours');
    case 'away':
      return tr.t('main.status.away');
    case 'held':
      return tr.t(HELD_LINES[status.reason]);
    case 'practising':
      return tr.t('main.status.practising');
  }
}
