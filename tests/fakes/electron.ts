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
 *   resetElectronFake({ ready?: boolean = false })  forget all state, listeners, windows, handlers.
 *   asElectron<T>(fake)                  cast a fake to the Electron type an adapter takes.
 *   preventableEvent()                   an Electron-style event: { preventDefault(), defaultPrevented }.
 *   invokeEvent({ sender?, senderFrame? }) an IpcMainInvokeEvent; senderFrame defaults to sender.mainFrame.
 *   pngSize(buffer)                      { width, height } from a PNG header, or null.
 *   app:  markReady(), lockAvailable (what requestSingleInstanceLock returns, default true),
 *         lockRequests (additionalData of every request), quitCalls, exitCodes, relaunchCalls,
 *         dockHidden, version, appPath, isPackaged (writable), setPath/getPath (userData etc.
 *         default to a fresh temp folder, removed on reset), loginItem (last setLoginItemSettings),
 *         emitSecondInstance(argv, additionalData?, cwd?).
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
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Casts a fake to the Electron type an adapter's signature asks for. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}

export interface PreventableEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function preventableEvent<Extra extends object = object>(extra?: Extra): PreventableEvent & Extra {
  let prevented = false;
  return {
    ...(extra as Extra),
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

function notReady(what: string): Error {
  return new Error(
    `${what} before app is ready (fake electron: call app.markReady() or resetElectronFake({ ready: true }) first)`,
  );
}

function originOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin;
    // Standard custom schemes (app://attune) have a host-based origin in Chromium; Node says 'null'.
    return u.host ? `${u.protocol}//${u.host}` : 'null';
  } catch {
    return 'null';
  }
}

/** Width and height from a PNG's IHDR chunk, or null when `buf` is not a PNG. */
export function pngSize(buf: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) return null;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// ---------------------------------------------------------------------------------------------
// app

type AppApi = Pick<
  Electron.App,
  | 'whenReady'
  | 'isReady'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'getVersion'
  | 'getName'
  | 'getAppPath'
  | 'getPath'
  | 'setPath'
  | 'getLocale'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'focus'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'isPackaged'
>;
type DockApi = Pick<Electron.Dock, 'hide' | 'show' | 'isVisible' | 'setIcon'>;

class FakeApp extends EventEmitter implements AppApi {
  isPackaged = false;
  version = packageVersion();
  name = 'Attune';
  appPath = process.cwd();
  lockAvailable = true;
  lockRequests: unknown[] = [];
  quitCalls = 0;
  exitCodes: number[] = [];
  relaunchCalls = 0;
  dockHidden = false;
  loginItem: Electron.Settings | null = null;
  private ready = false;
  private readyPromise!: Promise<void>;
  private resolveReady!: () => void;
  private holdsLock = false;
  private paths = new Map<string, string>();
  private tempBase: string | null = null;

  readonly dock: DockApi = {
    hide: () => {
      this.dockHidden = true;
    },
    show: async () => {
      this.dockHidden = false;
    },
    isVisible: () => !this.dockHidden,
    setIcon: () => {},
  };

  constructor() {
    super();
    this.resetState();
  }

