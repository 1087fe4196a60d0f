// Do Not Disturb in GNOME: the GSettings key org.gnome.desktop.notifications show-banners is
// false while "Do Not Disturb" is on (gnome-shell, js/ui/messageTray.js, and the Settings
// panel's switch write it). Read with `gsettings get`, not over D-Bus: dconf's D-Bus service
// (ca.desrt.dconf) only takes writes — every reader opens the dconf database file itself — and
// gsettings also applies the schema's default and any system-wide override, which a raw file
// read would miss. `gsettings` ships with GLib (libglib2.0-bin), present on every GNOME.
// Asked only inside a GNOME session (XDG_CURRENT_DESKTOP), so a stray schema elsewhere does not
// claim an answer for another desktop's notification server.
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

export function isGnome(env: NodeJS.ProcessEnv): boolean {
  return /(^|:)(GNOME|Unity|ubuntu)(:|$)/i.test(env.XDG_CURRENT_DESKTOP ?? '');
}

/** `gsettings get` prints "true" or "false" (a GVariant boolean); anything else can't tell. */
export function parseShowBanners(stdout: string): Answer {
  const v = stdout.trim();
  if (v === 'false') return true; // banners off: Do Not Disturb is on
  if (v === 'true') return false;
  return null;
}

export function gnomeShowBanners(run: RunCommand, env: NodeJS.ProcessEnv): BusyProbe {
  return {
    source: 'GNOME show-banners (gsettings)',
    async read(): Promise<Answer> {
      const r = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], { env });
      return r && r.code === 0 ? parseShowBanners(r.stdout) : null;
    },
  };
}
