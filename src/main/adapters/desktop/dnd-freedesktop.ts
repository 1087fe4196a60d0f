// Do Not Disturb from the freedesktop notification server's `Inhibited` property: a read-only
// boolean on org.freedesktop.Notifications at /org/freedesktop/Notifications, interface
// org.freedesktop.Notifications. KDE Plasma's server sets it while "Do not disturb" is on
// (plasma-workspace, libnotificationmanager/server_p.cpp, `Inhibited` property); servers
// without it answer with an error, which reads as "can't tell".

import type { BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';
import { notificationServerFlag } from './dnd-server-flag';

export function freedesktopInhibited(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return notificationServerFlag(
    bus,
    'org.freedesktop.Notifications Inhibited',
    'org.freedesktop.Notifications',
    'Inhibited',
  );
}
