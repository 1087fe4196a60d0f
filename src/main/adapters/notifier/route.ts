// How reminders reach the person where the choice is fixed by the platform (not Linux, where
// LinuxNotifier decides at run time and reports its own route). Keep in step with
// createNotifier in ./index.ts: the doctor and Settings report what this says.
import type { NotificationRoute } from '../../../shared/desktop';

export function platformNotificationRoute(
  platform: NodeJS.Platform,
  /** Whether Electron's own Notification is supported (macOS uses it then: see electron-notification.ts). */
  electronNotifications = false,
): NotificationRoute | null {
  if (platform === 'linux' || platform.endsWith('bsd')) return null;
  // macOS: Electron's Notification, as Attune, with Start, later and Skip.
  if (platform === 'darwin' && electronNotifications) return { via: 'electron', server: null, actions: true };
  // Windows (and macOS without Electron): toasts through node-notifier with Start, snooze and Skip.
  return { via: 'node-notifier', server: null, actions: true };
}
