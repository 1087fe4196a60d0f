// At most one timer armed at a time: setting it again replaces the one before. Pure apart from
// the injected timer.
import type { SchedulerTimer } from './scheduler-deps';

export class OneTimer {
  private handle: unknown = null;

  constructor(private readonly timer: SchedulerTimer) {}

  /** Arms the timer for `delayMs`, replacing any armed one. */
  set(delayMs: number, fire: () => void): void {
    this.clear();
    this.handle = this.timer.set(delayMs, () => {
      this.handle = null;
      fire();
    });
  }

  clear(): void {
    if (this.handle !== null) {
      this.timer.clear(this.handle);
      this.handle = null;
    }
  }
}
