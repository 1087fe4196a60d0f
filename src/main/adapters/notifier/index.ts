// Picks how reminders reach the person on this platform. On Linux, first the freedesktop
// Notifications interface on the session bus (no extra package needed); when the bus can't be
// reached, notify-send with actions (libnotify 0.8 or newer), else node-notifier's plain
// notify-send display; when none of these can show anything, "none" — and the tray and Settings
// say so (see route()).
import type { NotificationRoute } from '../../../shared/desktop';
import type { Notifier, ReminderAction, ReminderNotice } from '../../core/notifier';
import type { DbusConnection } from '../desktop/dbus';
import { busProvider } from '../desktop/dbus-provider';
import { followNameOwner } from '../desktop/name-owner';
import { DbusNotifier, probeNotificationServer } from '../desktop/notifications';
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
  /** Linux: the session bus, tried first. Default: the bus the environment names. */
  sessionBus?: () => Promise<DbusConnection | null>;
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

/** Shows nothing: there is no way to. The tray's "due" icon and menu carry the reminder. */
class NoNotifier implements Notifier {
  constructor(private readonly log: (message: string) => void) {}
  show(): void {
    this.log('no notification service can show this reminder; the tray shows it');
  }
  close(): void {}
}

const NONE: NotificationRoute = { via: 'none', server: null, actions: false };

/** For the log: "over D-Bus to dunst, with buttons". */
export function describeRoute(route: NotificationRoute): string {
  if (route.via === 'none') return 'nothing can show them; the tray does';
  const how = route.via === 'dbus' ? `over D-Bus to ${route.server ?? 'an unnamed server'}` : `through ${route.via}`;
  return `${how}, ${route.actions ? 'with' : 'without'} buttons`;
}

/** Chooses on first use, again when the chosen way is lost, and again while there is none. */
export class LinuxNotifier implements Notifier {
  /** The first choice, once made. */
  readonly ready: Promise<Notifier>;
  private chosen: Notifier | null = null;
  /** null until the first choice is made. */
  private current: NotificationRoute | null = null;
  /**
   * Whether the choice stands until the route changes. Not while there is no way to show a
   * notice, nor while the server has not said whether it shows buttons: then the next notice
   * asks again first, so a slow answer at login doesn't leave every reminder without buttons.
   */
  private settled = false;
  private choosing: Promise<Notifier> | null = null;
  private pending = 0;
  private readonly listeners = new Set<(route: NotificationRoute) => void>();
  private readonly sessionBus: () => Promise<DbusConnection | null>;
  /** Notices already shown a second time after a lost server: never a third. */
  private readonly retried = new WeakSet<ReminderNotice>();

  constructor(
    private readonly opts: NotifierOptions,
    private readonly log: (message: string) => void,
  ) {
    this.sessionBus = opts.sessionBus ?? busProvider('session', { log });
    this.ready = this.rechoose();
  }

  /** How reminders reach the person now; null until the first choice is made. */
  route(): NotificationRoute | null {
    return this.current;
  }

  onRouteChange(listener: (route: NotificationRoute) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    // With no way to show a notice, look again: a notification service may have started since.
    if (this.chosen && this.settled) {
      this.chosen.show(notice, onAction);
      return;
    }
    const mine = ++this.pending;
    const choice = this.chosen ? this.rechoose() : (this.choosing ?? this.ready);
    void choice.then((n) => {
      if (mine === this.pending) n.show(notice, onAction);
    });
  }

  close(): void {
    this.pending++;
    this.chosen?.close();
  }

  private rechoose(): Promise<Notifier> {
    this.choosing ??= this.choose().then((n) => {
      this.choosing = null;
      return n;
    });
    return this.choosing;
  }

  private async choose(): Promise<Notifier> {
    const bus = await this.sessionBus();
    if (bus) {
      await this.followServer(bus);
      const server = await probeNotificationServer(bus);
      if (!server) {
        this.log('no notification service answers on the session bus');
        return this.use(new NoNotifier(this.log), NONE);
      }
      const n = await DbusNotifier.create(bus, server, this.opts.iconPath, this.log, (notice, onAction) =>
        this.lost(notice, onAction),
      );
      if (n) {
        if (!server.capabilitiesKnown)
          this.log(
            'the notification service did not say whether it shows buttons; asking again before the next reminder',
          );
        return this.use(n, { via: 'dbus', server: server.name, actions: server.actions }, server.capabilitiesKnown);
      }
    }
    const version = await detectVersion(this.opts.execFile);
    if (supportsActions(version))
      return this.use(new NotifySendNotifier(this.opts.iconPath, this.opts.spawn, this.log), {
        via: 'notify-send',
        server: null,
        actions: true,
      });
    if (version) {
      this.log(`notify-send ${version.join('.')}: showing reminders without actions`);
      return this.use(new NodeNotifier(this.opts.iconPath, this.opts.platform, false, undefined, this.log), {
        via: 'node-notifier',
        server: null,
        actions: false,
      });
    }
    this.log('no session bus and no notify-send: reminders can only show in the tray');
    return this.use(new NoNotifier(this.log), NONE);
  }

  /**
   * A notification service that starts or stops (say, dunst started after Attune at login) is
   * noticed at once, so the tray and Settings never say "none" longer than it is true.
   */
  private async followServer(bus: DbusConnection): Promise<void> {
    if (this.followed === bus) return;
    this.followed = bus;
    await followNameOwner(bus, 'org.freedesktop.Notifications', (gained) => {
      if (gained ? this.current?.via !== 'dbus' : this.current?.via === 'dbus') void this.rechoose();
    });
  }
  private followed: DbusConnection | null = null;

  /** The D-Bus server could not take a notice (it went away): choose again and show it once more. */
  private lost(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    if (this.retried.has(notice)) {
      this.log('the notification service could not take this reminder; the tray shows it');
      return;
    }
    this.retried.add(notice);
    this.log('the notification service stopped answering; looking again');
    const mine = ++this.pending;
    void this.rechoose().then((n) => {
      if (mine === this.pending) n.show(notice, onAction);
    });
  }

  private use(n: Notifier, route: NotificationRoute, settled = route.via !== 'none'): Notifier {
    if (this.chosen !== n && this.chosen instanceof DbusNotifier) this.chosen.dispose();
    this.chosen = n;
    this.settled = settled;
    if (JSON.stringify(route) !== JSON.stringify(this.current)) {
      this.current = route;
      this.log(`reminders: ${describeRoute(route)}`);
      for (const l of this.listeners) l(route);
    }
    return n;
  }
}
