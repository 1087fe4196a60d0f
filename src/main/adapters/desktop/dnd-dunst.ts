// Do Not Disturb in dunst: its `paused` property on its own interface org.dunstproject.cmd0,
// served on the notification name org.freedesktop.Notifications at
// /org/freedesktop/Notifications. This is what `dunstctl is-paused` reads and
// `dunstctl set-paused true|false` sets (dunst's dunstctl script, property_get paused).
// Another notification server has no such interface: that reads as "can't tell".

import type { Answer, BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';

export function dunstPaused(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return {
    source: 'dunst paused (org.dunstproject.cmd0)',
    async read(): Promise<Answer> {
      const conn = await bus();
      // Only a service already running is asked: a call to an absent name could start one.
      if (!conn || (await conn.nameHasOwner('org.freedesktop.Notifications')) !== true) return null;
      const v = await conn.getProperty(
        'org.freedesktop.Notifications',
        '/org/freedesktop/Notifications',
        'org.dunstproject.cmd0',
        'paused',
      );
      return typeof v === 'boolean' ? v : null;
    },
  };
}
