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
  /** A reminder is held until the person is no longer busy (issue 12); shown once after. */
  | { kind: 'held'; reason: BusyReason }
  | { kind: 'practising' };

/** Why a reminder waits: a call (camera or microphone), something full screen, Do Not Disturb. */
export type BusyReason = 'call' | 'fullscreen' | 'dnd';

/**
 * What this desktop lets Attune tell, per busy setting: true when it can tell, false when it
 * can't (Settings then says so). Only whether something is in use — never which app.
 */
export interface BusySupport {
  doNotDisturb: boolean;
  fullScreen: boolean;
  cameraOrMicrophone: boolean;
}

export interface AppState {
  reminder: ReminderStatus;
  /** What Attune found on this desktop (notifications, idle time, tray); absent in the web preview. */
  desktop?: DesktopState;
}

export const PAUSE_CHOICES = ['30m', '1h', '2h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];
