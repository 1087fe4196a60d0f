// One pause, from the moment it begins to the moment it is recorded: main hears "practice:start"
// once (so no reminder interrupts) and "practice:finish" exactly once, however the pause ends.
import { checkInId, type PauseKind } from '../../../../shared/vocabulary';
import { api } from '../../app/bridge';

/** Whether the pause reached the disk; when not, why (main keeps it and saves it later). */
export interface FinishOutcome {
  saved: boolean;
  reason: string | null;
}

export class PauseSession {
  readonly startedAt = Date.now();
  checkIn: string | null = null;
  /** The private note as typed so far: kept even when the window closes before it is sent. */
  note = '';
  private finishing: Promise<FinishOutcome> | null = null;

  constructor(
    /** The route that opened this pause; a different route means a different pause. */
    readonly key: string,
    readonly kind: PauseKind,
  ) {
    api()
      .invoke('practice:start')
      .catch((err: unknown) => console.error('practice:start failed', err));
  }

  get finished(): boolean {
    return this.finishing !== null;
  }

  /**
   * Records the pause, with `note` (default: the note typed so far; '' for none). Later calls
   * return the first call's promise and record nothing more. Resolves with whether it reached
   * the disk (main keeps it either way).
   */
  finish(completed: boolean, note: string = this.note): Promise<FinishOutcome> {
    if (this.finishing) return this.finishing;
    const text = note.trim().slice(0, 500);
    const durationSeconds = Math.max(0, Math.round((Date.now() - this.startedAt) / 100) / 10);
    // Saved as an id (common.checkIn.<id> gives its words in each language), never as words.
    const checkIn = checkInId(this.checkIn);
    this.finishing = api()
      .invoke('practice:finish', {
        kind: this.kind,
        startedAt: this.startedAt,
        durationSeconds,
        completed,
        ...(checkIn && { checkIn }),
        ...(text && { note: text }),
      })
      .then(
        (result): FinishOutcome => ({ saved: result.saved, reason: result.reason }),
        (err: unknown): FinishOutcome => {
          console.error('practice:finish failed', err);
          return { saved: true, reason: null };
        },
      );
    return this.finishing;
  }
}
