// A gate on idle readings: "always 0" must never read as "always typing". A source that says
// exactly 0 on every reading for a long stretch is stuck (as powerMonitor is on GNOME Wayland,
// electron/electron#34826), not describing a person who never lifts a finger; its readings
// then count as "can't tell" (null) until it says something else. The scheduler treats null as:
// no natural break, no waiting for a lull — the reminder comes on time. Pure.

/**
 * Zero on every reading for this long (and at least STUCK_READINGS readings) means stuck. Long,
 * because powerMonitor reads whole seconds and a fast typist can read 0 for a while; D-Bus
 * sources read milliseconds, where a person is never exactly 0 twice.
 */
export const STUCK_AFTER_MS = 30 * 60_000;
export const STUCK_READINGS = 6;

export class IdleTrustGate {
  /** When the current run of zero readings began, and how many it has. */
  private zeroSince: number | null = null;
  private zeros = 0;

  /** Passes a reading (ms, or null for "can't tell") through; null once the source looks stuck. */
  reading(now: number, idleMs: number | null): number | null {
    if (idleMs === null) return null;
    if (idleMs > 0) {
      this.zeroSince = null;
      this.zeros = 0;
      return idleMs;
    }
    this.zeroSince ??= now;
    this.zeros++;
    return this.stuck(now) ? null : 0;
  }

  /** Whether the readings so far look stuck at zero. */
  stuck(now: number): boolean {
    return this.zeroSince !== null && this.zeros >= STUCK_READINGS && now - this.zeroSince >= STUCK_AFTER_MS;
  }
}
