// The typing-lull gate: a due reminder waits while the person types (idle under LULL_SECONDS),
// at most `waitForLullSeconds` — or, after a hold for busy, no later than the busy gate's
// release time. A long enough idle reading instead means the person is away (a natural break).
// The scheduler reads idle time when `wantsIdle` says so, passes the reading in, and arms its
// one timer for `nextCheck()`; the gate sets no timer and reads nothing itself.

/** A typing lull: this long without input and the person is between thoughts. */
export const LULL_SECONDS = 5;

export type LullVerdict = { kind: 'pass' } | { kind: 'wait' } | { kind: 'away'; since: number };

export class LullGate {
  private wait: { deadline: number; nextCheck: number } | null = null;

  /** Starts waiting for a lull (once per reminder): up to `lullMs`, never past `showBy`. */
  begin(now: number, lullMs: number, showBy: number | null): void {
    this.wait ??= { deadline: showBy === null ? now + lullMs : Math.min(now + lullMs, showBy), nextCheck: now };
  }

  /** Whether an idle reading matters now: still waiting, or natural breaks are on. */
  wantsIdle(now: number, resetMs: number): boolean {
    return this.waiting(now) || resetMs > 0;
  }

  /** The verdict for `idleMs` (null: idle time can't be told, so neither rule applies). */
  check(now: number, idleMs: number | null, resetMs: number): LullVerdict {
    if (idleMs === null) return { kind: 'pass' };
    if (resetMs > 0 && idleMs >= resetMs) return { kind: 'away', since: now - idleMs };
    if (this.wait && this.waiting(now) && idleMs < LULL_SECONDS * 1000) {
      this.wait.nextCheck = Math.min(this.wait.deadline, now + LULL_SECONDS * 1000 - idleMs);
      return { kind: 'wait' };
    }
    return { kind: 'pass' };
  }

  /** When to look again while waiting, or null when not waiting. */
  nextCheck(): number | null {
    return this.wait?.nextCheck ?? null;
  }

  reset(): void {
    this.wait = null;
  }

  /** The wall clock jumped by `d` ms. */
  shift(d: number): void {
    if (this.wait) this.wait = { deadline: this.wait.deadline + d, nextCheck: this.wait.nextCheck + d };
  }

  private waiting(now: number): boolean {
    return this.wait !== null && now < this.wait.deadline;
  }
}
