// Pausing reminders: for a while, or until tomorrow's active hours. The end of a pause is saved
// in settings (`remindersPausedUntil`) so it survives a restart; the record keeps the scheduler's
// copy and the saved one together. Pure apart from the injected settings writer.
import type { PauseChoice } from '../../shared/app-state';

/** How long each timed pause of the tray menu lasts. */
export const PAUSE_MINUTES: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30, '1h': 60, '2h': 120 };

const MINUTE = 60_000;

/** When a pause chosen at `now` ends; `tomorrowStart` gives the start of tomorrow's active hours. */
export function pauseEnd(choice: PauseChoice, now: number, tomorrowStart: (now: number) => number): number {
  return choice === 'tomorrow' ? tomorrowStart(now) : now + PAUSE_MINUTES[choice] * MINUTE;
}

export class PauseRecord {
  private pausedUntil: number | null;
  private writingNow = false;

  constructor(
    saved: number | null,
    private readonly save: (until: number | null) => unknown,
    private readonly log?: (message: string) => void,
  ) {
    this.pausedUntil = saved;
  }

  /** When reminders are paused until (wall ms), or null. */
  get until(): number | null {
    return this.pausedUntil;
  }

  /** True while the record writes settings: the change coming back is its own, not news. */
  get writing(): boolean {
    return this.writingNow;
  }

  /**
   * Pauses until `until` (null: resumes): saved and applied, or (when the settings cannot be
   * written) neither — the error goes to whoever asked, so the person can be told.
   */
  set(until: number | null): void {
    this.write(until);
    this.pausedUntil = until;
  }

  /** A pause ran out. A time in the past on disk means the same as none, so a refused write is fine. */
  ended(): void {
    this.pausedUntil = null;
    try {
      this.write(null);
    } catch (err) {
      this.log?.(`could not note that the pause ended: ${String(err)}`);
    }
  }

  /**
   * Takes the pause end saved elsewhere (the settings window, or the file restored by hand); one
   * that already ended is no pause (its end may not have been written). True when it changed.
   */
  adopt(saved: number | null, now: number): boolean {
    const until = saved !== null && saved > now ? saved : null;
    if (until === this.pausedUntil) return false;
    this.pausedUntil = until;
    return true;
  }

  private write(until: number | null): void {
    this.writingNow = true;
    try {
      this.save(until);
    } finally {
      this.writingNow = false;
    }
  }
}
