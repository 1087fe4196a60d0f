// The words the tray shows for each reminder state. Pure; the time zone is injectable for tests.
import type { BusyReason, ReminderStatus } from '../../shared/app-state';

export function formatClock(epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    epochMs,
  );
}

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
      return `Next pause at ${formatClock(status.nextAt, timeZone)}`;
    case 'due':
      return 'Pause due';
    case 'snoozed':
      return `Snoozed until ${formatClock(status.until, timeZone)}`;
    case 'paused':
      return status.until === null
        ? 'Reminders paused'
        : `Reminders paused until ${formatClock(status.until, timeZone)}`;
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
