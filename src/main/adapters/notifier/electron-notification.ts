// Reminders on macOS through Electron's own Notification (UNUserNotificationCenter): attributed
// to Attune itself, native on Apple Silicon, with the three actions and a click. node-notifier's
// terminal-notifier is x86_64-only and posts as "terminal-notifier" (mikaelbr/node-notifier#361).
// Buttons show only for a signed app whose Info.plist sets NSUserNotificationAlertStyle to
// "alert" (Electron docs, structures/notification-action; electron-builder.yml sets it); without
// them a click on the notice still starts, and the tray always can.
import type { Notification } from 'electron';
import type { Notifier, ReminderAction, ReminderNotice } from '../../core/notifier';

/** The order of the buttons, and what each one means. */
const BUTTONS: readonly ReminderAction[] = ['start', 'snooze', 'skip'];

/** Electron's Notification class (passed in, so this folder loads without Electron in tests). */
export type NotificationClass = typeof Notification;

export class ElectronNotifier implements Notifier {
  private current: { notification: Notification; expiry: ReturnType<typeof setTimeout> } | null = null;

  constructor(
    private readonly Notification: NotificationClass,
    private readonly log: (message: string) => void = () => {},
  ) {}

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    this.close();
    const notification = new this.Notification({
      title: notice.title,
      body: notice.body,
      silent: true,
      actions: [notice.startLabel, notice.snoozeLabel, notice.skipLabel].map((text) => ({
        type: 'button' as const,
        text,
      })),
      closeButtonText: notice.closeLabel,
    });
    let answered = false;
    const answer = (action: ReminderAction) => {
      if (answered) return;
      answered = true;
      if (this.current?.notification === notification) {
        clearTimeout(this.current.expiry);
        this.current = null;
      }
      onAction(action);
    };
    notification.on('click', () => answer('start'));
    notification.on('action', (details, index) => {
      const i = typeof details?.actionIndex === 'number' ? details.actionIndex : index;
      answer(BUTTONS[i] ?? 'dismissed');
    });
    notification.on('close', () => answer('dismissed'));
    notification.on('failed', (_event, error) => {
      this.log(`notification could not be shown: ${error}`);
      answer('dismissed');
    });
    // macOS has no expiry option: an unanswered reminder is withdrawn after expireMs, and
    // reported as dismissed, as the other platforms' servers do.
    const expiry = setTimeout(() => {
      notification.close();
      answer('dismissed');
    }, notice.expireMs);
    // Kept referenced until answered: a collected Notification loses its events.
    this.current = { notification, expiry };
    notification.show();
  }

  /** Withdraws the current notice (a newer one, or a pause started another way): nothing to report. */
  close(): void {
    const current = this.current;
    this.current = null;
    if (!current) return;
    clearTimeout(current.expiry);
    current.notification.removeAllListeners();
    current.notification.close();
  }
}
