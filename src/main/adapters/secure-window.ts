// The options every Attune BrowserWindow is created with, and the per-window locks. Kept in one
// place so no window can be made without them (tests assert each option on every window).
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The one place Attune constructs a BrowserWindow. The secure webPreferences are written out as a
 * literal right at `new BrowserWindow(...)`, not built by a helper, so that static scanners
 * (Electronegativity in `npm test`, tools/electronegativity.ts) can read every one of them.
 */
export function createSecureWindow(options: SecureWindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // enableBlinkFeatures is left unset on purpose: no Blink feature is switched on.
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // The breathing guide's optional tone (Web Audio, synthesised, no files) must sound at the
      // first inhale even when a quick break opens straight into breathing, before any click.
      autoplayPolicy: 'no-user-gesture-required',
      // Middle-click (auxclick) is another way to ask for a new window; new windows are denied
      // anyway, but the event need not reach pages at all.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Deny every navigation, redirect, new window and webview for one webContents. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
