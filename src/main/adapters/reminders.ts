// Builds the reminder scheduler with the real machine plugged in: clocks, timer, powerMonitor,
// the in-memory settings and the platform's notifications; on Linux the desktop's D-Bus services
// (adapters/desktop) add idle time where powerMonitor can't be trusted, and lock and unlock.
import { Notification, powerMonitor } from 'electron';
import type { Translator } from '../../shared/i18n/translator';
import type { BusySource } from '../core/busy';
import type { Notifier } from '../core/notifier';
import type { Reminders } from '../core/reminders';
import { Scheduler } from '../core/scheduler';
import type { SettingsService } from '../core/settings-service';
import { createDesktop, type Desktop, type ReminderDesktop } from './desktop';
import { createNotifier } from './notifier';
import { nodeTimer, systemClock, systemIdle, watchPower } from './power';

const log = (message: string) => console.warn(`attune: ${message}`);

/** This machine's desktop services (notifications, idle time, lock, tray host) for the app. */
export function createAppDesktop(iconPath: string): Desktop {
  return createDesktop({
    platform: process.platform,
    env: process.env,
    iconPath,
    powerMonitor,
    log,
    electronNotification: Notification,
  });
}

export function createReminders(
  settings: SettingsService,
  startPractice: () => void,
  iconPath: string,
  /** For tests: a notifier in place of the platform's. */
  notifier: Notifier = createNotifier({
    platform: process.platform,
    iconPath,
    log,
    electronNotification: Notification,
  }),
  /** Idle time, the timer and lock from the desktop (adapters/desktop); default: powerMonitor alone. */
  desktop?: ReminderDesktop,
  /** Whether the person is busy (adapters/busy.ts); read only when a reminder is about to show. */
  busy?: BusySource,
  /** The language reminders speak, read as each one is shown (the locale service's translator). */
  words?: () => Translator,
): Reminders {
  const scheduler = new Scheduler({
    clock: systemClock,
    timer: desktop ? desktop.wrapTimer(nodeTimer) : nodeTimer,
    idle: desktop ? desktop.idle : systemIdle(powerMonitor),
    settings,
    notifier,
    busy,
    words,
    startPractice,
    log,
  });
  const unwatchPower = watchPower(powerMonitor, scheduler);
  const unwatchLock = desktop ? desktop.watchLock(scheduler) : () => {};
  const unwatch = () => {
    unwatchPower();
    unwatchLock();
  };
  return {
    status: () => scheduler.status(),
    pause: (choice) => scheduler.pause(choice),
    resume: () => scheduler.resume(),
    practiceStarted: () => scheduler.practiceStarted(),
    practiceFinished: () => scheduler.practiceFinished(),
    subscribe: (listener) => scheduler.subscribe(listener),
    dispose: () => {
      unwatch();
      notifier.close();
      scheduler.dispose();
    },
  };
}
