// A locked screen on Linux, heard over D-Bus (powerMonitor's lock-screen and unlock-screen fire
// only on macOS and Windows):
//   system bus: org.freedesktop.login1 — the session object (found with Manager.GetSession for
//     XDG_SESSION_ID, else GetSessionByPID, else GetSession("auto")): the Session's Lock and
//     Unlock signals and its LockedHint property (PropertiesChanged), which screen lockers set;
//   session bus: ActiveChanged(b) from org.freedesktop.ScreenSaver (KDE, and others) and
//     org.gnome.ScreenSaver (GNOME Shell).
// The sources are combined: the screen counts as locked while any of them says so. Read only.
import { type DbusConnection, unwrapVariant } from './dbus';

export interface LockListener {
  lock(): void;
  unlock(): void;
}

export interface LockWatch {
  /** The sources heard, e.g. "logind, org.gnome.ScreenSaver", or "none". */
  source: string;
  stop(): void;
}

const LOGIN1 = 'org.freedesktop.login1';
const SESSION_IFACE = 'org.freedesktop.login1.Session';
const SCREENSAVERS = [
  { name: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver' },
  { name: 'org.gnome.ScreenSaver', path: '/org/gnome/ScreenSaver' },
] as const;

/** The object path of this login session on logind, or null where it can't be found. */
export async function findLogindSession(
  system: DbusConnection,
  env: NodeJS.ProcessEnv,
  pid: number,
): Promise<string | null> {
  const manager = { destination: LOGIN1, path: '/org/freedesktop/login1', interface: 'org.freedesktop.login1.Manager' };
  const asPath = (reply: unknown[] | null) =>
    typeof reply?.[0] === 'string' && reply[0].startsWith('/org/freedesktop/login1/session/') ? reply[0] : null;
  const id = env.XDG_SESSION_ID?.trim();
  if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    const p = asPath(await system.call({ ...manager, member: 'GetSession', signature: 's', body: [id] }));
    if (p) return p;
  }
  const byPid = asPath(await system.call({ ...manager, member: 'GetSessionByPID', signature: 'u', body: [pid] }));
  if (byPid) return byPid;
  // "auto": the caller's session, or the user's display session (systemd 227 and later).
  return asPath(await system.call({ ...manager, member: 'GetSession', signature: 's', body: ['auto'] }));
}

/** Combines "locked" from several sources; calls the listener on each change of the whole. */
class LockState {
  private readonly locked = new Set<string>();
  constructor(private readonly listener: LockListener) {}
  set(source: string, on: boolean): void {
    const before = this.locked.size > 0;
    if (on) this.locked.add(source);
    else this.locked.delete(source);
    const after = this.locked.size > 0;
    if (after && !before) this.listener.lock();
    if (!after && before) this.listener.unlock();
  }
}

async function watchLogind(system: DbusConnection, path: string, state: LockState): Promise<(() => void)[]> {
  const signals = { interface: SESSION_IFACE, path, sender: LOGIN1 };
  const stops = await Promise.all([
    system.subscribe({ ...signals, member: 'Lock' }, () => state.set('logind', true)),
    system.subscribe({ ...signals, member: 'Unlock' }, () => state.set('logind', false)),
    system.subscribe(
      { interface: 'org.freedesktop.DBus.Properties', member: 'PropertiesChanged', path, sender: LOGIN1 },
      (body) => {
        if (body[0] !== SESSION_IFACE || !Array.isArray(body[1])) return;
        for (const entry of body[1] as unknown[]) {
          if (!Array.isArray(entry) || entry[0] !== 'LockedHint') continue;
          const v = unwrapVariant(entry[1]);
          if (typeof v === 'boolean') state.set('logind', v);
        }
      },
    ),
  ]);
  const hint = await system.getProperty(LOGIN1, path, SESSION_IFACE, 'LockedHint');
  if (hint === true) state.set('logind', true);
  return stops.filter((s): s is () => void => s !== null);
}

async function watchScreenSavers(
  session: DbusConnection,
  state: LockState,
): Promise<{ stops: (() => void)[]; present: string[] }> {
  const stops: (() => void)[] = [];
  const present: string[] = [];
  for (const s of SCREENSAVERS) {
    const stop = await session.subscribe({ interface: s.name, member: 'ActiveChanged', sender: s.name }, (body) => {
      if (typeof body[0] === 'boolean') state.set(s.name, body[0]);
    });
    if (stop) stops.push(stop);
    if (await session.nameHasOwner(s.name)) {
      present.push(s.name);
      const active = await session.call({ destination: s.name, path: s.path, interface: s.name, member: 'GetActive' });
      if (active?.[0] === true) state.set(s.name, true);
    }
  }
  return { stops, present };
}

/** Listens for lock and unlock on the desktop's buses; "none" when neither can be heard. */
export async function watchLinuxLock(
  buses: { system: DbusConnection | null; session: DbusConnection | null },
  env: NodeJS.ProcessEnv,
  pid: number,
  listener: LockListener,
): Promise<LockWatch> {
  const state = new LockState(listener);
  const stops: (() => void)[] = [];
  const sources: string[] = [];
  if (buses.system) {
    const path = await findLogindSession(buses.system, env, pid);
    if (path) {
      stops.push(...(await watchLogind(buses.system, path, state)));
      sources.push('logind');
    }
  }
  if (buses.session) {
    const savers = await watchScreenSavers(buses.session, state);
    stops.push(...savers.stops);
    sources.push(...savers.present);
  }
  return {
    source: sources.length > 0 ? sources.join(', ') : 'none',
    stop: () => {
      for (const s of stops.splice(0)) s();
    },
  };
}
