// Runs a schedule against the monotonic clock. Every boundary is computed from the session's
// start (performance.now()), and only one timeout is ever armed — for the next boundary — so
// nothing drifts and nothing runs between phase changes. Pausing shifts the origin on resume.
// Pure apart from the clock and timers it is given (the real ones by default).
import { type Schedule, segmentAt } from './patterns';

export interface ClockListener {
  /** A new segment began (index === schedule.segments.length means the session is done). */
  onSegment(index: number): void;
  /** Whole seconds left in the current segment; only called when seconds are shown. */
  onSecond?(secondsLeft: number): void;
}

export interface ClockEnv {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realEnv: ClockEnv = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Timers take whole milliseconds, so the clock arms them rounded down and accepts a wake-up up to
 * this much before the deadline as the boundary itself, rather than re-arming a sub-millisecond
 * timeout (which a browser may clamp to 4 ms).
 */
const EARLY_TOLERANCE_MS = 1;

export class PhaseClock {
  private origin = 0;
  private pausedAt: number | null = null;
  private timer: unknown = null;
  private index = 0;
  private secondsLeft: number | null = null;
  private stopped = false;

  constructor(
    private readonly schedule: Schedule,
    private readonly listener: ClockListener,
    /** Whether to report whole seconds (asked at every tick, so a settings change applies). */
    private readonly options: { seconds?: () => boolean } = {},
    private readonly env: ClockEnv = realEnv,
  ) {}

  /** Starts at segment 0 (the caller has already shown it). */
  start(): void {
    this.origin = this.env.now();
    this.index = 0;
    this.tick();
  }

  /** Milliseconds of the session that have run, pauses excluded. */
  elapsed(): number {
    return (this.pausedAt ?? this.env.now()) - this.origin;
  }

  /** performance.now() at which the session's time would have been 0 (moves on resume). */
  get originMs(): number {
    return this.origin;
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  /** The segment now running (segments.length once done). */
  get segmentIndex(): number {
    return this.index;
  }

  get done(): boolean {
    return this.index >= this.schedule.segments.length;
  }

  pause(): void {
    if (this.pausedAt !== null || this.stopped || this.done) return;
    this.pausedAt = this.env.now();
    this.disarm();
  }

  resume(): void {
    if (this.pausedAt === null || this.stopped) return;
    this.origin += this.env.now() - this.pausedAt;
    this.pausedAt = null;
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  private disarm(): void {
    if (this.timer !== null) this.env.clearTimeout(this.timer);
    this.timer = null;
  }

  private tick = (): void => {
    this.timer = null;
    if (this.stopped || this.pausedAt !== null) return;
    const elapsed = this.env.now() - this.origin;
    const index = segmentAt(this.schedule, elapsed + EARLY_TOLERANCE_MS);
    if (index !== this.index) {
      this.index = index;
      this.secondsLeft = null;
      this.listener.onSegment(index);
    }
    const seg = this.schedule.segments[index];
    if (!seg) return; // done: nothing more to arm
    let deadline = seg.endMs;
    if (this.options.seconds?.() && this.listener.onSecond) {
      const left = Math.max(1, Math.ceil((seg.endMs - elapsed - EARLY_TOLERANCE_MS) / 1000));
      if (left !== this.secondsLeft) {
        this.secondsLeft = left;
        this.listener.onSecond(left);
      }
      deadline = seg.endMs - (left - 1) * 1000;
    }
    // Whole milliseconds, rounded down: a timer never fires before its delay, so this lands within
    // EARLY_TOLERANCE_MS of the deadline rather than up to a millisecond after it.
    this.timer = this.env.setTimeout(this.tick, Math.max(0, Math.floor(deadline - elapsed)));
  };
}
