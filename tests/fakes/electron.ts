/**
 * A typed fake of the `electron` module for main-process and preload tests, and for starting the
 * built main bundle in plain Node (tests/build/boot.test.ts). Electron's binary cannot run here.
 *
 * Use it in a test file (path relative to the test):
 *
 *   vi.mock('electron', () => import('../../fakes/electron'));
 *   import { app, BrowserWindow, resetElectronFake, … } from '../../fakes/electron';
 *   beforeEach(() => resetElectronFake({ ready: true }));
 *
 * The code under test imports `electron` and gets these same objects (one module instance per
 * test file). If a test re-imports code with vi.resetModules(), take the fake from
 * `await import('electron')` instead: vitest keeps the mocked module across resets, while a fresh
 * import of this file's path would then be a second, unconnected instance. Every fake is checked by tsc against the real Electron types (`implements Pick<…>`
 * / `satisfies Pick<…>` below), so a signature that drifts from Electron fails the type-check.
 *
 * Like Electron, the fake refuses what a real app cannot do before `ready`: `new BrowserWindow`,
 * `new Tray`, `protocol.handle`, `session.defaultSession`; and `protocol.registerSchemesAsPrivileged`
 * after it. The module starts NOT ready; `app.markReady()` (or `resetElectronFake({ ready: true })`)
 * emits 'ready' and resolves `app.whenReady()`.
 *
 * Test-side API (everything here beyond Electron's own names):
 *   resetElectronFake({ ready?: boolean = false, platform?, desktop?, shortcutsPortal? })  forget
 *         all state, listeners, windows, handlers. `platform` ('linux-x11' | 'linux-wayland' |
 *         'darwin' | 'win32') pretends to be that desktop: process.platform and the session
 *         variables (XDG_SESSION_TYPE, WAYLAND_DISPLAY, DISPLAY, XDG_CURRENT_DESKTOP = `desktop`,
 *         default 'GNOME') are set, and restored on the next reset without one. Unset: the host's
 *         platform, as before. What differs per mode (each cited where it is implemented):
 *           linux-wayland: a window created with show: false never emits 'ready-to-show' until
 *             it is shown (electron#48859); getSystemIdleTime() is 0 on GNOME (electron#34826);
 *             globalShortcut works only with --enable-features=GlobalShortcutsPortal and
 *             `shortcutsPortal: true`.
 *           darwin: app.launchAgain() emits 'activate' (no 'second-instance'); app.dock exists;
 *             window.focus() cannot activate the app while app.otherAppActive, only
 *             app.focus({ steal: true }) can (macOS 14 cooperative activation).
 *           win32: with BrowserWindow.foregroundLocked, focus() is refused and the taskbar
 *             button flashes (SetForegroundWindow rules).
 *           darwin and win32: powerMonitor.lockScreen()/unlockScreen() emit 'lock-screen' /
 *             'unlock-screen' (not on Linux); Notification.pressAction(i) (buttons exist there only).
 *           not darwin (when a mode is set): app.dock is undefined.
 *   globalShortcut: takenElsewhere (Set of accelerators another program holds: register → false),
 *         registered (Map), attempts [{ accelerator, ok }], press(accelerator) → whether ours fired.
 *   asElectron<T>(fake)                  cast a fake to the Electron type an adapter takes.
 *   preventableEvent()                   an Electron-style event: { preventDefault(), defaultPrevented }.
 *   invokeEvent({ sender?, senderFrame? }) an IpcMainInvokeEvent; senderFrame defaults to sender.mainFrame.
 *   pngSize(buffer)                      { width, height } from a PNG header, or null.
 *   app:  markReady(), launchAgain(args?) (the person opens Attune again), lockAvailable (what requestSingleInstanceLock returns, default true),
 *         lockRequests (additionalData of every request), quitCalls, exitCodes, relaunchCalls,
 *         dockHidden, version, appPath, isPackaged (writable), setPath/getPath (userData etc.
 *         default to a fresh temp folder, removed on reset), loginItem (last setLoginItemSettings),
 *         emitSecondInstance(argv, additionalData?, cwd?), locksHeldElsewhere (userData folders
 *         whose lock another copy holds), lockDirs (userData at each lock request), setName()
 *         (does not move userData: userData = appData/<name at start-up>), commandLine (switches
 *         Map), focusCalls, otherAppActive / isActive() (darwin).
 *         quit() emits 'before-quit' (preventable), then 'will-quit' and 'quit'.
 *   BrowserWindow: static created (every window since reset, in order), static autoReadyToShow
 *         (default true: loadURL emits 'did-finish-load' + 'ready-to-show' on the next macrotask;
 *         when false, call win.finishLoad()). webContents.isLoading() is true in between.
 *         Instances: options (constructor options), loadedURLs, visible, focused, focusCount,
 *         minimized, webContents (FakeWebContents). close() emits 'close' (preventable) then destroys;
 *         destroy() emits 'closed'. Creating a window emits app 'web-contents-created'.
 *   FakeWebContents: id, sent [{ channel, args }], windowOpenHandler, mainFrame (FakeWebFrame),
 *         url, findRequests, stopFindActions, emitPreventable(name, ...args) → true when a listener
 *         called preventDefault, tryOpenWindow(url) → the window-open handler's answer,
 *         addSubframe(url) → a child FakeWebFrame. Standalone: new FakeWebContents() (also emits
 *         'web-contents-created').
 *   FakeWebFrame: new FakeWebFrame(url, parent?) with url, origin, parent, top, frames.
 *   Tray: static instances; instances have image, imageHistory, tooltip, contextMenu (FakeMenu),
 *         poppedUp (menus shown by popUpContextMenu), destroyed; emit 'click' to click the icon.
 *   Menu.buildFromTemplate(t) → FakeMenu { template, items, labels(), item(...labelPath),
 *         click(...labelPath) (throws if the item is missing, disabled or has no click) };
 *         Menu.applicationMenu (last setApplicationMenu).
 *   nativeImage.createFromPath(p) → FakeNativeImage { path, isEmpty(), getSize(), scaleFactors
 *         ([1] or [1, 2] when a `@2x` file sits beside it), isTemplateImage() }; missing or
 *         non-PNG files give an empty image, as in Electron.
 *   nativeTheme: shouldUseDarkColors etc. writable; setDark(bool) changes it and emits 'updated'.
 *   protocol: privilegedSchemes, handlers (Map scheme → handler), request(url, init?) → Response
 *         through the registered handler (throws if none).
 *   session.defaultSession: permissionRequestHandler, permissionCheckHandler,
 *         devicePermissionHandler, beforeRequestListeners, requestPermission(permission) →
 *         Promise<boolean>, checkPermission(permission) → boolean, beforeRequest(url) →
 *         Promise<{ cancel?: boolean }> (resolves { cancel: false } when nothing is registered).
 *   ipcMain: handlers (Map), invoke(channel, event, ...args) → the handler's result (rejects
 *         "No handler registered for …" like Electron), on/emit for ipcMain.on listeners.
 *   dialog: calls [{ method, window, options }], saveResults / openResults / messageBoxResults
 *         (queues of answers; when empty: cancelled / response 0), errorBoxes.
 *   shell: openedExternal (URLs), openedPaths, shownInFolder.
 *   powerMonitor: EventEmitter; idleSeconds, idleState ('active' … or null to derive from
 *         idleSeconds), onBatteryPower.
 *   Notification: static instances, static supported; instances have options, shown, closed.
 *         Emit 'click' / 'action' / 'close' on an instance to simulate the person.
 *   contextBridge: exposed (Map key → object as passed).
 *   ipcRenderer: invoked [{ channel, args }], sent, respond (set to answer invoke; by default
 *         invoke goes to ipcMain's handler with an event whose sender is ipcRenderer.fakeSender),
 *         deliver(channel, ...args) → calls listeners as main's webContents.send would, with an
 *         IpcRendererEvent first.
 *   webContents: getAllWebContents(), fromId(), getFocusedWebContents().
 */
