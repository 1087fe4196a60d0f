// What the tray, the windows and the simulator show of the scheduler: its state in one value
// (off, practising, paused, outside hours, away, held, due, snoozed or waiting with the time of
// the next reminder). Pure.
import type { ReminderStatus } from '../../shared/app-state';
import type { TimeWindow } from './active-hours';
import type { BusyReason } from './busy';

export interface StatusFacts {
  now: number;
  practising: boolean;
  paused: boolean;
  pausedUntil: number | null;
  /** The active-hours window `now` is in, or null outside active hours. */
  window: TimeWindow | null;
  /** Neither asleep nor behind a locked screen. */
  present: boolean;
  /** Away on a natural break. */
  onBreak: boolean;
  held: BusyReason | null;
  dueUntil: number | null;
  snoozeUntil: number | null;
  /** When the next reminder falls due if the hours allow (the end of the interval or the snooze). */
  reminderAt: number;
  intervalMs: number;
  /** Active-hours windows around an instant, oldest first (ActiveHours.windows). */
  windows: (at: number) => TimeWindow[];
}

/** The status while reminders are on (the scheduler says 'off' itself). */
export function statusNow(f: StatusFacts): ReminderStatus {
  if (f.practising) return { kind: 'practising' };
  if (f.paused) return { kind: 'paused', until: f.pausedUntil };
  if (!f.window) return { kind: 'outside-hours' };
  if (!f.present || f.onBreak) return { kind: 'away' };
  if (f.held !== null) return { kind: 'held', reason: f.held };
  if (f.dueUntil !== null) return { kind: 'due' };
  if (f.snoozeUntil !== null) return { kind: 'snoozed', until: f.snoozeUntil };
  return { kind: 'waiting', nextAt: nextReminderAt(f.now, f.window, f.reminderAt, f.intervalMs, f.windows) };
}

/**
 * When the next reminder comes if nothing else happens, across the end of today's hours: one
 * falling due after `window` ends comes an interval into the next window long enough for one.
 */
export function nextReminderAt(
  now: number,
  window: TimeWindow,
  reminderAt: number,
  intervalMs: number,
  windows: (at: number) => TimeWindow[],
): number {
  if (reminderAt < window.end) return reminderAt;
  const later = windows(now).find((w) => w.start >= window.end && w.end - w.start > intervalMs);
  return later ? later.start + intervalMs : reminderAt;
}
