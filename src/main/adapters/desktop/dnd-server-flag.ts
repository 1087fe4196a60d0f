// One boolean property of the running notification server (org.freedesktop.Notifications at
// /org/freedesktop/Notifications), read as a busy answer: the Do Not Disturb readers for KDE's
// `Inhibited` and dunst's `paused` differ only in the interface and property they ask for.

import type { Answer, BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';

const NAME = 'org.freedesktop.Notifications';
const PATH = '/org/freedesktop/Notifications';

export function notificationServerFlag(
  bus: () => Promise<DbusConnection | null>,
  source: string,
  iface: string,
  property: string,
): BusyProbe {
  return {
    source,
    async read(): Promise<Answer> {
      const conn = await bus();
      // Only a service already running is asked: a call to an absent name could start one.
      if (!conn || (await conn.nameHasOwner(NAME)) !== true) return null;
      const v = await conn.getProperty(NAME, PATH, iface, property);
      return typeof v === 'boolean' ? v : null;
    },
  };
}