  /** Fake only: emit 'ready' and resolve whenReady(). */
  markReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('ready', preventableEvent(), {});
    this.resolveReady();
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.lockRequests.push(additionalData);
    this.holdsLock = this.lockAvailable;
    return this.lockAvailable;
  }
  hasSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  releaseSingleInstanceLock(): void {
    this.holdsLock = false;
  }
  /** Fake only: what Electron does when a second copy starts and asks for the lock. */
  emitSecondInstance(argv: string[], additionalData?: unknown, cwd = process.cwd()): void {
    this.emit('second-instance', preventableEvent(), argv, cwd, additionalData);
  }
  getVersion(): string {
    return this.version;
  }
  getName(): string {
    return this.name;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getLocale(): string {
    return 'en-GB';
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const set = this.paths.get(name);
    if (set) return set;
    if (name === 'temp') return tmpdir();
    if (name === 'exe') return process.execPath;
    if (!this.tempBase) this.tempBase = mkdtempSync(path.join(tmpdir(), 'attune-fake-electron-'));
    const dir = path.join(this.tempBase, name);
    mkdirSync(dir, { recursive: true });
    this.paths.set(name, dir);
    return dir;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  quit(): void {
    this.quitCalls++;
    const before = preventableEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', preventableEvent(), 0);
  }
  exit(exitCode = 0): void {
    this.exitCodes.push(exitCode);
  }
  relaunch(): void {
    this.relaunchCalls++;
  }
  focus(): void {}
  setAppUserModelId(): void {}
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = { ...settings };
  }
  getLoginItemSettings(): Pick<Electron.LoginItemSettings, 'openAtLogin'> {
    return { openAtLogin: this.loginItem?.openAtLogin ?? false };
  }

  resetState(ready = false): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.version = packageVersion();
    this.name = 'Attune';
    this.appPath = process.cwd();
    this.lockAvailable = true;
    this.lockRequests = [];
    this.quitCalls = 0;
    this.exitCodes = [];
    this.relaunchCalls = 0;
    this.dockHidden = false;
    this.loginItem = null;
    this.holdsLock = false;
    this.paths = new Map();
    if (this.tempBase) rmSync(this.tempBase, { recursive: true, force: true });
    this.tempBase = null;
    this.ready = false;
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    if (ready) this.markReady();
  }

  /** Removes the temp folder this fake made (also done on reset and at process exit). */
  cleanUp(): void {
    if (this.tempBase) rmSync(this.tempBase, { recursive: true, force: true });
    this.tempBase = null;
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const app = new FakeApp();
process.once('exit', () => app.cleanUp());

// ---------------------------------------------------------------------------------------------
// Frames and webContents

let nextId = 1;

type FrameApi = Pick<Electron.WebFrameMain, 'url' | 'origin' | 'processId' | 'routingId' | 'name' | 'detached'>;

export class FakeWebFrame implements FrameApi {
  readonly frames: FakeWebFrame[] = [];
  readonly processId: number;
  readonly routingId = nextId++;
  readonly name = '';
  detached = false;
  constructor(
    public url: string,
    public readonly parent: FakeWebFrame | null = null,
    processId?: number,
  ) {
    this.processId = processId ?? parent?.processId ?? nextId++;
    parent?.frames.push(this);
  }
  get origin(): string {
    return originOf(this.url);
  }
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
}

type WebContentsApi = Pick<
  Electron.WebContents,
  | 'id'
  | 'isDestroyed'
  | 'getURL'
  | 'getTitle'
  | 'isLoading'
  | 'focus'
  | 'isFocused'
  | 'stopFindInPage'
  | 'findInPage'
  | 'setZoomFactor'
  | 'getZoomFactor'
  | 'openDevTools'
  | 'reload'
>;

export class FakeWebContents extends EventEmitter implements WebContentsApi {
  static all: FakeWebContents[] = [];
  readonly id = nextId++;
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  readonly mainFrame: FakeWebFrame;
  findRequests: { text: string; options: Electron.FindInPageOptions | undefined }[] = [];
  stopFindActions: string[] = [];
  zoomFactor = 1;
  devToolsOpened = false;
  /** True from BrowserWindow.loadURL until 'did-finish-load'. */
  loading = false;
  private destroyed = false;
  private focused = false;

  constructor(url = 'about:blank') {
    super();
    this.mainFrame = new FakeWebFrame(url);
    FakeWebContents.all.push(this);
    app.emit('web-contents-created', preventableEvent(), this);
  }

  get url(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  /** Fake only: what the page's window.open(url) would get. Electron allows it when no handler is set. */
  tryOpenWindow(url: string): Electron.WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    } as Electron.HandlerDetails);
  }
  /** Fake only: emit an event whose first argument is preventable; true when a listener prevented it. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    const event = preventableEvent({ url: typeof args[0] === 'string' ? args[0] : undefined });
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
  /** Fake only: a child frame (e.g. an iframe) of the main frame. */
  addSubframe(url: string): FakeWebFrame {
    return new FakeWebFrame(url, this.mainFrame);
  }
  /** Fake only: what loadURL does to the page. */
  navigateTo(url: string): void {
    this.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Fake only (Electron destroys webContents with their window). */
  destroyContents(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.mainFrame.detached = true;
    this.emit('destroyed');
  }
  getURL(): string {
    return this.url;
  }
  getTitle(): string {
    return '';
  }
  isLoading(): boolean {
    return this.loading;
  }
  focus(): void {
    this.focused = true;
  }
  isFocused(): boolean {
    return this.focused;
  }
  findInPage(text: string, options?: Electron.FindInPageOptions): number {
    this.findRequests.push({ text, options });
    return this.findRequests.length;
  }
  stopFindInPage(action: 'clearSelection' | 'keepSelection' | 'activateSelection'): void {
    this.stopFindActions.push(action);
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  openDevTools(): void {
    this.devToolsOpened = true;
  }
  reload(): void {}
}

export const webContents = {
  getAllWebContents: () => FakeWebContents.all.filter((w) => !w.isDestroyed()),
  fromId: (id: number) => FakeWebContents.all.find((w) => w.id === id),
  getFocusedWebContents: () => FakeWebContents.all.find((w) => w.isFocused() && !w.isDestroyed()) ?? null,
};

// ---------------------------------------------------------------------------------------------
// BrowserWindow

type WindowApi = Pick<
  Electron.BrowserWindow,
  | 'id'
  | 'loadURL'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'isVisible'
  | 'isFocused'
  | 'isMinimized'
  | 'minimize'
  | 'restore'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'setTitle'
  | 'getTitle'
  | 'center'
  | 'moveTop'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'setMenuBarVisibility'
  | 'removeMenu'
  | 'flashFrame'
  | 'getBounds'
  | 'setBounds'
>;

export class FakeBrowserWindow extends EventEmitter implements WindowApi {
  /** Every window created since the last reset, in order (destroyed ones too). */
  static created: FakeBrowserWindow[] = [];
  /** When true (default), loadURL emits 'did-finish-load' and 'ready-to-show' on the next macrotask. */
  static autoReadyToShow = true;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.webContents === contents) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }

  readonly id = nextId++;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loadedURLs: string[] = [];
  visible: boolean;
  focused = false;
  focusCount = 0;
  minimized = false;
  alwaysOnTop = false;
  title: string;
  bounds: Electron.Rectangle;
  private destroyed = false;
  private readyToShowSent = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    if (!app.isReady()) throw notReady('Cannot create BrowserWindow');
    this.options = options;
    this.visible = options.show !== false;
    this.title = options.title ?? 'Attune';
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.created.push(this);
    this.webContents = new FakeWebContents();
  }

  loadURL(url: string): Promise<void> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.loadedURLs.push(url);
    this.webContents.navigateTo(url);
    this.webContents.loading = true;
    if (FakeBrowserWindow.autoReadyToShow) setImmediate(() => this.finishLoad());
    return Promise.resolve();
  }
  /**
   * Fake only: the page finished loading: 'did-finish-load', then 'ready-to-show' the first time.
   * Happens by itself a macrotask after loadURL unless autoReadyToShow is off.
   */
  finishLoad(): void {
    if (this.destroyed || !this.webContents.loading) return;
    this.webContents.loading = false;
    this.webContents.emit('did-finish-load');
    if (!this.readyToShowSent) {
      this.readyToShowSent = true;
      this.emit('ready-to-show');
    }
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  showInactive(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    for (const w of FakeBrowserWindow.getAllWindows()) if (w !== this) w.focused = false;
    this.focused = true;
    this.focusCount++;
    this.webContents.focus();
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  close(): void {
    if (this.destroyed) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.focused = false;
    this.webContents.destroyContents();
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  center(): void {}
  moveTop(): void {}
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setMenuBarVisibility(): void {}
  removeMenu(): void {}
  flashFrame(): void {}
  getBounds(): Electron.Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
}
export { FakeBrowserWindow as BrowserWindow };

// ---------------------------------------------------------------------------------------------
// Menu

export class FakeMenuItem {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly checked: boolean;
  readonly id: string | undefined;
  readonly submenu: FakeMenu | undefined;
  constructor(readonly options: Electron.MenuItemConstructorOptions) {
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    this.id = options.id;
    const sub = options.submenu;
    this.submenu =
      sub instanceof FakeMenu ? sub : Array.isArray(sub) ? FakeMenu.buildFromTemplate(sub as never) : undefined;
  }
  /** Fake only: what clicking the item does. Throws when a person could not click it. */
  click(): void {
    if (this.type === 'separator') throw new Error('a separator cannot be clicked');
    if (!this.enabled) throw new Error(`menu item "${this.label}" is disabled`);
    if (!this.options.click) throw new Error(`menu item "${this.label}" has no click handler`);
    this.options.click(asElectron(this), undefined, asElectron({ shiftKey: false, ctrlKey: false, altKey: false }));
  }
}

export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  readonly items: FakeMenuItem[];
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {
    this.items = template.map((t) => new FakeMenuItem(t));
  }
  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }
  /** Fake only: labels of the top-level items ('---' for separators). */
  labels(): string[] {
    return this.items.map((i) => (i.type === 'separator' ? '---' : i.label));
  }
  /** Fake only: the item at a label path, e.g. item('Take a pause now', 'Three breaths'). */
  item(...labelPath: string[]): FakeMenuItem {
    let menu: FakeMenu | undefined = this;
    let found: FakeMenuItem | undefined;
    for (const label of labelPath) {
      found = menu?.items.find((i) => i.label === label);
      if (!found) throw new Error(`no menu item "${label}" in [${menu?.labels().join(', ')}]`);
      menu = found.submenu;
    }
    if (!found) throw new Error('item() needs at least one label');
    return found;
  }
  /** Fake only: clicks the item at a label path. */
  click(...labelPath: string[]): void {
    this.item(...labelPath).click();
  }
}
export const Menu = FakeMenu;

