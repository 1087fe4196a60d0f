// Small D-Bus services standing in for the desktop's, written with the same library the app
// uses (@homebridge/dbus-native). Each owns its well-known name on its own connection, so
// stop() makes the name vanish from the bus as when the real service exits.
//
//   logind(systemAddress, { sessionId })   org.freedesktop.login1: Manager.GetSession /
//                                          GetSessionByPID, a Session with Lock/Unlock signals
//                                          and the LockedHint property (PropertiesChanged).
//   screenSaver(sessionAddress, 'freedesktop' | 'gnome')
//                                          org.freedesktop.ScreenSaver or org.gnome.ScreenSaver:
//                                          GetActive, ActiveChanged and (freedesktop, as KDE's
//                                          kscreenlocker on X11) GetSessionIdleTime in ms.
//   mutterIdleMonitor(sessionAddress)      org.gnome.Mutter.IdleMonitor GetIdletime (ms), the
//                                          first answer late if asked.
//   statusNotifierWatcher(sessionAddress)  org.kde.StatusNotifierWatcher with
//                                          IsStatusNotifierHostRegistered.
//   notificationServer(sessionAddress)     a minimal org.freedesktop.Notifications WITHOUT the
//                                          "actions" capability (or with the ones given, the
//                                          first answer late if asked); records what it was sent.
import { EventEmitter } from 'node:events';
import * as dbusNative from '@homebridge/dbus-native';

export interface RawBus {
  connection: { end(): void; on(e: string, l: (...a: unknown[]) => void): void };
  exportInterface(obj: object, path: string, iface: object): void;
  requestName(name: string, flags: number, cb: (err: unknown, code?: number) => void): void;
  releaseName(name: string, cb: (err: unknown) => void): void;
  sendSignal(path: string, iface: string, name: string, signature: string, body: unknown[]): void;
}
const createClient = (dbusNative as unknown as { createClient(o: { busAddress: string }): RawBus }).createClient;

export interface Service {
  /**
   * The well-known name leaves the bus (as when the real service exits), then the connection
   * ends. Resolves once the bus has let the name go, so the next test never finds it still there.
   */
  stop(): Promise<void>;
}

/** A connection owning `name`; `leave()` is a Service's stop(). */
export async function own(address: string, name: string): Promise<RawBus & { leave(): Promise<void> }> {
  const bus = createClient({ busAddress: address });
  bus.connection.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    // 4: DBUS_NAME_FLAG_DO_NOT_QUEUE; reply 1 = primary owner.
    bus.requestName(name, 4, (err, code) =>
      err || code !== 1 ? reject(new Error(`could not own ${name}`)) : resolve(),
    );
  });
  let left: Promise<void> | null = null;
  const leave = () => {
    // ReleaseName's reply comes after the bus has dropped the name (and told NameOwnerChanged).
    left ??= new Promise<void>((resolve) => bus.releaseName(name, () => resolve())).then(() => bus.connection.end());
    return left;
  };
  return Object.assign(bus, { leave });
}

function propertiesChanged(bus: RawBus, path: string, iface: string, name: string, sig: string, value: unknown) {
  bus.sendSignal(path, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
    iface,
    [[name, [sig, value]]],
    [],
  ]);
}

