// What main knows and the tray and windows show. State lives in main; windows subscribe.
import type { DesktopState } from './desktop';

export type ReminderStatus =
  | { kind: 'off' }
  | { kind: 'waiting'; nextAt: number }
  | { kind: 'due' }
  | { kind: 'snoozed'; until: number }
  | { kind: 'paused'; until: number | null }
  | { kind: 'outside-hours' }
  /** Away from the computer (idle, locked or asleep): the next interval starts on return. */
  | { kind: 'away' }
  | { kind: 'practising' };

export interface AppState {
  reminder: ReminderStatus;
  /** What Attune found on this desktop (notifications, idle time, tray); absent in the web preview. */
  desktop?: DesktopState;
}

export const PAUSE_CHOICES = ['30m', '1h', '2h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];
