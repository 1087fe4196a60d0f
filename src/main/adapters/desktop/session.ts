// Which kind of desktop session this is, from the environment the session manager sets.
// Pure: a function of the platform and the environment.

export type SessionType = 'x11' | 'wayland' | 'tty' | 'macos' | 'windows';

export interface SessionInfo {
  type: SessionType;
  /** XDG_CURRENT_DESKTOP (e.g. "ubuntu:GNOME", "KDE"), or DESKTOP_SESSION; null when unset. */
  desktop: string | null;
}

export function sessionInfo(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): SessionInfo {
  if (platform === 'darwin') return { type: 'macos', desktop: null };
  if (platform === 'win32') return { type: 'windows', desktop: null };
  const desktop = (env.XDG_CURRENT_DESKTOP || env.DESKTOP_SESSION || '').trim().slice(0, 100) || null;
  const declared = env.XDG_SESSION_TYPE?.toLowerCase();
  if (declared === 'wayland' || declared === 'x11' || declared === 'tty') return { type: declared, desktop };
  // No declaration (e.g. started from a terminal multiplexer): judge by the displays reachable.
  if (env.WAYLAND_DISPLAY) return { type: 'wayland', desktop };
  if (env.DISPLAY) return { type: 'x11', desktop };
  return { type: 'tty', desktop };
}

/** "ubuntu:GNOME" → true: the session is GNOME's (where tray icons need an extension). */
export function isGnome(desktop: string | null): boolean {
  return (desktop ?? '').split(':').some((d) => d.toUpperCase() === 'GNOME');
}