import type * as Electron from 'electron';
import { app } from './electron/app';
import { FakeWebContents, webContents } from './electron/contents';
import { dialog, shell } from './electron/dialog';
import { contextBridge, ipcMain, ipcRenderer } from './electron/ipc';
import { FakeMenu } from './electron/menu';
import { applyPlatform, type PlatformOptions } from './electron/platform';
import { FakeNotification, powerMonitor } from './electron/power';
import { protocol, resetSession, session } from './electron/protocol';
import { globalShortcut } from './electron/shortcut';
import { FakeTray, nativeImage, nativeTheme } from './electron/tray';
import { FakeBrowserWindow } from './electron/window';

export { app, type FakeApp } from './electron/app';
export { FakeWebContents, FakeWebFrame, webContents } from './electron/contents';
export { dialog, shell } from './electron/dialog';
export { contextBridge, invokeEvent, ipcMain, ipcRenderer } from './electron/ipc';
export { FakeMenu, FakeMenu as Menu, FakeMenuItem } from './electron/menu';
export { type FakePlatform, fakePlatform, type PlatformOptions } from './electron/platform';
export { FakeNotification, FakeNotification as Notification, powerMonitor } from './electron/power';
export { type FakeSession, protocol, session } from './electron/protocol';
export { asElectron, type PreventableEvent, pngSize, preventableEvent } from './electron/shared';
export { FakeGlobalShortcut, globalShortcut } from './electron/shortcut';
export { FakeNativeImage, FakeTray, FakeTray as Tray, nativeImage, nativeTheme } from './electron/tray';
export { FakeBrowserWindow, FakeBrowserWindow as BrowserWindow } from './electron/window';

// ---------------------------------------------------------------------------------------------
// Reset, and the default export (electron-store does `import electron from 'electron'`)
export function resetElectronFake(options: { ready?: boolean } & PlatformOptions = {}): void {
  applyPlatform(options);
  app.resetState(false);
  FakeWebContents.all = [];
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.autoReadyToShow = true;
  FakeBrowserWindow.foregroundLocked = false;
  globalShortcut.resetState();
  FakeMenu.applicationMenu = null;
  FakeTray.instances = [];
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  nativeTheme.shouldUseHighContrastColors = false;
  protocol.privilegedSchemes = [];
  protocol.handlers = new Map();
  resetSession();
  ipcMain.resetState();
  ipcRenderer.resetState();
  contextBridge.exposed = new Map();
  dialog.calls = [];
  dialog.saveResults = [];
  dialog.openResults = [];
  dialog.messageBoxResults = [];
  dialog.errorBoxes = [];
  shell.openedExternal = [];
  shell.openedPaths = [];
  shell.shownInFolder = [];
  powerMonitor.resetState();
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  if (options.ready) app.markReady();
}

const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Menu: FakeMenu,
  Tray: FakeTray,
  Notification: FakeNotification,
  nativeImage,
  nativeTheme,
  protocol,
  session,
  ipcMain,
  ipcRenderer,
  contextBridge,
  dialog,
  shell,
  powerMonitor,
  globalShortcut,
  webContents,
} satisfies Partial<Record<keyof typeof Electron, unknown>>;
export default electron;
