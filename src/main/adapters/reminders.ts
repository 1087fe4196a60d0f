// Builds the reminder scheduler with the real machine plugged in: clocks, timer, powerMonitor,
// the in-memory settings and the platform's notifications.
import { powerMonitor } from 'electron';
import type { BusySource } from '../core/busy';
import type { Notifier } from '../core/notifier';
import type { Reminders } from '../core/reminders';
import { Scheduler } from '../core/scheduler';
import type { SettingsService } from '../core/settings-service';
import { createNotifier } from './notifier';
import { nodeTimer, systemClock, systemIdle, watchPower } from './power';

const log = (message: string) => console.warn(`attune: ${message}`);

export function createReminders(
  settings: SettingsService,
  startPractice: () => void,
  iconPath: string,
  /** For tests: a notifier in place of the platform's. */
  notifier: Notifier = createNotifier({ platform: process.platform, iconPath, log }),
  /** Whether the person is busy (adapters/busy.ts); read only when a reminder is about to show. */
  busy?: BusySource,
): Reminders {
  const scheduler = new Scheduler({
    clock: systemClock,
    timer: nodeTimer,
    idle: systemIdle(powerMonitor),
    settings,
    notifier,
    busy,
    startPractice,
    log,
  });
  const unwatch = watchPower(powerMonitor, scheduler);
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
