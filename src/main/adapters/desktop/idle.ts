// Idle time on Linux, honestly. powerMonitor.getSystemIdleTime() asks X11's screensaver
// extension; on GNOME Wayland it has returned 0 (electron/electron#34826), and there is nothing
// else it can ask. So on Wayland (and without X) idle time comes over the session bus:
//   org.gnome.Mutter.IdleMonitor  /org/gnome/Mutter/IdleMonitor/Core  GetIdletime → t (ms)
//   org.freedesktop.ScreenSaver   /org/freedesktop/ScreenSaver         GetSessionIdleTime → u
//     (KDE's kscreenlocker answers KIdleTime's milliseconds on X11, and NotSupported on Wayland)
// With none of these, idle time can't be trusted: the scheduler then switches natural breaks and
// the typing lull off (reminders still come on time), and Settings says why.
import type { DbusConnection } from './dbus';
import type { SessionType } from './session';

export type IdleSourceName =
  | 'org.gnome.Mutter.IdleMonitor'
  | 'org.freedesktop.ScreenSaver'
  | 'electron-powerMonitor'
  | 'none';

export interface IdleChoice {
  source: IdleSourceName;
  trusted: boolean;
  /** Reads idle time in ms over D-Bus; null for powerMonitor (read synchronously) and none. */
  read: (() => Promise<number | null>) | null;
}

interface BusIdle {
  source: IdleSourceName;
  destination: string;
  path: string;
  interface: string;
  member: string;
}

export const BUS_IDLE_SOURCES: readonly BusIdle[] = [
  {
    source: 'org.gnome.Mutter.IdleMonitor',
    destination: 'org.gnome.Mutter.IdleMonitor',
    path: '/org/gnome/Mutter/IdleMonitor/Core',
    interface: 'org.gnome.Mutter.IdleMonitor',
    member: 'GetIdletime',
  },
  {
    source: 'org.freedesktop.ScreenSaver',
    destination: 'org.freedesktop.ScreenSaver',
    path: '/org/freedesktop/ScreenSaver',
    interface: 'org.freedesktop.ScreenSaver',
    member: 'GetSessionIdleTime',
  },
];

/** A reply's first value as a count of ms; null unless it is a whole, non-negative number. */
export function idleMsFrom(reply: unknown[] | null): number | null {
  const v = reply?.[0];
  const n = typeof v === 'bigint' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

function reader(bus: () => Promise<DbusConnection | null>, s: BusIdle): () => Promise<number | null> {
  return async () => {
    const conn = await bus();
    if (!conn) return null;
    return idleMsFrom(await conn.call({ ...s, timeoutMs: 1000 }));
  };
}

/**
 * Where idle time comes from on this desktop. On X11 (and macOS, Windows) powerMonitor is
 * right; elsewhere the first D-Bus source that answers with a number, else none to trust.
 */
export async function chooseIdleSource(
  type: SessionType,
  sessionBus: () => Promise<DbusConnection | null>,
): Promise<IdleChoice> {
  if (type === 'x11' || type === 'macos' || type === 'windows')
    return { source: 'electron-powerMonitor', trusted: true, read: null };
  for (const s of BUS_IDLE_SOURCES) {
    const read = reader(sessionBus, s);
    if ((await read()) !== null) return { source: s.source, trusted: true, read };
  }
  // Wayland without a D-Bus source: powerMonitor can only say 0 here. A text console: nothing.
  return type === 'wayland'
    ? { source: 'electron-powerMonitor', trusted: false, read: null }
    : { source: 'none', trusted: false, read: null };
}
