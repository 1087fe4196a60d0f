// How a reminder reaches the person, as the scheduler sees it. Adapters (node-notifier,
// notify-send) live in adapters/notifier/; the words live here so every platform says the same.

/** What the person did with a reminder. `dismissed`: it closed or expired without a choice. */
export type ReminderAction = 'start' | 'snooze' | 'skip' | 'dismissed';

export interface ReminderNotice {
  title: string;
  body: string;
  /** Label for the snooze action: "Later", as Settings names it. */
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

export const REMINDER_TITLE = 'A pause, if you like';

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

/**
 * The snooze action's label. It reads as "later", and Settings names the setting the same way
 * ("When you choose Later"), so the two are plainly one thing; how much later lives in Settings.
 */
export const LATER_LABEL = 'Later';

/** The n-th reminder's notice (0-based): the pool is used in turn, so no line repeats soon. */
export function reminderNotice(n: number, expireMs: number): ReminderNotice {
  const body = REMINDER_BODIES[((n % REMINDER_BODIES.length) + REMINDER_BODIES.length) % REMINDER_BODIES.length];
  return { title: REMINDER_TITLE, body: body as string, snoozeLabel: LATER_LABEL, expireMs };
}

/**
 * An action key a notification reports (the D-Bus ActionInvoked key, or what notify-send prints)
 * → what the person did; 'default' is a click on the notice itself. Null for anything else.
 */
export function actionFromKey(key: unknown): ReminderAction | null {
  switch (key) {
    case 'default':
    case 'start':
      return 'start';
    case 'snooze':
      return 'snooze';
    case 'skip':
      return 'skip';
    default:
      return null;
  }
}
