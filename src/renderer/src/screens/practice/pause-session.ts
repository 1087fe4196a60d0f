// One pause, from the moment it begins to the moment it is recorded: main hears "practice:start"
// once (so no reminder interrupts) and "practice:finish" exactly once, however the pause ends.
import type { PauseKind } from '../../../../shared/history';
import { api } from '../../app/bridge';

export class PauseSession {
  readonly startedAt = Date.now();
  checkIn: string | null = null;
  /** The private note as typed so far: kept even when the window closes before it is sent. */
  note = '';
  private finishing: Promise<void> | null = null;

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
   * return the first call's promise and record nothing more.
   */
  finish(completed: boolean, note: string = this.note): Promise<void> {
    if (this.finishing) return this.finishing;
    const text = note.trim().slice(0, 500);
    const durationSeconds = Math.max(0, Math.round((Date.now() - this.startedAt) / 100) / 10);
    this.finishing = api()
      .invoke('practice:finish', {
        kind: this.kind,
        startedAt: this.startedAt,
        durationSeconds,
        completed,
        ...(this.checkIn && { checkIn: this.checkIn }),
        ...(text && { note: text }),
      })
      .then(
        () => undefined,
        (err: unknown) => console.error('practice:finish failed', err),
      );
    return this.finishing;
  }
}