/** systemd's sd_bus_path_encode: "2" → "_32", "c1" → "c1". */
export function encodePathLabel(label: string): string {
  return [...label]
    .map((c, i) =>
      /[A-Za-z]/.test(c) || (i > 0 && /[0-9]/.test(c)) ? c : `_${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    )
    .join('');
}

export interface LogindService extends Service {
  sessionPath: string;
  /** Emits Lock (as `loginctl lock-session` does) and sets LockedHint, as a screen locker would. */
  lock(): void;
  unlock(): void;
  /** Only sets LockedHint (a locker that never got the signal, e.g. locked by a timeout). */
  setLockedHint(locked: boolean): void;
  calls: string[];
}

export async function logind(address: string, opts: { sessionId: string; type?: string }): Promise<LogindService> {
  const bus = await own(address, 'org.freedesktop.login1');
  const sessionPath = `/org/freedesktop/login1/session/${encodePathLabel(opts.sessionId)}`;
  const calls: string[] = [];
  const manager = {
    GetSession(id: string) {
      calls.push(`GetSession ${id}`);
      if (id === opts.sessionId || id === 'auto' || id === 'self') return sessionPath;
      const err = new Error(`No session '${id}' known`) as Error & { dbusName: string };
      err.dbusName = 'org.freedesktop.login1.NoSuchSession';
      throw err;
    },
    GetSessionByPID(pid: number) {
      calls.push(`GetSessionByPID ${pid}`);
      const err = new Error(`PID ${pid} does not belong to any known session`) as Error & { dbusName: string };
      err.dbusName = 'org.freedesktop.login1.NoSessionForPID';
      throw err;
    },
  };
  bus.exportInterface(manager, '/org/freedesktop/login1', {
    name: 'org.freedesktop.login1.Manager',
    methods: {
      GetSession: ['s', 'o', ['session_id'], ['object_path']],
      GetSessionByPID: ['u', 'o', ['pid'], ['object_path']],
    },
    signals: {},
    properties: {},
  });
  const session = Object.assign(new EventEmitter(), {
    Id: opts.sessionId,
    Type: opts.type ?? 'wayland',
    LockedHint: false,
  });
  const sessionIface = 'org.freedesktop.login1.Session';
  bus.exportInterface(session, sessionPath, {
    name: sessionIface,
    methods: {},
    signals: { Lock: [''], Unlock: [''] },
    properties: { Id: 's', Type: 's', LockedHint: 'b' },
  });
  const setLockedHint = (locked: boolean) => {
    session.LockedHint = locked;
    propertiesChanged(bus, sessionPath, sessionIface, 'LockedHint', 'b', locked);
  };
  return {
    sessionPath,
    calls,
    lock: () => {
      session.emit('Lock');
      setLockedHint(true);
    },
    unlock: () => {
      session.emit('Unlock');
      setLockedHint(false);
    },
    setLockedHint,
    stop: () => bus.leave(),
  };
}

export interface ScreenSaverService extends Service {
  setActive(active: boolean): void;
  /** What GetSessionIdleTime answers (ms, as KIdleTime); null: the method fails, as on KDE Wayland. */
  idleMs: number | null;
}

export async function screenSaver(address: string, flavour: 'freedesktop' | 'gnome'): Promise<ScreenSaverService> {
  const name = flavour === 'gnome' ? 'org.gnome.ScreenSaver' : 'org.freedesktop.ScreenSaver';
  const path = flavour === 'gnome' ? '/org/gnome/ScreenSaver' : '/org/freedesktop/ScreenSaver';
  const bus = await own(address, name);
  let active = false;
  const state: ScreenSaverService = {
    idleMs: 0,
    setActive: (a) => {
      active = a;
      impl.emit('ActiveChanged', a);
    },
    stop: () => bus.leave(),
  };
  const methods: Record<string, unknown[]> = { GetActive: ['', 'b', [], ['active']] };
  const impl = Object.assign(new EventEmitter(), {
    GetActive() {
      return active;
    },
    GetSessionIdleTime() {
      if (state.idleMs === null) {
        const err = new Error('GetSessionIdleTime is not supported on this platform') as Error & { dbusName: string };
        err.dbusName = 'org.freedesktop.DBus.Error.NotSupported';
        throw err;
      }
      return state.idleMs;
    },
  });
  if (flavour === 'freedesktop') methods.GetSessionIdleTime = ['', 'u', [], ['idle']];
  bus.exportInterface(impl, path, { name, methods, signals: { ActiveChanged: ['b', 'new_value'] }, properties: {} });
  return state;
}

export interface IdleMonitorService extends Service {
  idleMs: number;
}

export async function mutterIdleMonitor(
  address: string,
  /** A shell busy at login: its first answer comes this many ms late. */
  opts: { firstAnswerLateMs?: number } = {},
): Promise<IdleMonitorService> {
  const bus = await own(address, 'org.gnome.Mutter.IdleMonitor');
  const state: IdleMonitorService = { idleMs: 0, stop: () => bus.leave() };
  let answers = 0;
  // Mutter answers GetIdletime as a uint64 ('t'); dbus-native writes a JS number for it.
  bus.exportInterface(
    {
      GetIdletime() {
        const late = answers++ === 0 ? (opts.firstAnswerLateMs ?? 0) : 0;
        return late ? new Promise((resolve) => setTimeout(() => resolve(state.idleMs), late)) : state.idleMs;
      },
    },
    '/org/gnome/Mutter/IdleMonitor/Core',
    {
      name: 'org.gnome.Mutter.IdleMonitor',
      methods: { GetIdletime: ['', 't', [], ['idletime']] },
      signals: {},
      properties: {},
    },
  );
  return state;
}

export async function statusNotifierWatcher(address: string, hostRegistered: boolean): Promise<Service> {
  const bus = await own(address, 'org.kde.StatusNotifierWatcher');
  bus.exportInterface({ IsStatusNotifierHostRegistered: hostRegistered }, '/StatusNotifierWatcher', {
    name: 'org.kde.StatusNotifierWatcher',
    methods: {},
    signals: {},
    properties: { IsStatusNotifierHostRegistered: 'b' },
  });
  return { stop: () => bus.leave() };
}

export interface NotifyCall {
  appName: string;
  replacesId: number;
  summary: string;
  body: string;
  actions: string[];
  hints: Record<string, unknown>;
  expireMs: number;
}

export interface NotificationServerService extends Service {
  notified: NotifyCall[];
  closed: number[];
  /** The person clicks notice `id` (emits ActionInvoked "default", then NotificationClosed 2). */
  click(id: number): void;
  /** The notice expires on its own (NotificationClosed reason 1). */
  expire(id: number): void;
}

export async function notificationServer(
  address: string,
  capabilities: string[] = ['body'],
  /** A server busy at login: its first answer to GetCapabilities comes this many ms late. */
  opts: { firstCapabilitiesLateMs?: number } = {},
): Promise<NotificationServerService> {
  const bus = await own(address, 'org.freedesktop.Notifications');
  const path = '/org/freedesktop/Notifications';
  let next = 1;
  let capabilityAnswers = 0;
  const state: NotificationServerService = {
    notified: [],
    closed: [],
    click: (id) => {
      impl.emit('ActionInvoked', id, 'default');
      impl.emit('NotificationClosed', id, 2);
    },
    expire: (id) => impl.emit('NotificationClosed', id, 1),
    stop: () => bus.leave(),
  };
  const impl = Object.assign(new EventEmitter(), {
    GetCapabilities() {
      const late = capabilityAnswers++ === 0 ? (opts.firstCapabilitiesLateMs ?? 0) : 0;
      return late ? new Promise((resolve) => setTimeout(() => resolve(capabilities), late)) : capabilities;
    },
    GetServerInformation() {
      return ['attune-test-notifications', 'attune', '1.0', '1.2'];
    },
    Notify(
      appName: string,
      replacesId: number,
      _icon: string,
      summary: string,
      body: string,
      actions: string[],
      hints: [string, [unknown, [unknown]]][],
      expireMs: number,
    ) {
      const flat = Object.fromEntries(hints.map(([k, v]) => [k, v[1][0]]));
      state.notified.push({ appName, replacesId, summary, body, actions, hints: flat, expireMs });
      return replacesId > 0 ? replacesId : next++;
    },
    CloseNotification(id: number) {
      state.closed.push(id);
      impl.emit('NotificationClosed', id, 3);
    },
  });
  bus.exportInterface(impl, path, {
    name: 'org.freedesktop.Notifications',
    methods: {
      GetCapabilities: ['', 'as', [], ['capabilities']],
      GetServerInformation: ['', 'ssss', [], ['name', 'vendor', 'version', 'spec_version']],
      Notify: ['susssasa{sv}i', 'u', [], ['id']],
      CloseNotification: ['u', '', ['id'], []],
    },
    signals: { ActionInvoked: ['us', 'id', 'action_key'], NotificationClosed: ['uu', 'id', 'reason'] },
    properties: {},
  });
  return state;
}