// ---------------------------------------------------------------------------------------------
// nativeImage, nativeTheme, Tray

type ImageApi = Pick<Electron.NativeImage, 'isEmpty' | 'getSize' | 'setTemplateImage' | 'isTemplateImage'>;

export class FakeNativeImage implements ImageApi {
  private template = false;
  readonly size: { width: number; height: number } | null;
  readonly scaleFactors: number[];
  constructor(
    readonly path: string | null,
    readonly data: Buffer | null,
  ) {
    this.size = data ? pngSize(data) : null;
    const at2x = path ? path.replace(/(\.[a-z]+)$/i, '@2x$1') : null;
    this.scaleFactors = this.size && at2x && existsSync(at2x) ? [1, 2] : this.size ? [1] : [];
  }
  isEmpty(): boolean {
    return this.size === null;
  }
  getSize(): Electron.Size {
    return this.size ? { ...this.size } : { width: 0, height: 0 };
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromPath(file: string): FakeNativeImage {
    try {
      return new FakeNativeImage(file, readFileSync(file));
    } catch {
      return new FakeNativeImage(file, null);
    }
  },
  createEmpty: () => new FakeNativeImage(null, null),
  createFromBuffer: (buffer: Buffer) => new FakeNativeImage(null, buffer),
};

type ThemeApi = Pick<
  Electron.NativeTheme,
  'shouldUseDarkColors' | 'themeSource' | 'shouldUseHighContrastColors' | 'shouldUseInvertedColorScheme'
>;

class FakeNativeTheme extends EventEmitter implements ThemeApi {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';
  shouldUseHighContrastColors = false;
  shouldUseInvertedColorScheme = false;
  prefersReducedTransparency = false;
  /** Fake only: the system switches light/dark. */
  setDark(dark: boolean): void {
    this.shouldUseDarkColors = dark;
    this.emit('updated');
  }
}
export const nativeTheme = new FakeNativeTheme();

type TrayApi = Pick<
  Electron.Tray,
  'setToolTip' | 'destroy' | 'isDestroyed' | 'setTitle' | 'getTitle' | 'popUpContextMenu'
>;

export class FakeTray extends EventEmitter implements TrayApi {
  static instances: FakeTray[] = [];
  image: FakeNativeImage | string;
  tooltip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  /** Every image set after construction, in order. */
  imageHistory: (FakeNativeImage | string)[] = [];
  destroyed = false;
  constructor(image: FakeNativeImage | string) {
    super();
    if (!app.isReady()) throw notReady('Cannot create Tray');
    this.image = image;
    FakeTray.instances.push(this);
  }
  /** Menus popped up with popUpContextMenu (the context menu when called without one). */
  poppedUp: (FakeMenu | null)[] = [];
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  popUpContextMenu(menu?: unknown): void {
    this.poppedUp.push((menu as FakeMenu | undefined) ?? this.contextMenu);
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = image;
    this.imageHistory.push(image);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
export { FakeTray as Tray };

// ---------------------------------------------------------------------------------------------
// protocol, session

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as Electron.CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    protocol.privilegedSchemes.push(...customSchemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw notReady('protocol.handle');
    if (protocol.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocol.handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocol.handlers.has(scheme);
  },
  /** Fake only: fetch `url` through the handler registered for its scheme. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, Math.max(0, url.indexOf(':')));
    const handler = protocol.handlers.get(scheme);
    if (!handler) throw new Error(`no handler registered for scheme "${scheme}"`);
    return handler(new Request(url, init));
  },
};
protocol satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'>;

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Electron.Session['setDevicePermissionHandler']>[0];
type BeforeRequestListener = (
  details: Electron.OnBeforeRequestListenerDetails,
  callback: (response: Electron.CallbackResponse) => void,
) => void;

class FakeWebRequest {
  beforeRequestListeners: BeforeRequestListener[] = [];
  beforeRequestFilters: (Electron.WebRequestFilter | null)[] = [];
  onBeforeRequest(
    filterOrListener: Electron.WebRequestFilter | BeforeRequestListener | null,
    maybeListener?: BeforeRequestListener | null,
  ): void {
    const [filter, listener] =
      typeof filterOrListener === 'function' ? [null, filterOrListener] : [filterOrListener, maybeListener];
    // Electron keeps one listener per event: a new one replaces the old, null removes it.
    this.beforeRequestListeners = listener ? [listener] : [];
    this.beforeRequestFilters = listener ? [filter] : [];
  }
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: DevicePermissionHandler = null;
  readonly webRequest = new FakeWebRequest();
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
  get beforeRequestListeners(): BeforeRequestListener[] {
    return this.webRequest.beforeRequestListeners;
  }
  /**
   * Fake only: a page asks for `permission`. Resolves what the handler grants; with no handler
   * Electron grants most permissions, so this resolves true.
   */
  requestPermission(permission: string, contents: FakeWebContents = new FakeWebContents()): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(asElectron(contents), asElectron(permission), resolve, asElectron({ requestingUrl: contents.url })),
    );
  }
  /** Fake only: a permission check (e.g. navigator.permissions.query); true when no handler is set. */
  checkPermission(permission: string, origin = 'app://attune'): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(null, asElectron(permission), origin, asElectron({ requestingUrl: `${origin}/` }));
  }
  /** Fake only: a request for `url` passes through webRequest.onBeforeRequest. */
  beforeRequest(url: string, resourceType = 'mainFrame'): Promise<Electron.CallbackResponse> {
    const listener = this.webRequest.beforeRequestListeners[0];
    if (!listener) return Promise.resolve({ cancel: false });
    return new Promise((resolve) =>
      listener(asElectron({ id: nextId++, url, method: 'GET', resourceType, timestamp: Date.now() }), resolve),
    );
  }
}

