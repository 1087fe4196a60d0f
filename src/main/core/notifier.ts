// How a reminder reaches the person, as the scheduler sees it. Adapters (node-notifier,
// notify-send) live in adapters/notifier/; the words live here so every platform says the same.

/** What the person did with a reminder. `dismissed`: it closed or expired without a choice. */
export type ReminderAction = 'start' | 'snooze' | 'skip' | 'dismissed';

export interface ReminderNotice {
  title: string;
  body: string;
  /** Label for the snooze action, e.g. "In 10 minutes" (follows the snooze setting). */
  snoozeLabel: string;
  /** The notification closes itself after this long; nothing piles up. */
  expireMs: number;
}

export interface Notifier {
  /** Shows `notice`; `onAction` hears at most one action for it. Replaces any earlier notice. */
  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void;
  /** Withdraws the current notice, if the platform allows (e.g. when a practice starts anyway). */
  close(): void;
}

export const REMINDER_TITLE = 'Time for a pause';

/** Short, kind invitations: no guilt, no urgency, nothing to live up to. */
export const REMINDER_BODIES: readonly string[] = [
  'If you like, take a minute to breathe slowly.',
  'A short pause is here whenever you are ready.',
  'You could let your shoulders soften for a moment.',
  'When it suits you, a minute of slow breathing is waiting.',
  'A gentle pause, if it feels right. Skipping is fine too.',
  'Maybe notice your feet on the floor for a breath or two.',
];

export const ACTION_LABELS = { start: 'Start', skip: 'Skip' } as const;

export function snoozeLabel(minutes: number): string {
  return minutes === 1 ? 'In 1 minute' : `In ${minutes} minutes`;
}

/** The n-th reminder's notice (0-based): the pool is used in turn, so no line repeats soon. */
export function reminderNotice(n: number, snoozeMinutes: number, expireMs: number): ReminderNotice {
  const body = REMINDER_BODIES[((n % REMINDER_BODIES.length) + REMINDER_BODIES.length) % REMINDER_BODIES.length];
  return { title: REMINDER_TITLE, body: body as string, snoozeLabel: snoozeLabel(snoozeMinutes), expireMs };
}
