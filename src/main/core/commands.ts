// Everything the person can ask Attune to do from the tray, the command line or a notification.
// One union so every entry point goes through the same dispatcher in the composition root.
import type { PauseChoice } from '../../shared/app-state';
import type { QuickBreak } from '../../shared/routes';

export type Command =
  | { type: 'break'; which: QuickBreak }
  | { type: 'open'; route: string }
  | { type: 'pause'; for: PauseChoice }
  | { type: 'resume' }
  | { type: 'quit' };
