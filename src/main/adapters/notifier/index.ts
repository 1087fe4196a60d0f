// Picks how reminders reach the person on this platform. On Linux: notify-send with actions
// when libnotify is 0.8 or newer, else node-notifier's plain notify-send display.
import type { Notifier, ReminderAction, ReminderNotice } from '../../core/notifier';
import { ElectronNotifier, type NotificationClass } from './electron-notification';
import { NodeNotifier } from './node-notifier';
import { detectVersion, type ExecFile, NotifySendNotifier, type Spawn, supportsActions } from './notify-send';

export interface NotifierOptions {
  platform: NodeJS.Platform;
  iconPath: string;
  log?: (message: string) => void;
  /** For tests: how notify-send is asked its version and run. */
  execFile?: ExecFile;
  spawn?: Spawn;
  /** Electron's Notification class: used on macOS where it is supported. */
  electronNotification?: NotificationClass;
}

export function createNotifier(opts: NotifierOptions): Notifier {
  const log = opts.log ?? (() => {});
  // macOS: Electron's own notifications (as Attune, native on Apple Silicon); node-notifier only as a fallback.
  const electron = opts.electronNotification;
  if (opts.platform === 'darwin' && electron?.isSupported()) return new ElectronNotifier(electron, log);
  if (opts.platform !== 'linux' && !opts.platform.endsWith('bsd'))
    return new NodeNotifier(opts.iconPath, opts.platform, true, undefined, log);
  return new LinuxNotifier(opts, log);
}

/** Decides once, on first use, whether notify-send can carry actions. */
export class LinuxNotifier implements Notifier {
  readonly ready: Promise<Notifier>;
  private chosen: Notifier | null = null;
  private pending = 0;

  constructor(opts: NotifierOptions, log: (message: string) => void) {
    this.ready = detectVersion(opts.execFile).then((version) => {
      if (supportsActions(version)) {
        this.chosen = new NotifySendNotifier(opts.iconPath, opts.spawn, log);
      } else {
        log(`notify-send ${version ? version.join('.') : 'not found'}: showing reminders without actions`);
        this.chosen = new NodeNotifier(opts.iconPath, opts.platform, false, undefined, log);
      }
      return this.chosen;
    });
  }

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    if (this.chosen) {
      this.chosen.show(notice, onAction);
      return;
    }
    const mine = ++this.pending;
    void this.ready.then((n) => {
      if (mine === this.pending) n.show(notice, onAction);
    });
  }

  close(): void {
    this.pending++;
    this.chosen?.close();
  }
}
