// How a reminder reaches the person, as the scheduler sees it. Adapters (node-notifier,
// notify-send) live in adapters/notifier/; the words live here so every platform says the same.
import type { MessageId, Translator } from '../../shared/i18n/translator';

/** What the person did with a reminder. `dismissed`: it closed or expired without a choice. */
export type ReminderAction = 'start' | 'snooze' | 'skip' | 'dismissed';

export interface ReminderNotice {
  title: string;
  body: string;
  /** The buttons' labels: Start, Skip, and "Later" for the snooze, as Settings names it. */
  startLabel: string;
  snoozeLabel: string;
  skipLabel: string;
  /** macOS's close button. */
  closeLabel: string;
  /** The notification closes itself after this long; nothing piles up. */
  expireMs: number;
}

export interface Notifier {
  /** Shows `notice`; `onAction` hears at most one action for it. Replaces any earlier notice. */
  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void;
  /** Withdraws the current notice, if the platform allows (e.g. when a practice starts anyway). */
  close(): void;
}

/** Short, kind invitations (ids in the `main` catalog): no guilt, no urgency, nothing to live up to. */
export const REMINDER_BODIES: readonly MessageId[] = [
  'main.notice.body.breatheSlowly',
  'main.notice.body.whenReady',
  'main.notice.body.shoulders',
  'main.notice.body.minuteWaiting',
  'main.notice.body.skippingFine',
  'main.notice.body.feet',
];

/**
 * The n-th reminder's notice (0-based), in the translator's language: the pool is used in turn,
 * so no line repeats soon. The snooze button reads "Later", as Settings names the setting ("When
 * you choose Later"), so the two are plainly one thing; how much later lives in Settings.
 */
export function reminderNotice(tr: Translator, n: number, expireMs: number): ReminderNotice {
  const body = REMINDER_BODIES[((n % REMINDER_BODIES.length) + REMINDER_BODIES.length) % REMINDER_BODIES.length];
  return {
    title: tr.t('main.notice.title'),
    body: tr.t(body as MessageId),
    startLabel: tr.t('main.notice.start'),
    snoozeLabel: tr.t('main.notice.later'),
    skipLabel: tr.t('main.notice.skip'),
    closeLabel: tr.t('main.notice.close'),
    expireMs,
  };
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
