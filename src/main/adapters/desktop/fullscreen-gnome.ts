// Full screen or presenting on GNOME under Wayland, where no app may look at another's windows:
// GNOME's session manager reports whether anything holds an idle inhibitor —
// org.gnome.SessionManager.IsInhibited(flags) at /org/gnome/SessionManager with flag 8
// ("inhibit the session being marked as idle", gnome-session's GsmInhibitorFlag). Video
// players, browsers playing a film full screen and presentation tools take one so the screen
// stays on. It is the nearest thing GNOME on Wayland exposes; it does not say full screen as
// such. Other Wayland compositors expose nothing over D-Bus (wlroots' foreign-toplevel state
// needs a Wayland client connection, which Electron's main process does not have): can't tell.

import type { Answer, BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';

/** GsmInhibitorFlag: GSM_INHIBITOR_FLAG_IDLE. */
export const INHIBIT_IDLE = 8;

export function gnomeIdleInhibited(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return {
    source: 'GNOME session inhibitors (org.gnome.SessionManager IsInhibited idle)',
    async read(): Promise<Answer> {
      const conn = await bus();
      // Only a service already running is asked: a call to an absent name could start one.
      if (!conn || (await conn.nameHasOwner('org.gnome.SessionManager')) !== true) return null;
      const reply = await conn.call({
        destination: 'org.gnome.SessionManager',
        path: '/org/gnome/SessionManager',
        interface: 'org.gnome.SessionManager',
        member: 'IsInhibited',
        signature: 'u',
        body: [INHIBIT_IDLE],
      });
      return typeof reply?.[0] === 'boolean' ? reply[0] : null;
    },
  };
}
