// Showing a window the first time, on every desktop, and bringing it to the front when the
// person asked for it. Sources for each platform's rules are in docs/platforms.md.
import { app, type BrowserWindow } from 'electron';

/** How long a new window may wait for 'ready-to-show' before it is shown anyway. */
export const REVEAL_DEADLINE_MS = 1500;

/**
 * True when Electron draws natively on Wayland: since Electron 38 the Ozone platform hint is
 * "auto", so a Wayland session runs natively unless --ozone-platform=x11 forces XWayland.
 */
export function drawsOnWayland(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, ozoneSwitch: string): boolean {
  if (platform !== 'linux') return false;
  if (ozoneSwitch === 'x11') return false;
  if (ozoneSwitch === 'wayland') return true;
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

/**
 * Shows `win` (created with show: false and a backgroundColor) once, as soon as it can:
 * - 'ready-to-show' everywhere (the first frame is painted: no flash at all);
 * - on Wayland, 'did-finish-load' too: a hidden window there gets no frame until it is shown,
 *   so 'ready-to-show' never comes (electron/electron#48859); the page is loaded and the
 *   window's backgroundColor matches the page, so nothing flashes white;
 * - anywhere, a deadline: if neither came within REVEAL_DEADLINE_MS the window shows anyway,
 *   because a window that never appears is worse than one drawn a moment late.
 */
export function revealWhenReady(
  win: BrowserWindow,
  reveal: (win: BrowserWindow) => void,
  wayland: boolean = drawsOnWayland(process.env, process.platform, app.commandLine.getSwitchValue('ozone-platform')),
  deadlineMs = REVEAL_DEADLINE_MS,
): void {
  let done = false;
  const onReady = () => once();
  const onLoaded = () => once();
  const timer = setTimeout(() => once(), deadlineMs);
  function once(): void {
    if (done) return;
    done = true;
    clearTimeout(timer);
    win.off('ready-to-show', onReady);
    if (!win.webContents.isDestroyed()) win.webContents.off('did-finish-load', onLoaded);
    if (!win.isDestroyed()) reveal(win);
  }
  win.once('ready-to-show', onReady);
  if (wayland) win.webContents.once('did-finish-load', onLoaded);
  win.once('closed', () => {
    done = true;
    clearTimeout(timer);
  });
}

/**
 * Brings `win` to the front because the person asked for it (tray, notification click, second
 * launch, shortcut):
 * - macOS 14+: activation is cooperative; an accessory app (no Dock icon) is rarely the app the
 *   system hands activation to, so Attune asks with app.focus({ steal: true }) — used only here,
 *   for a request the person made.
 * - Windows: a background process may not take the foreground (SetForegroundWindow rules); the
 *   window is shown, raised with moveTop() and focused; when Windows refuses the focus, the
 *   taskbar button flashes until the person switches to it.
 * - Linux: show() + focus(); on Wayland the compositor decides, helped by the activation token
 *   Electron takes from XDG_ACTIVATION_TOKEN (also forwarded by a second launch); without one
 *   GNOME may say "Attune is ready" instead. flashFrame sets the urgency hint.
 */
export function bringToFront(win: BrowserWindow, platform: NodeJS.Platform = process.platform): void {
  if (win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (platform === 'darwin') app.focus({ steal: true });
  win.show();
  if (platform === 'win32') win.moveTop();
  win.focus();
  if (!win.isFocused()) {
    win.flashFrame(true);
    win.once('focus', () => win.flashFrame(false));
  }
}
