// Do Not Disturb from the freedesktop notification server's `Inhibited` property: a read-only
// boolean on org.freedesktop.Notifications at /org/freedesktop/Notifications, interface
// org.freedesktop.Notifications. KDE Plasma's server sets it while "Do not disturb" is on
// (plasma-workspace, libnotificationmanager/server_p.cpp, `Inhibited` property); servers
// without it answer with an error, which reads as "can't tell".

import type { Answer, BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';

export function freedesktopInhibited(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return {
    source: 'org.freedesktop.Notifications Inhibited',
    async read(): Promise<Answer> {
      const conn = await bus();
      // Only a service already running is asked: a call to an absent name could start one.
      if (!conn || (await conn.nameHasOwner('org.freedesktop.Notifications')) !== true) return null;
      const v = await conn.getProperty(
        'org.freedesktop.Notifications',
        '/org/freedesktop/Notifications',
        'org.freedesktop.Notifications',
        'Inhibited',
      );
      return typeof v === 'boolean' ? v : null;
    },
  };
}
