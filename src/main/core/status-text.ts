// The words the tray shows for each reminder state: they tell, never ask or insist. Times are in
// the person's locale and hour cycle and name the day when it isn't today. Pure; the locale,
// time zone and "now" are passed in.
import type { ReminderStatus } from '../../shared/app-state';
import { momentInWords, type TimeContext, whenInWords } from '../../shared/time-words';

/** How the tray formats times: the system's locale and zone, and the current instant. */
export type StatusTime = Partial<TimeContext>;

function context(time: StatusTime | undefined): TimeContext {
  return { locale: time?.locale, timeZone: time?.timeZone, now: time?.now ?? Date.now() };
}

export function statusLine(status: ReminderStatus, time?: StatusTime): string {
  const ctx = context(time);
  switch (status.kind) {
    case 'off':
      return 'Reminders off';
    case 'waiting':
      return `Next pause offered ${whenInWords(status.nextAt, ctx)}`;
    case 'due':
      return 'A pause is here, if you like';
    case 'snoozed':
      return `Offered again ${whenInWords(status.until, ctx)}`;
    case 'paused':
      return status.until === null ? 'Reminders quiet' : `Reminders quiet until ${momentInWords(status.until, ctx)}`;
    case 'outside-hours':
      return 'Outside your active hours';
    case 'away':
      return 'Away — reminders wait for you';
    case 'practising':
      return 'Taking a pause';
  }
}