let defaultSession = new FakeSession();
export const session = {
  get defaultSession(): FakeSession {
    if (!app.isReady()) throw notReady('Session can only be received');
    return defaultSession;
  },
  fromPartition: (_partition: string) => {
    if (!app.isReady()) throw notReady('Session can only be received');
    return defaultSession;
  },
};
export type { FakeSession };

// ---------------------------------------------------------------------------------------------
// IPC

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** An IpcMainInvokeEvent from `sender` (default: a fresh webContents) and `senderFrame`. */
export function invokeEvent(
  from: { sender?: FakeWebContents; senderFrame?: FakeWebFrame | null } = {},
): Electron.IpcMainInvokeEvent {
  const sender = from.sender ?? new FakeWebContents('app://attune/index.html');
  const frame = from.senderFrame === undefined ? sender.mainFrame : from.senderFrame;
  return asElectron<Electron.IpcMainInvokeEvent>({
    ...preventableEvent(),
    sender,
    senderFrame: frame,
    frameId: frame?.routingId ?? 0,
    processId: frame?.processId ?? 0,
    type: 'frame',
  });
}

class FakeIpcMain extends EventEmitter implements Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  handleOnce(channel: string, listener: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel);
      return listener(event, ...args);
    });
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Fake only: a renderer's ipcRenderer.invoke(channel, ...args) arriving with `event`. */
  async invoke(channel: string, event: Electron.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  resetState(): void {
    this.removeAllListeners();
    this.handlers = new Map();
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  invoked: { channel: string; args: unknown[] }[] = [];
  sent: { channel: string; args: unknown[] }[] = [];
  /** Answers invoke() when set; otherwise invoke goes to ipcMain's handler. */
  respond: ((channel: string, ...args: unknown[]) => unknown) | null = null;
  /** The webContents main sees as the sender of this renderer's invokes. */
  fakeSender: FakeWebContents | null = null;
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    if (this.respond) return this.respond(channel, ...args);
    return ipcMain.invoke(channel, invokeEvent(this.fakeSender ? { sender: this.fakeSender } : {}), ...args);
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** Fake only: main sent `channel` to this renderer; listeners get (IpcRendererEvent, ...args). */
  deliver(channel: string, ...args: unknown[]): void {
    const event = asElectron<Electron.IpcRendererEvent>({ sender: this, ports: [], senderId: 0 });
    this.emit(channel, event, ...args);
  }
  resetState(): void {
    this.removeAllListeners();
    this.invoked = [];
    this.sent = [];
    this.respond = null;
    this.fakeSender = null;
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (contextBridge.exposed.has(apiKey))
      throw new Error(`Cannot bind an API on top of an existing property "${apiKey}"`);
    contextBridge.exposed.set(apiKey, api);
  },
};
contextBridge satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;

// ---------------------------------------------------------------------------------------------
// dialog, shell

type DialogCall = { method: string; window: unknown; options: unknown };

function splitDialogArgs<O>(a: unknown, b: O | undefined): [unknown, O] {
  return b === undefined ? [null, a as O] : [a, b];
}

export const dialog = {
  calls: [] as DialogCall[],
  saveResults: [] as Electron.SaveDialogReturnValue[],
  openResults: [] as Electron.OpenDialogReturnValue[],
  messageBoxResults: [] as Electron.MessageBoxReturnValue[],
  errorBoxes: [] as { title: string; content: string }[],
  async showSaveDialog(
    a: Electron.BaseWindow | Electron.SaveDialogOptions,
    b?: Electron.SaveDialogOptions,
  ): Promise<Electron.SaveDialogReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showSaveDialog', window, options });
    return dialog.saveResults.shift() ?? { canceled: true, filePath: '' };
  },
  async showOpenDialog(
    a: Electron.BaseWindow | Electron.OpenDialogOptions,
    b?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showOpenDialog', window, options });
    return dialog.openResults.shift() ?? { canceled: true, filePaths: [] };
  },
  async showMessageBox(
    a: Electron.BaseWindow | Electron.MessageBoxOptions,
    b?: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue> {
    const [window, options] = splitDialogArgs(a, b);
    dialog.calls.push({ method: 'showMessageBox', window, options });
    return dialog.messageBoxResults.shift() ?? { response: 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
};
dialog satisfies Pick<Electron.Dialog, 'showErrorBox'>;

export const shell = {
  openedExternal: [] as string[],
  openedPaths: [] as string[],
  shownInFolder: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.openedExternal.push(url);
  },
  async openPath(p: string): Promise<string> {
    shell.openedPaths.push(p);
    return '';
  },
  showItemInFolder(fullPath: string): void {
    shell.shownInFolder.push(fullPath);
  },
};
shell satisfies Pick<Electron.Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;

// ---------------------------------------------------------------------------------------------
// powerMonitor, Notification

type PowerApi = Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState' | 'isOnBatteryPower'>;

class FakePowerMonitor extends EventEmitter implements PowerApi {
  idleSeconds = 0;
  /** When null, getSystemIdleState derives 'idle'/'active' from idleSeconds. */
  idleState: 'active' | 'idle' | 'locked' | 'unknown' | null = null;
  onBatteryPower = false;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.idleState ?? (this.idleSeconds >= idleThreshold ? 'idle' : 'active');
  }
  isOnBatteryPower(): boolean {
    return this.onBatteryPower;
  }
  resetState(): void {
    this.removeAllListeners();
    this.idleSeconds = 0;
    this.idleState = null;
    this.onBatteryPower = false;
  }
}
export const powerMonitor = new FakePowerMonitor();

type NotificationApi = Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body'>;

export class FakeNotification extends EventEmitter implements NotificationApi {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: Electron.NotificationConstructorOptions;
  shown = false;
  closed = false;
  title: string;
  body: string;
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show', preventableEvent());
  }
  close(): void {
    this.closed = true;
    this.emit('close', preventableEvent());
  }
}
export { FakeNotification as Notification };

// ---------------------------------------------------------------------------------------------
// Reset, and the default export (electron-store does `import electron from 'electron'`)

export function resetElectronFake(options: { ready?: boolean } = {}): void {
  app.resetState(false);
  FakeWebContents.all = [];
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.autoReadyToShow = true;
  FakeMenu.applicationMenu = null;
  FakeTray.instances = [];
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  nativeTheme.shouldUseHighContrastColors = false;
  protocol.privilegedSchemes = [];
  protocol.handlers = new Map();
  defaultSession = new FakeSession();
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
  webContents,
} satisfies Partial<Record<keyof typeof Electron, unknown>>;
export default electron;
