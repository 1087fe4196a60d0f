// The words the tray shows for each reminder state. Pure; the time zone is injectable for tests.
import type { ReminderStatus } from '../../shared/app-state';

export function formatClock(epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    epochMs,
  );
}

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
    case 'practising':
      return 'Pausing now';
  }
}
