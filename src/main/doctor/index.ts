// `attune --doctor` and `npm run doctor`: the same probes the app uses, run once, without
// Electron, and reported. Read only: it asks the desktop's services what they are and closes
// its connections; it shows no notification and changes nothing.
import type { NotificationRoute } from '../../shared/desktop';
import type { Translator } from '../../shared/i18n/translator';
import { busyReaders, createBusyDesktop } from '../adapters/busy';
import { connectBus, type DbusConnection } from '../adapters/desktop/dbus';
import { chooseIdleSource } from '../adapters/desktop/idle';
import { watchLinuxLock } from '../adapters/desktop/lock';
import { probeNotificationServer } from '../adapters/desktop/notifications';
import { sessionInfo } from '../adapters/desktop/session';
import { probeTrayHost } from '../adapters/desktop/tray-host';
import { detectVersion, type ExecFile, supportsActions } from '../adapters/notifier/notify-send';
import { platformNotificationRoute } from '../adapters/notifier/route';
import { buildReport, type DoctorReport, formatReport } from './report';

export type { DoctorReport } from './report';
export { formatReport } from './report';

export interface DoctorOptions {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  pid?: number;
  /** For tests: how notify-send is asked its version. */
  execFile?: ExecFile;
  /** The interface language the problems are worded in. */
  words: Translator;
}

/** The notification route LinuxNotifier would choose, found the same way. */
async function linuxNotifications(session: DbusConnection | null, execFile?: ExecFile): Promise<NotificationRoute> {
  if (session) {
    const server = await probeNotificationServer(session);
    return server
      ? { via: 'dbus', server: server.name, actions: server.actions }
      : { via: 'none', server: null, actions: false };
  }
  const version = await detectVersion(execFile);
  if (supportsActions(version)) return { via: 'notify-send', server: null, actions: true };
  if (version) return { via: 'node-notifier', server: null, actions: false };
  return { via: 'none', server: null, actions: false };
}

export async function runDoctor(opts: DoctorOptions): Promise<DoctorReport> {
  const session = sessionInfo(opts.platform, opts.env);
  const fixed = platformNotificationRoute(opts.platform);
  const busyNow = (sessionBus?: () => Promise<DbusConnection | null>) =>
    createBusyDesktop(busyReaders({ platform: opts.platform, env: opts.env, sessionBus })).report(opts.words);
  if (fixed)
    return buildReport(opts.words, {
      session,
      notifications: fixed,
      tray: { host: await probeTrayHost(null, session.type) },
      idle: { source: 'electron-powerMonitor', trusted: true },
      lock: { source: 'electron-powerMonitor' },
      dbus: null,
      busy: (await busyNow()).busy,
    });
  const [ses, sys] = await Promise.all([
    connectBus('session', { env: opts.env }),
    connectBus('system', { env: opts.env }),
  ]);
  try {
    const sessionBus = async () => ses;
    const [notifications, host, idle, lock, busy] = await Promise.all([
      linuxNotifications(ses, opts.execFile),
      probeTrayHost(ses, session.type),
      chooseIdleSource(session.type, sessionBus),
      watchLinuxLock({ system: sys, session: ses }, opts.env, opts.pid ?? process.pid, { lock() {}, unlock() {} }),
      busyNow(sessionBus),
    ]);
    lock.stop();
    return buildReport(opts.words, {
      session,
      notifications,
      tray: { host },
      idle: { source: idle.source, trusted: idle.trusted },
      lock: { source: lock.source },
      dbus: { session: ses !== null, system: sys !== null },
      busy: busy.busy,
    });
  } finally {
    ses?.close();
    sys?.close();
  }
}

/** What to print: the report as one JSON object, or in words. */
export function renderReport(words: Translator, report: DoctorReport, json: boolean): string {
  return json ? JSON.stringify(report, null, 2) : formatReport(words, report);
}
