// Whether the person is at the machine as far as power and session events tell: asleep since a
// suspend, away since a screen lock. When the resume or unlock never comes, input seen since
// says they are back (away-gate.ts). Pure.
import { backWithoutSignal } from './away-gate';
import { shifted } from './clock-jump';

export class Presence {
  private asleepSince: number | null = null;
  private lockedSince: number | null = null;

  get asleep(): boolean {
    return this.asleepSince !== null;
  }

  get locked(): boolean {
    return this.lockedSince !== null;
  }

  /** Neither asleep nor behind a locked screen. */
  get present(): boolean {
    return this.asleepSince === null && this.lockedSince === null;
  }

  suspend(now: number): void {
    this.asleepSince ??= now;
  }

  /** Woke at `now`: how long the machine slept, or null when no suspend was seen. */
  wake(now: number): number | null {
    if (this.asleepSince === null) return null;
    const slept = now - this.asleepSince;
    this.asleepSince = null;
    return slept;
  }

  lock(now: number): void {
    this.lockedSince ??= now;
  }

  /** Unlocked at `now`: how long the screen was locked, or null when no lock was seen. */
  unlock(now: number): number | null {
    if (this.lockedSince === null) return null;
    const locked = now - this.lockedSince;
    this.lockedSince = null;
    return locked;
  }

  /**
   * Believed away, but input was seen since (`idleMs` read at `now`): the event that never came,
   * to be taken as given; null while nothing shows the person is back.
   */
  missingEvent(now: number, idleMs: number | null): 'resume' | 'unlock' | null {
    const since = this.asleepSince ?? this.lockedSince;
    if (since === null || backWithoutSignal(since, now, idleMs) === null) return null;
    return this.asleepSince !== null ? 'resume' : 'unlock';
  }

  /** The wall clock jumped by `d` ms (while asleep no jump is told, so only a lock moves). */
  shift(d: number): void {
    this.lockedSince = shifted(this.lockedSince, d);
  }
}
