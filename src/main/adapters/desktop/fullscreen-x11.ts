// Full screen on X11: the active window (the root window's _NET_ACTIVE_WINDOW, EWMH 1.5) has
// _NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE list — set by every EWMH window manager when a
// window goes full screen (presentations, films, games). Read with `xprop` from x11-utils,
// which X11 desktops install by default (Debian/Ubuntu desktop tasks, Fedora Workstation);
// without it, or with no EWMH window manager, the answer is "can't tell". Only the two state
// properties are read — never a window's title or class.
// Under Wayland, xprop would only see XWayland windows, so this reader is not used there.
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

export function isX11Session(env: NodeJS.ProcessEnv): boolean {
  if (!env.DISPLAY) return false;
  return !(env.WAYLAND_DISPLAY || env.XDG_SESSION_TYPE === 'wayland');
}

/**
 * `xprop -root -notype _NET_SUPPORTED _NET_ACTIVE_WINDOW` → whether the window manager
 * supports full screen (EWMH's _NET_SUPPORTED lists _NET_WM_STATE_FULLSCREEN), and the active
 * window's id (0 when nothing is active yet).
 */
export function parseRoot(stdout: string): { ewmh: boolean; active: number } {
  const supported = /^_NET_SUPPORTED\s*=\s*(.*)$/m.exec(stdout)?.[1] ?? '';
  const ewmh = supported
    .split(',')
    .map((a) => a.trim())
    .includes('_NET_WM_STATE_FULLSCREEN');
  const m = /_NET_ACTIVE_WINDOW\s*[:=]?\s*window id # (0x[0-9a-f]+)/i.exec(stdout);
  const id = m?.[1] ? Number.parseInt(m[1], 16) : 0;
  return { ewmh, active: Number.isFinite(id) ? id : 0 };
}

/** `xprop -id W -notype _NET_WM_STATE` → whether the list holds _NET_WM_STATE_FULLSCREEN. */
export function parseWmState(stdout: string): Answer {
  if (/not found|no such/i.test(stdout)) return false; // no state: an ordinary window
  const m = /_NET_WM_STATE\s*=\s*(.*)$/m.exec(stdout);
  if (!m) return null;
  return (m[1] ?? '')
    .split(',')
    .map((a) => a.trim())
    .includes('_NET_WM_STATE_FULLSCREEN');
}

export function x11FullScreen(run: RunCommand, env: NodeJS.ProcessEnv): BusyProbe {
  return {
    source: 'X11 _NET_WM_STATE_FULLSCREEN (xprop)',
    async read(): Promise<Answer> {
      const root = await run('xprop', ['-root', '-notype', '_NET_SUPPORTED', '_NET_ACTIVE_WINDOW'], { env });
      if (root?.code !== 0) return null;
      const { ewmh, active: id } = parseRoot(root.stdout);
      if (!ewmh) return null; // no window manager that does full screen the EWMH way: can't tell
      if (id === 0) return false; // nothing active (the desktop itself)
      const state = await run('xprop', ['-id', `0x${id.toString(16)}`, '-notype', '_NET_WM_STATE'], { env });
      // The window may have closed in between: nothing is full screen then.
      if (!state) return null;
      return state.code === 0 ? parseWmState(state.stdout) : false;
    },
  };
}
