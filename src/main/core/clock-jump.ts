// Clock jumps. The scheduler's deadlines are wall-clock instants (active hours and "paused until
// 15:00" are wall-clock ideas), but the interval, snooze and lull measure elapsed time. Comparing
// the wall clock with the monotonic one between readings shows when the wall clock jumped (set by
// hand, a network time correction); the scheduler then moves its elapsed-time deadlines by the
// same amount, so a jump neither brings a reminder early nor causes a burst. Pure.
import { usableTimeZone } from './local-time';
import type { SchedulerClock } from './scheduler-deps';

/** Wall and monotonic clocks disagreeing by more than this is a clock jump. */
export const JUMP_TOLERANCE_MS = 5_000;

export class ClockJumpWatch {
  private base: { wall: number; mono: number } | null = null;

  /**
   * Takes a reading of both clocks; returns how far the wall clock jumped since the last reading
   * (0: no jump). While `asleep` the monotonic clock may stand still, so no jump is told then.
   */
  observe(wall: number, mono: number, asleep: boolean): number {
    let jump = 0;
    if (this.base && !asleep) {
      const drift = wall - this.base.wall - (mono - this.base.mono);
      if (Math.abs(drift) > JUMP_TOLERANCE_MS) jump = drift;
    }
    this.base = { wall, mono };
    return jump;
  }

  /** Forgets the last reading: the next one starts afresh (after a wake-up). */
  forget(): void {
    this.base = null;
  }
}

/** An instant moved by `d` ms; none stays none. */
export function shifted(at: number | null, d: number): number | null {
  return at === null ? null : at + d;
}

/** A part of the scheduler that measures elapsed time in wall-clock instants. */
export interface Shiftable {
  shift(d: number): void;
}

/**
 * The scheduler's reading of time: the wall clock and the zone it is read in, with every jump of
 * the wall clock passed on at once to the parts that measure elapsed time.
 */
export class ClockReading {
  private readonly watch = new ClockJumpWatch();
  private zone: string;

  constructor(
    private readonly clock: SchedulerClock,
    /** While asleep the monotonic clock may stand still: no jump is told then. */
    private readonly asleep: () => boolean,
    private readonly parts: () => readonly Shiftable[],
  ) {
    this.zone = usableTimeZone(clock.timeZone());
  }

  /** The zone local time is read in, as of the last reading. */
  get timeZone(): string {
    return this.zone;
  }

  /** Reads the clocks (wall ms); a jump since the last reading first moves every part. */
  read(): number {
    const wall = this.clock.wall();
    const jump = this.watch.observe(wall, this.clock.mono(), this.asleep());
    if (jump !== 0) for (const part of this.parts()) part.shift(jump);
    this.zone = usableTimeZone(this.clock.timeZone());
    return wall;
  }

  /** After a wake-up: the monotonic clock may have stood still, so the next reading starts afresh. */
  forget(): void {
    this.watch.forget();
  }
}
