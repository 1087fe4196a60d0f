// The words the tray shows for each reminder state. Pure; the time zone is injectable for tests.
import type { BusyReason, ReminderStatus } from '../../shared/app-state';
import { usableTimeZone } from './local-time';

/**
 * "14:30" in `timeZone`, or null when the instant is not one a date can hold. Never throws: an
 * unknown zone reads in UTC, so a bad value on disk cannot take the tray down.
 */
export function formatClock(epochMs: number, timeZone?: string): string | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_DATE_MS) return null;
  const zone = timeZone === undefined ? undefined : usableTimeZone(timeZone);
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone }).format(
    epochMs,
  );
}

/** The furthest instant from 1970 a JavaScript Date can hold (ECMA-262 TimeClip). */
const MAX_DATE_MS = 8.64e15;

const withClock = (words: string, epochMs: number | null, timeZone: string | undefined, without: string) => {
  const clock = epochMs === null ? null : formatClock(epochMs, timeZone);
  return clock === null ? without : `${words} ${clock}`;
};

/** A reminder waits while the person is busy: say so gently, without naming any app. */
const HELD_LINES: Record<BusyReason, string> = {
  call: 'You seem to be in a call — your pause waits until it ends',
  fullscreen: 'Something is full screen — your pause waits until you are done',
  dnd: 'Do Not Disturb is on — your pause waits until it is off',
};

export function statusLine(status: ReminderStatus, timeZone?: string): string {
  switch (status.kind) {
    case 'off':
      return 'Reminders off';
    case 'waiting':
      return withClock('Next pause at', status.nextAt, timeZone, 'Reminders on');
    case 'due':
      return 'Pause due';
    case 'snoozed':
      return withClock('Snoozed until', status.until, timeZone, 'Snoozed');
    case 'paused':
      return withClock('Reminders paused until', status.until, timeZone, 'Reminders paused');
    case 'outside-hours':
      return 'Outside your active hours';
    case 'away':
      return 'Away — reminders wait for you';
    case 'held':
      return HELD_LINES[status.reason];
    case 'practising':
      return 'Pausing now';
  }
}
