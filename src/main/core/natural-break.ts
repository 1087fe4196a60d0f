// Natural breaks: idle long enough (the "idle reset" setting) and the person has been away; the
// next interval starts when they come back. The scheduler reads idle time every half idle reset
// while an interval runs and passes each reading here. Pure.

/** Idle readings are whole seconds; allow for rounding when telling "still away" from "back". */
export const IDLE_SLACK_MS = 3_000;

/** An idle source's seconds as ms; null (can't tell) stays null, nonsense reads as 0. */
export function idleMsFromSeconds(seconds: number | null): number | null {
  if (seconds === null) return null;
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

export type IdleSampleVerdict =
  /** Nothing changed: still present, or still away. */
  | { kind: 'same' }
  /** Idle for the whole idle reset: away since `since`. */
  | { kind: 'away'; since: number }
  /** The break is over: the next interval starts at `at`. */
  | { kind: 'back'; at: number };

/**
 * One idle reading `idleMs` (null: idle time can't be told) taken at `now`, for a person believed
 * away since `awaySince` (null: present), with natural breaks after `resetMs` of idleness.
 */
export function idleSampleVerdict(
  now: number,
  idleMs: number | null,
  awaySince: number | null,
  resetMs: number,
): IdleSampleVerdict {
  if (idleMs === null) {
    // Idle time can't be told any more: no natural break can be seen; reminders run on time.
    return awaySince === null ? { kind: 'same' } : { kind: 'back', at: now };
  }
  if (awaySince !== null) {
    // Input since the last look: the break ended when that input happened.
    if (idleMs < now - awaySince - IDLE_SLACK_MS) return { kind: 'back', at: Math.max(now - idleMs, awaySince) };
    return { kind: 'same' };
  }
  return idleMs >= resetMs ? { kind: 'away', since: now - idleMs } : { kind: 'same' };
}

/**
 * Whether sleep or a locked screen that lasted `awayMs` was a natural break (then the next
 * interval starts once reminders can run again). Shorter: the interval kept running.
 */
export function isNaturalBreak(awayMs: number, resetMs: number): boolean {
  return awayMs >= resetMs;
}
