// Whether anything shows tray icons. Electron's Linux tray is a StatusNotifierItem when the
// session bus has an org.kde.StatusNotifierWatcher (KDE, most others; GNOME only with the
// AppIndicator extension), else an XEmbed icon, which exists on X11 only. So:
//   watcher present          → its IsStatusNotifierHostRegistered property;
//   no watcher, Wayland      → false (neither kind of tray can show);
//   no watcher, X11          → null: an XEmbed tray may be there, which D-Bus can't tell;
//   no bus, or not Linux     → null (macOS and Windows always have their menu bar / tray).
// followTrayHost hears the watcher come and go, so the answer is asked again when it may change.
import type { DbusConnection } from './dbus';
import { followNameOwner } from './name-owner';
import type { SessionType } from './session';

const WATCHER = 'org.kde.StatusNotifierWatcher';

export async function probeTrayHost(session: DbusConnection | null, type: SessionType): Promise<boolean | null> {
  if (type === 'macos' || type === 'windows') return true;
  if (!session) return null;
  const owned = await session.nameHasOwner(WATCHER);
  if (owned === null) return null;
  if (!owned) return type === 'wayland' ? false : null;
  const registered = await session.getProperty(
    WATCHER,
    '/StatusNotifierWatcher',
    WATCHER,
    'IsStatusNotifierHostRegistered',
  );
  return typeof registered === 'boolean' ? registered : null;
}

/**
 * Calls `changed` whenever the answer may have changed: the watcher appears or goes (a GNOME
 * AppIndicator extension or a panel starting after Attune at login), or a host registers with
 * it. Returns a function that stops; null when the bus refused the match rules.
 */
export async function followTrayHost(session: DbusConnection, changed: () => void): Promise<(() => void) | null> {
  const stops = await Promise.all([
    followNameOwner(session, WATCHER, () => changed()),
    session.subscribe(
      { interface: WATCHER, path: '/StatusNotifierWatcher', member: 'StatusNotifierHostRegistered', sender: WATCHER },
      () => changed(),
    ),
  ]);
  const stop = () => {
    for (const s of stops) s?.();
  };
  if (stops.some((s) => s === null)) {
    stop();
    return null;
  }
  return stop;
}
