// The reminder side of app state, as the rest of main sees it. The scheduler (core/scheduler.ts)
// implements this; the composition root only talks to this interface.
import type { PauseChoice, ReminderStatus } from '../../shared/app-state';

export interface Reminders {
  status(): ReminderStatus;
  pause(choice: PauseChoice): void;
  resume(): void;
  practiceStarted(): void;
  practiceFinished(): void;
  subscribe(listener: (status: ReminderStatus) => void): () => void;
  dispose(): void;
}
