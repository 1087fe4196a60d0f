// Do Not Disturb in dunst: its `paused` property on its own interface org.dunstproject.cmd0,
// served on the notification name org.freedesktop.Notifications at
// /org/freedesktop/Notifications. This is what `dunstctl is-paused` reads and
// `dunstctl set-paused true|false` sets (dunst's dunstctl script, property_get paused).
// Another notification server has no such interface: that reads as "can't tell".

import type { BusyProbe } from './busy-probe';
import type { DbusConnection } from './dbus';
import { notificationServerFlag } from './dnd-server-flag';

export function dunstPaused(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return notificationServerFlag(bus, 'dunst paused (org.dunstproject.cmd0)', 'org.dunstproject.cmd0', 'paused');
}
