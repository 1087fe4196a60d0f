// A practice under way, as the scheduler sees it: reminders wait while it runs. A practice that
// never reports its end (its window crashed, say) stops holding them back after PRACTICE_LIMIT_MS.
// Pure.
import { shifted } from './clock-jump';

/** A practice that never reports its end stops holding reminders back after this long. */
export const PRACTICE_LIMIT_MS = 60 * 60_000;

export class PracticeRecord {
  private since: number | null = null;

  get active(): boolean {
    return this.since !== null;
  }

  /** When the limit lets reminders go again (wall ms); null with no practice. */
  get limitAt(): number | null {
    return this.since === null ? null : this.since + PRACTICE_LIMIT_MS;
  }

  /** A practice began at `now` (a second start while one runs changes nothing). */
  started(now: number): void {
    this.since ??= now;
  }

  finished(): void {
    this.since = null;
  }

  /** True, once, when the practice has run past the limit at `now`: it counts as over. */
  overran(now: number): boolean {
    if (this.since === null || now - this.since < PRACTICE_LIMIT_MS) return false;
    this.since = null;
    return true;
  }

  /** The wall clock jumped by `d` ms. */
  shift(d: number): void {
    this.since = shifted(this.since, d);
  }
}
