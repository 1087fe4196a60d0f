// The desktop as the rest of main sees it: how reminders are shown, idle time (gated, so a
// stuck source never holds reminders back), lock and unlock on Linux, whether a tray host
// exists — and the plain facts about all of it for the tray and Settings (DesktopState).
// Each service lives in its own file here; this module only puts them together.
import type { DesktopState, NotificationRoute } from '../../../shared/desktop';
import { IdleTrustGate } from '../../core/idle-trust';
import type { Notifier } from '../../core/notifier';
import type { IdleSource, SchedulerTimer } from '../../core/scheduler';
import { createNotifier, LinuxNotifier } from '../notifier';
import type { NotificationClass } from '../notifier/electron-notification';
import { platformNotificationRoute } from '../notifier/route';
import type { PowerMonitorLike } from '../power';
import type { DbusConnection } from './dbus';
import { type BusProvider, busProvider } from './dbus-provider';
import { chooseIdleSource, type IdleChoice } from './idle';
import { type LockListener, watchLinuxLock } from './lock';
import { sessionInfo } from './session';
import { followTrayHost, probeTrayHost } from './tray-host';

export interface DesktopOptions {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  iconPath: string;
  powerMonitor: PowerMonitorLike;
  log: (message: string) => void;
  pid?: number;
  /** For tests: the buses (default: from the environment). */
  sessionBus?: () => Promise<DbusConnection | null>;
  systemBus?: () => Promise<DbusConnection | null>;
  /** For tests: a notifier in place of the platform's. */
  notifier?: Notifier;
  /** Electron's Notification class: macOS reminders use it where it is supported. */
  electronNotification?: NotificationClass;
  now?: () => number;
}

/** What the scheduler needs from the desktop. */
export interface ReminderDesktop {
  idle: IdleSource;
  /** The scheduler's timer: each wake-up first refreshes a D-Bus idle reading. */
  wrapTimer(timer: SchedulerTimer): SchedulerTimer;
  /** Hears lock and unlock where powerMonitor can't (Linux); returns a function that stops. */
  watchLock(listener: LockListener): () => void;
}

export interface Desktop extends ReminderDesktop {
  notifier: Notifier;
  state(): DesktopState;
  subscribe(listener: () => void): () => void;
  /** Whether a tray host shows Attune's icon (null: can't tell), once probed. */
  readonly trayHost: Promise<boolean | null>;
  /** The idle source, once chosen (for the log and the doctor). */
  readonly idleChoice: Promise<IdleChoice>;
  /** The one session-bus connection, for other readers of desktop state (closed by dispose). */
  readonly sessionBus: () => Promise<DbusConnection | null>;
  dispose(): void;
}

const isLinux = (p: NodeJS.Platform) => p === 'linux' || p.endsWith('bsd');

const NO_ROUTE: NotificationRoute = { via: 'none', server: null, actions: false };

