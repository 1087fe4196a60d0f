// Platform modes of the electron fake: which desktop the fake pretends to run on, and the
// environment the code under test reads to find out (process.platform, XDG_SESSION_TYPE, …).
// Each behaviour that differs by platform lives beside the API it belongs to and cites its
// source there; this module only holds the chosen mode and restores the real process on reset.

export type FakePlatform = 'linux-x11' | 'linux-wayland' | 'darwin' | 'win32';

export interface PlatformOptions {
  /** The desktop to pretend to be; unset keeps the host's platform and environment untouched. */
  platform?: FakePlatform;
  /** linux only: XDG_CURRENT_DESKTOP (default 'GNOME', Ubuntu's and Fedora's default desktop). */
  desktop?: string;
  /**
   * linux-wayland only: whether the desktop offers the GlobalShortcuts portal
   * (org.freedesktop.portal.GlobalShortcuts; GNOME 48+, KDE Plasma 5.27+). Default false.
   */
  shortcutsPortal?: boolean;
}

const ENV_KEYS = ['XDG_SESSION_TYPE', 'WAYLAND_DISPLAY', 'DISPLAY', 'XDG_CURRENT_DESKTOP'] as const;
const realPlatform = process.platform;
const savedEnv = new Map<string, string | undefined>(ENV_KEYS.map((k) => [k, process.env[k]]));

export const platformState: { mode: FakePlatform | null; desktop: string | null; shortcutsPortal: boolean } = {
  mode: null,
  desktop: null,
  shortcutsPortal: false,
};

/** The fake's platform: the chosen mode, or the host's own (linux hosts count as X11). */
export function fakePlatform(): FakePlatform {
  if (platformState.mode) return platformState.mode;
  if (realPlatform === 'darwin' || realPlatform === 'win32') return realPlatform;
  return process.env.XDG_SESSION_TYPE === 'wayland' ? 'linux-wayland' : 'linux-x11';
}

export const isMac = () => fakePlatform() === 'darwin';
export const isWindows = () => fakePlatform() === 'win32';
export const isWayland = () => fakePlatform() === 'linux-wayland';

function setPlatform(value: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value, configurable: true, enumerable: true, writable: false });
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

/** Applies a mode (or restores the host when `options.platform` is unset). */
export function applyPlatform(options: PlatformOptions): void {
  for (const [k, v] of savedEnv) setEnv(k, v);
  setPlatform(realPlatform);
  platformState.mode = options.platform ?? null;
  platformState.shortcutsPortal = options.shortcutsPortal ?? false;
  platformState.desktop = null;
  switch (options.platform) {
    case undefined:
      return;
    case 'darwin':
    case 'win32':
      setPlatform(options.platform);
      for (const k of ENV_KEYS) setEnv(k, undefined);
      return;
    case 'linux-x11':
    case 'linux-wayland': {
      setPlatform('linux');
      const wayland = options.platform === 'linux-wayland';
      platformState.desktop = options.desktop ?? 'GNOME';
      setEnv('XDG_SESSION_TYPE', wayland ? 'wayland' : 'x11');
      setEnv('WAYLAND_DISPLAY', wayland ? 'wayland-0' : undefined);
      // GNOME and KDE Wayland sessions also run XWayland, so DISPLAY is usually set there too.
      setEnv('DISPLAY', ':0');
      setEnv('XDG_CURRENT_DESKTOP', platformState.desktop);
      return;
    }
  }
}
