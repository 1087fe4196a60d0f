// The scheduler's one timer: set for the next thing that can change — a reminder falling due, a
// typing-lull or busy check, an idle sample, a notice expiring, active hours starting or ending,
// a pause or a practice ending — and never longer than MAX_TIMER_MS. Pure.
import type { TimeWindow } from './active-hours';
import { AWAY_CHECK_MS } from './away-gate';

/** The longest the timer sleeps, so a clock or time-zone change is noticed within the hour. */
export const MAX_TIMER_MS = 60 * 60_000;

export interface DeadlineFacts {
  now: number;
  /** Paused (reminders wait for `pausedUntil`, not for active hours). */
  paused: boolean;
  pausedUntil: number | null;
  /** When a practice that never reports its end stops holding reminders back, or null. */
  practiceEndsAt: number | null;
  /** The active-hours window `now` is in, or null outside active hours. */
  window: TimeWindow | null;
  /** The start of the next active-hours window (asked only outside active hours). */
  nextWindowStart: () => number | null;
  /** An interval runs now (enabled, inside hours, not paused, no practice, present). */
  active: boolean;
  /** The next idle sample for natural breaks, or null when none is wanted. */
  nextSampleAt: number | null;
  /** Away on a natural break: nothing but the idle sample matters. */
  onBreak: boolean;
  /** A shown reminder counts as due until then, or null. */
  dueUntil: number | null;
  busyCheckAt: number | null;
  lullCheckAt: number | null;
  /** When the next reminder falls due (the end of the interval or the snooze). */
  reminderAt: number;
  /** Believed asleep or locked away: look again soon, in case the resume or unlock never comes. */
  believedAway: boolean;
}

/** The instant the timer is set for (at most MAX_TIMER_MS after `now`). */
export function nextDeadline(f: DeadlineFacts): number {
  const at: number[] = [f.now + MAX_TIMER_MS];
  if (f.paused && f.pausedUntil !== null) at.push(f.pausedUntil);
  if (f.practiceEndsAt !== null) at.push(f.practiceEndsAt);
  if (!f.paused) {
    if (f.window) at.push(f.window.end);
    else {
      const next = f.nextWindowStart();
      if (next !== null) at.push(next);
    }
  }
  if (f.active) {
    if (f.nextSampleAt !== null) at.push(f.nextSampleAt);
    if (!f.onBreak) {
      // One reminder at a time: its expiry, else its busy check, else its lull check, else it falling due.
      at.push(f.dueUntil ?? f.busyCheckAt ?? f.lullCheckAt ?? f.reminderAt);
    }
  }
  // Believed away (away-gate.ts).
  if (f.believedAway) at.push(f.now + AWAY_CHECK_MS);
  return Math.min(...at);
}
