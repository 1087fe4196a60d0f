// Do Not Disturb in XFCE: xfce4-notifyd keeps it in xfconf, channel "xfce4-notifyd", property
// "/do-not-disturb" (a boolean; xfce4-notifyd's settings dialog writes it). Read over D-Bus
// with xfconfd's org.xfce.Xfconf.GetProperty(channel, property) → variant, at /org/xfce/Xfconf
// on the name org.xfce.Xfconf — the same call `xfconf-query -c xfce4-notifyd -p
// /do-not-disturb` makes. A property never set is an error reply: XFCE's default is off, so
// that reads as false once xfconfd has answered for the channel at all.

import type { Answer, BusyProbe } from './busy-probe';
import { type DbusConnection, unwrapVariant } from './dbus';

const XFCONF = { destination: 'org.xfce.Xfconf', path: '/org/xfce/Xfconf', interface: 'org.xfce.Xfconf' } as const;

export function xfceDoNotDisturb(bus: () => Promise<DbusConnection | null>): BusyProbe {
  return {
    source: 'xfce4-notifyd /do-not-disturb (org.xfce.Xfconf)',
    async read(): Promise<Answer> {
      const conn = await bus();
      if (!conn) return null;
      if ((await conn.nameHasOwner(XFCONF.destination)) !== true) return null;
      const reply = await conn.call({
        ...XFCONF,
        member: 'GetProperty',
        signature: 'ss',
        body: ['xfce4-notifyd', '/do-not-disturb'],
      });
      if (!reply) {
        // Unset: is xfconfd there for this channel at all? PropertyExists answers false then.
        const exists = await conn.call({
          ...XFCONF,
          member: 'PropertyExists',
          signature: 'ss',
          body: ['xfce4-notifyd', '/do-not-disturb'],
        });
        return exists?.[0] === false ? false : null;
      }
      const v = unwrapVariant(reply[0]);
      return typeof v === 'boolean' ? v : null;
    },
  };
}