export function createDesktop(opts: DesktopOptions): Desktop {
  const now = opts.now ?? Date.now;
  const linux = isLinux(opts.platform);
  const session = opts.sessionBus ?? busProvider('session', { env: opts.env, log: opts.log });
  const system = opts.systemBus ?? busProvider('system', { env: opts.env, log: opts.log });
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  const notifier =
    opts.notifier ??
    createNotifier({
      platform: opts.platform,
      iconPath: opts.iconPath,
      log: opts.log,
      sessionBus: session,
      electronNotification: opts.electronNotification,
    });
  const unroute = notifier instanceof LinuxNotifier ? notifier.onRouteChange(changed) : () => {};
  const route = () =>
    notifier instanceof LinuxNotifier
      ? notifier.route()
      : (platformNotificationRoute(opts.platform, opts.electronNotification?.isSupported() ?? false) ?? NO_ROUTE);

  const type = sessionInfo(opts.platform, opts.env).type;
  let disposed = false;
  let stopFollowingTray: (() => void) | null = null;
  let trayHost: boolean | null = null;
  /** Asks (again); the tray and Settings hear of a change. */
  const probeTray = async (conn: DbusConnection | null): Promise<boolean | null> => {
    const host = await probeTrayHost(conn, type);
    if (host !== trayHost && !disposed) {
      trayHost = host;
      changed();
    }
    return host;
  };
  // Following first, then the first answer: a watcher that appears in between is not missed.
  const trayHostProbe = (async () => {
    const conn = linux ? await session() : null;
    const stop = conn ? await followTrayHost(conn, () => void probeTray(conn)) : null;
    if (stop && disposed) stop();
    else stopFollowingTray = stop;
    return probeTray(conn);
  })();

  // Idle: until the source is chosen, powerMonitor where it is right, else "can't tell".
  const gate = new IdleTrustGate();
  let choice: IdleChoice | null = null;
  let busIdleMs: number | null = null;
  let wasTrusted = true;
  const adopt = async (c: IdleChoice): Promise<IdleChoice> => {
    choice = c;
    opts.log(
      `idle time: ${c.source}${c.trusted ? '' : " (can't be trusted: natural breaks and the typing lull are off)"}`,
    );
    if (c.read) busIdleMs = await c.read();
    return c;
  };
  const idleChoice = chooseIdleSource(type, session).then(adopt);
  void idleChoice.then(() => noteTrust());
  /**
   * Wayland with no D-Bus source that answered: ask again when the scheduler next wakes (no timer
   * of its own). At login the shell may be too busy to answer in time; later it answers, and
   * natural breaks and the lull come back. Resolves when the new choice (if any) is adopted.
   */
  let askingAgain: Promise<void> | null = null;
  const askAgainForIdle = (): Promise<void> => {
    if (type !== 'wayland' || choice === null || choice.trusted || disposed) return Promise.resolve();
    askingAgain ??= chooseIdleSource(type, session).then(async (c) => {
      askingAgain = null;
      if (c.trusted && !disposed) {
        await adopt(c);
        noteTrust();
      }
    });
    return askingAgain;
  };
  const trusted = () => (choice === null ? type !== 'wayland' && type !== 'tty' : choice.trusted) && !gate.stuck(now());
  const noteTrust = () => {
    const t = trusted();
    if (t !== wasTrusted) {
      wasTrusted = t;
      opts.log(t ? 'idle time can be read again' : 'idle time reads as 0 all the time: treating it as unknown');
      changed();
    }
  };
  const idle: IdleSource = {
    idleSeconds() {
      const c = choice;
      let ms: number | null;
      if (c === null) ms = type === 'wayland' || type === 'tty' ? null : opts.powerMonitor.getSystemIdleTime() * 1000;
      else if (!c.trusted) ms = null;
      else if (c.read) ms = busIdleMs;
      else ms = opts.powerMonitor.getSystemIdleTime() * 1000;
      const passed = gate.reading(now(), ms);
      noteTrust();
      return passed === null ? null : passed / 1000;
    },
  };

  const wrapTimer = (timer: SchedulerTimer): SchedulerTimer => ({
    set(delayMs, fire) {
      const handle = { inner: null as unknown, cancelled: false };
      handle.inner = timer.set(delayMs, () => {
        // The reading arrives before the scheduler looks (each call times out within a second).
        void askAgainForIdle()
          .then(async () => {
            const read = choice?.read;
            if (read) busIdleMs = await read();
          })
          .then(() => {
            if (!handle.cancelled) fire();
          });
      });
      return handle;
    },
    clear(h) {
      const handle = h as { inner: unknown; cancelled: boolean };
      handle.cancelled = true;
      timer.clear(handle.inner);
    },
  });

  const stops: (() => void)[] = [];
  const watchLock = (listener: LockListener) => {
    if (!linux) return () => {};
    let stopped = false;
    const watch = async () => {
      const [sys, ses] = await Promise.all([system(), session()]);
      const w = await watchLinuxLock({ system: sys, session: ses }, opts.env, opts.pid ?? process.pid, listener);
      opts.log(`screen lock: ${w.source}`);
      if (stopped) return w.stop();
      stops.push(w.stop);
      // A bus connection that ends (the bus restarted) is opened again, and the watch with it.
      let again = false;
      const rewatch = () => {
        if (stopped || disposed || again) return;
        again = true;
        w.stop();
        void watch();
      };
      sys?.onClose(rewatch);
      ses?.onClose(rewatch);
    };
    void watch();
    return () => {
      stopped = true;
      for (const s of stops.splice(0)) s();
    };
  };

  return {
    notifier,
    idle,
    wrapTimer,
    watchLock,
    trayHost: trayHostProbe,
    idleChoice,
    sessionBus: session,
    state: () => ({ notifications: route(), idleTrusted: trusted(), trayHost }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      unroute();
      listeners.clear();
      for (const s of stops.splice(0)) s();
      stopFollowingTray?.();
      // Only the connections opened here; buses handed in belong to the caller.
      if (!opts.sessionBus) (session as BusProvider).close();
      if (!opts.systemBus) (system as BusProvider).close();
    },
  };
}
