// How reminders reach the person where the choice is fixed by the platform (not Linux, where
// LinuxNotifier decides at run time and reports its own route). Keep in step with
// createNotifier in ./index.ts: the doctor and Settings report what this says.
import type { NotificationRoute } from '../../../shared/desktop';

export function platformNotificationRoute(platform: NodeJS.Platform): NotificationRoute | null {
  if (platform === 'linux' || platform.endsWith('bsd')) return null;
  // macOS: Notification Center; Windows: toasts (SnoreToast) with Start, snooze and Skip.
  return { via: 'node-notifier', server: null, actions: true };
}
